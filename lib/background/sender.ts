import type { Context } from '../protocol/access';

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** The extension's own page that is framed into CRM tabs. */
const PANEL_PATH = '/panel.html';

/**
 * Which part of the extension sent a message, from what the browser says of the sender (never
 * from the message). Content scripts report the CRM page's URL; extension pages their own.
 * Undefined: not ours, or nothing we know.
 */
export function contextOf(sender: Sender, extensionId: string): Context | undefined {
  if (sender.id !== extensionId || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  const extensionPage = url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:';
  if (!extensionPage) return sender.tab?.id !== undefined ? 'guest' : undefined;
  if (url.pathname === PANEL_PATH) return sender.tab?.id !== undefined ? 'panel' : undefined;
  return 'page';
}
