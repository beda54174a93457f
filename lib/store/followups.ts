import { desiredFollowUps, reconcileFollowUps } from '../rules/followups';
import { Settings, type FollowUp } from '../model';
import type { DB, Tx } from './db';

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
  const { put, remove } = reconcileFollowUps(personKey, existing, desiredFollowUps(meetings, commitments, settings), now);
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
