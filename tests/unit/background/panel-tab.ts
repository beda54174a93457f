import { ACCESS } from '../../../lib/protocol/access';
import { putTab } from '../../../lib/background/tab-state';
import { personKey, type PersonRef } from '../../../lib/crm/types';

/** The panel page framed in tab 1, as the browser describes it to the background. */
export const panelSender = { id: 'ext', url: 'chrome-extension://ext/panel.html', tab: { id: 1 }, frameId: 1 };
/** An extension page (options, popup, reports). */
export const pageSender = { id: 'ext', url: 'chrome-extension://ext/options.html' };

/** Says, as the guest would, that tab 1 shows `ref` (and that its panel proved itself). */
export async function showInTab(ref: PersonRef, tabId = 1): Promise<void> {
  await putTab(tabId, { token: 'token-for-tests-0000000000', read: { phase: 'recognized', ref }, personKey: personKey(ref), panelFrameId: 1 });
}

/** The part of the extension that may send `type`: the panel where it may, else an extension page. */
export function senderFor(type: keyof typeof ACCESS) {
  return ACCESS[type].from.includes('panel') ? panelSender : pageSender;
}
