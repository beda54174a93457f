import { browser } from 'wxt/browser';
import { runOutbox, SHORT_WAIT_MS, type OutboxDeps } from '../outbox/runner';
import { getSecret, setSecret } from '../outbox/secrets';
import { getDB } from '../store/db';
import { nudgePanel } from './handlers/panel';
import { panelTabs } from './tab-state';

/**
 * The outbox in the service worker. Short waits (a Retry-After of a few seconds, the first
 * backoffs) run on a timer while the worker is awake; one constant alarm, set to the next time
 * an item needs the worker, is the net when the worker is stopped or the browser restarts.
 * There is never more than this one alarm for the outbox, whatever the number of items.
 */
export const OUTBOX_ALARM = 'outbox';

let timer: ReturnType<typeof setTimeout> | undefined;

export const browserOutboxDeps: OutboxDeps = {
  fetch: (url, init) => fetch(url, init),
  now: () => Date.now(),
  random: () => Math.random(),
  getSecret,
  setSecret,
  hasPermission: (origins) => browser.permissions.contains({ origins }).catch(() => false),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  async wakeAt(at) {
    clearTimeout(timer);
    timer = undefined;
    if (at === undefined) {
      await browser.alarms.clear(OUTBOX_ALARM);
      return;
    }
    const now = Date.now();
    if (at - now <= SHORT_WAIT_MS) timer = setTimeout(() => void kickOutbox(), Math.max(0, at - now));
    const when = Math.max(at, now + 1000);
    const current = await browser.alarms.get(OUTBOX_ALARM);
    if (!current || Math.abs(current.scheduledTime - when) > 250) await browser.alarms.create(OUTBOX_ALARM, { when });
  },
};

/** Sends whatever is due now (after a finish, a retry, a reconnect, the alarm, a worker start). */
export function kickOutbox(): Promise<void> {
  return runOutbox(browserOutboxDeps)
    .then(tellPanels)
    .catch((error) => {
      // Never the item's content or a token: the error is ours (a store or schema problem).
      console.warn('1:1 Companion outbox:', (error as Error)?.name ?? 'error');
    });
}

/**
 * A send's status may have changed: the panels showing a person with sends look again. A panel
 * only polls while its connection works, so without this one still said "needs reconnecting"
 * after a reconnect made elsewhere (options in another window), until its tab was left and
 * came back to.
 */
async function tellPanels(): Promise<void> {
  const db = await getDB();
  for (const { tabId, personKey } of await panelTabs()) {
    if (personKey && (await db.countFromIndex('outbox', 'by-person', personKey))) void nudgePanel(tabId, 'data');
  }
}
