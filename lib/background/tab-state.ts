import { browser } from 'wxt/browser';
import type { TabRead } from '../protocol/panel';

/**
 * What each CRM tab shows, as its guest reported it, and which frame is its panel. Kept in
 * storage.session (trusted contexts only, gone when the browser closes), never in worker
 * globals: the worker may be stopped between any two messages.
 */
export interface TabRecord {
  /** The secret the guest gave its frame; a new guest (reload, update) brings a new one. */
  token: string;
  read: TabRead;
  /** The person shown, once recognized: the only person this tab's panel may touch. */
  personKey?: string;
  /** The frame that proved it holds the token: the only panel this tab has. */
  panelFrameId?: number;
  /** The page ignored the room made for the panel. */
  overlays?: boolean;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabRecord | undefined> {
  const key = keyOf(tabId);
  return (await browser.storage.session.get(key))[key] as TabRecord | undefined;
}

export async function putTab(tabId: number, record: TabRecord): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: record });
}

/** The tabs whose panel has proved itself, with the person each shows. */
export async function panelTabs(): Promise<{ tabId: number; personKey?: string }[]> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith('tab:') && (value as TabRecord).panelFrameId !== undefined)
    .map(([key, value]) => ({ tabId: Number(key.slice('tab:'.length)), personKey: (value as TabRecord).personKey }));
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

// Writes for one tab run one after another: a guest's "reading" and "recognized" reports
// arrive back to back and must not overwrite each other out of order. Only promises live here.
const queues = new Map<number, Promise<unknown>>();

export function withTab<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
  return run;
}
