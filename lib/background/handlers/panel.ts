import { getDB } from '../../store/db';
import { getSettings, saveSettings } from '../../store/settings';
import { personKey } from '../../crm/types';
import { PersonRefSchema } from '../../model';
import { sendMessage } from '../../messaging';
import type { PanelLayout, TabRead, TabState } from '../../protocol/panel';
import { describeIssues, type CheckedSender, type Handlers } from '../router';
import { forgetTab, getTab, putTab, withTab, type TabRecord } from '../tab-state';
import { t } from '../../i18n';

type PanelHandlers = Pick<Handlers, 'guestReport' | 'guestFold' | 'panelHello' | 'panelState' | 'confirmManualPerson' | 'setPanelLayout'>;

function tabIdOf(sender: CheckedSender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error(t('errors.tab.notTab'));
  return id;
}

async function layoutFor(tab: TabRecord | undefined): Promise<PanelLayout> {
  const settings = await getSettings(await getDB());
  return { collapsed: settings.panelCollapsed, width: settings.panelWidth, overlays: tab?.overlays ?? false, label: t('extName') };
}

async function stateOf(tabId: number, tab: TabRecord): Promise<TabState> {
  return { tabId, read: tab.read, layout: await layoutFor(tab) };
}

/**
 * Tells tab `tabId`'s panel that its tab changed, so it asks again. Sent to the panel's own
 * frame: Firefox treats an extension page framed in a web page like a content script, which
 * hears messages sent to its tab and frame but not the runtime broadcast to extension pages.
 */
export async function nudgePanel(tabId: number, reason: 'person' | 'focus' | 'data'): Promise<void> {
  const frameId = (await getTab(tabId))?.panelFrameId;
  if (frameId === undefined) return; // no panel in that tab: nothing to tell
  await sendMessage('panelNudge', { tabId, reason }, { tabId, frameId }).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const panelHandlers: PanelHandlers = {
  async guestReport({ token, read, overlays }, sender) {
    const tabId = tabIdOf(sender);
    // A guest speaks for the top frame of its tab only.
    if (sender.frameId !== undefined && sender.frameId !== 0) throw new Error(t('errors.tab.onlyPage'));
    const record = await withTab(tabId, async () => {
      const before = await getTab(tabId);
      const sameGuest = before?.token === token;
      const next: TabRecord = {
        token,
        read,
        personKey: read.phase === 'recognized' ? personKey(read.ref) : undefined,
        // A new guest (page reload, extension update) makes a new frame, which must prove itself again.
        panelFrameId: sameGuest ? before?.panelFrameId : undefined,
        overlays: overlays ?? (sameGuest ? before?.overlays : undefined),
      };
      await putTab(tabId, next);
      const changed = JSON.stringify(before?.read) !== JSON.stringify(read) || before?.overlays !== next.overlays;
      if (sameGuest && changed && next.panelFrameId !== undefined) void nudgePanel(tabId, 'person');
      return next;
    });
    return layoutFor(record);
  },

  async guestFold({ token, collapsed }, sender) {
    const tabId = tabIdOf(sender);
    const tab = await getTab(tabId);
    if (tab?.token !== token) throw new Error(t('errors.tab.onlyPanelPage'));
    await saveSettings(await getDB(), { panelCollapsed: collapsed });
    void nudgePanel(tabId, 'data');
    return layoutFor(tab);
  },

  async panelHello({ token }, sender) {
    const tabId = tabIdOf(sender);
    // The frame may start before its guest's first report lands: wait for it a little.
    for (let waited = 0; ; waited += 25) {
      const tab = await getTab(tabId);
      if (tab?.token === token) {
        return withTab(tabId, async () => {
          const current = (await getTab(tabId)) ?? tab;
          const bound = { ...current, panelFrameId: sender.frameId ?? 0 };
          await putTab(tabId, bound);
          return stateOf(tabId, bound);
        });
      }
      if (waited >= 3000) throw new Error(t('errors.tab.panelNotOpened'));
      await sleep(25);
    }
  },

  async panelState(_data, sender) {
    const tabId = tabIdOf(sender);
    const tab = await getTab(tabId);
    if (!tab) throw new Error(t('errors.tab.noOne'));
    return stateOf(tabId, tab);
  },

  async confirmManualPerson({ name, email }, sender) {
    const tabId = tabIdOf(sender);
    return withTab(tabId, async () => {
      const tab = await getTab(tabId);
      if (!tab || tab.read.phase !== 'unrecognized') throw new Error(t('errors.tab.noManualEntry'));
      const { partial } = tab.read;
      const candidate = {
        ...partial,
        name,
        ...(email ? { email } : {}),
        account: partial.account || new URL(partial.url).hostname,
      };
      const parsed = PersonRefSchema.safeParse(candidate);
      if (!parsed.success) throw new Error(describeIssues(parsed.error).replace(/^"[^"]+": /, ''));
      const read: TabRead = { phase: 'recognized', ref: parsed.data };
      const next: TabRecord = { ...tab, read, personKey: personKey(parsed.data) };
      await putTab(tabId, next);
      return stateOf(tabId, next);
    });
  },

  async setPanelLayout({ collapsed, width }, sender) {
    const tabId = tabIdOf(sender);
    const db = await getDB();
    await saveSettings(db, { ...(collapsed !== undefined ? { panelCollapsed: collapsed } : {}), ...(width !== undefined ? { panelWidth: width } : {}) });
    const layout = await layoutFor(await getTab(tabId));
    await sendMessage('guestLayout', layout, { tabId, frameId: 0 }).catch(() => undefined);
    return layout;
  },
};

/** Forget a closed tab. */
export function onTabRemoved(tabId: number): void {
  void forgetTab(tabId);
}
