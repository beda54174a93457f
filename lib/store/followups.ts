import { desiredFollowUps, reconcileFollowUps, withActiveAt } from '../rules/followups';
import { snoozeTarget } from '../rules/snooze';
import { reminderWords } from '../reminder-words';
import { Settings, type FollowUp } from '../model';
import type { DB, Tx } from './db';
import { REPORT_STORES, trackFollowUp } from './report-totals';
import { t } from '../i18n';

/** Stores a transaction must span to call syncPersonFollowUps. */
export const SYNC_STORES = ['meetings', 'commitments', 'followups', 'settings'] as const;

/**
 * Brings a person's follow-ups in line with their meetings and commitments, inside the caller's
 * transaction: a meeting or commitment and the follow-ups it implies land together or not at all.
 */
export async function syncPersonFollowUps(tx: Tx, personKey: string, now: number): Promise<void> {
  const range = IDBKeyRange.bound([personKey, -Infinity], [personKey, Infinity]);
  const [meetings, commitments, existing, rawSettings] = await Promise.all([
    tx.objectStore('meetings').index('by-person').getAll(range),
    tx.objectStore('commitments').index('by-person-status').getAll(IDBKeyRange.bound([personKey, ''], [personKey, '\uffff'])),
    tx.objectStore('followups').index('by-person').getAll(personKey),
    tx.objectStore('settings').get('settings'),
  ]);
  const settings = Settings.parse(rawSettings ?? {});
  const { put, remove } = reconcileFollowUps(personKey, existing, desiredFollowUps(meetings, commitments, settings, reminderWords), now);
  const store = tx.objectStore('followups');
  await Promise.all([...put.map((f) => store.put(f)), ...remove.map((id) => store.delete(id))]);
}

/** Open and snoozed follow-ups of one person, soonest first. */
export async function personFollowUps(db: DB, personKey: string): Promise<FollowUp[]> {
  const all = await db.getAllFromIndex('followups', 'by-person', personKey);
  return all.filter((f) => f.status !== 'done').sort((a, b) => (a.activeAt ?? a.dueAt) - (b.activeAt ?? b.dueAt));
}

/** How many follow-ups are due and not done or snoozed past now: one key-range count. */
export function countOverdue(db: DB, now: number): Promise<number> {
  return db.countFromIndex('followups', 'by-active', IDBKeyRange.upperBound(now));
}

/**
 * Marks a follow-up done. Idempotent: a second Done (from the notification and the panel at
 * once) finds it done and changes nothing, so the record stays consistent.
 */
export async function completeFollowUp(db: DB, id: string, now: number): Promise<FollowUp> {
  const tx = db.transaction(['followups', ...REPORT_STORES], 'readwrite');
  const current = await tx.objectStore('followups').get(id);
  if (!current) throw new Error(t('errors.noFollowUp', [id]));
  if (current.status === 'done') {
    await tx.done;
    return current;
  }
  const next = withActiveAt({ ...current, status: 'done', doneAt: now, snoozedUntil: undefined, updatedAt: now });
  await tx.objectStore('followups').put(next);
  await trackFollowUp(tx.objectStore('meta'), current, next);
  await tx.done;
  return next;
}

/**
 * Puts a follow-up off until `until`, never earlier than it was already due (lib/rules/snooze.ts):
 * one not due by then stays as it is. A done one stays done.
 */
export async function snoozeFollowUp(db: DB, id: string, until: number, now: number): Promise<FollowUp> {
  const tx = db.transaction('followups', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error(t('errors.noFollowUp', [id]));
  const target = snoozeTarget(current, until);
  if (current.status === 'done' || target === (current.activeAt ?? current.dueAt)) {
    await tx.done;
    return current;
  }
  const next = withActiveAt({ ...current, status: 'snoozed', snoozedUntil: target, notifiedAt: undefined, updatedAt: now });
  await tx.store.put(next);
  await tx.done;
  return next;
}

/**
 * Recomputes every person's follow-ups, e.g. after the organizer changes the offsets or the
 * time zone. One transaction: either all follow-ups follow the new settings or none do.
 */
export async function resyncAllFollowUps(db: DB, now: number): Promise<void> {
  const keys = await db.getAllKeys('people');
  const tx = db.transaction([...SYNC_STORES], 'readwrite');
  for (const key of keys) await syncPersonFollowUps(tx, key, now);
  await tx.done;
}
