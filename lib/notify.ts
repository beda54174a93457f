import { browser } from 'wxt/browser';
import type { DB } from './store/db';
import type { FollowUp, Settings } from './model';
import { resolveTimeZone } from './rules/followups';
import { quietUntil } from './rules/quiet-hours';
import { followUpLabel } from './reminder-words';
import { t } from './i18n';

/** Only follow-ups that fell due in the last week are announced; older ones live in the badge and popup. */
export const NOTIFY_WINDOW_MS = 7 * 24 * 3_600_000;
/** More than this many at once (e.g. after the browser was closed) become one summary. */
export const MAX_SINGLE = 3;
export const SINGLE_PREFIX = 'fu:';
export const SUMMARY_PREFIX = 'summary:';

export interface NotifyResult {
  shown: number;
  /** When quiet hours hold notifications, the time they end. */
  heldUntil?: number;
}

/**
 * Announces follow-ups that are due and not yet announced. Each is marked in the same
 * transaction that picks it, so it fires once even if two wake-ups race.
 */
export async function notifyDue(db: DB, settings: Settings, now: number): Promise<NotifyResult> {
  const tx = db.transaction(['followups', 'people'], 'readwrite');
  const store = tx.objectStore('followups');
  const due = (await store.index('by-active').getAll(IDBKeyRange.bound(now - NOTIFY_WINDOW_MS, now))).filter(
    (f) => f.notifiedAt === undefined,
  );
  if (due.length === 0) {
    await tx.done;
    return { shown: 0 };
  }
  const heldUntil = quietUntil(now, settings.quietHours, resolveTimeZone(settings));
  if (heldUntil !== undefined) {
    await tx.done;
    return { shown: 0, heldUntil };
  }
  const people = tx.objectStore('people');
  const names = new Map<string, string>();
  for (const f of due) {
    if (!names.has(f.personKey)) names.set(f.personKey, (await people.get(f.personKey))?.name || t('reminders.notify.someone'));
    await store.put({ ...f, notifiedAt: now });
  }
  await tx.done;
  await show(due, names, now);
  return { shown: due.length };
}

/**
 * Closes notifications whose follow-up is gone, done, snoozed or moved to a later time: the
 * tray mirrors the store, whatever write (finishing a 1:1, closing a commitment, a restore)
 * changed it. Returns how many were closed.
 */
export async function clearStaleNotifications(db: DB, now: number): Promise<number> {
  const shown = Object.keys(await browser.notifications.getAll()).filter((id) => id.startsWith(SINGLE_PREFIX));
  if (shown.length === 0) return 0;
  const tx = db.transaction('followups');
  const records = await Promise.all(shown.map((id) => tx.store.get(id.slice(SINGLE_PREFIX.length))));
  await tx.done;
  const stale = shown.filter((_, i) => {
    const f = records[i];
    return !f || f.activeAt === undefined || f.activeAt > now || f.notifiedAt === undefined;
  });
  await Promise.all(stale.map((id) => browser.notifications.clear(id).catch(() => false)));
  return stale.length;
}

async function show(due: FollowUp[], names: Map<string, string>, now: number): Promise<void> {
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (due.length <= MAX_SINGLE) {
    for (const f of due) {
      await browser.notifications.create(`${SINGLE_PREFIX}${f.id}`, {
        type: 'basic',
        iconUrl,
        title: t('reminders.notify.title', [followUpLabel(f.kind), names.get(f.personKey) ?? '']),
        message: f.title || followUpLabel(f.kind),
        // Firefox refuses notification buttons (the whole call fails): there a click opens the
        // person's page, where Done and Snooze are.
        ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: t('reminders.notify.done') }, { title: t('reminders.notify.snooze') }] }),
        priority: 1,
      });
    }
    return;
  }
  const who = [...new Set(due.map((f) => names.get(f.personKey)))];
  await browser.notifications.create(`${SUMMARY_PREFIX}${now}`, {
    type: 'basic',
    iconUrl,
    title: t('reminders.notify.summaryTitle', due.length),
    message:
      who.length > 4
        ? t('reminders.notify.summaryMore', who.length - 4, [who.slice(0, 4).join(', '), String(who.length - 4)])
        : t('reminders.notify.summary', [who.join(', ')]),
    priority: 1,
  });
}
