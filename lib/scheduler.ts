import { browser } from 'wxt/browser';
import type { DB } from './store/db';

/**
 * Two alarms, whatever the number of follow-ups: one at the next moment something falls due,
 * and a periodic sweep as a safety net. The store is the truth; this only mirrors it, and is
 * re-derived every time the worker starts.
 */
export const NEXT_ALARM = 'next-due';
export const SWEEP_ALARM = 'sweep';
export const SWEEP_MINUTES = 15;

/** The earliest time after `now` at which a follow-up becomes due (one index step). */
export async function nextDueAfter(db: DB, now: number): Promise<number | undefined> {
  const cursor = await db.transaction('followups').store.index('by-active').openCursor(IDBKeyRange.lowerBound(now, true));
  return cursor?.value.activeAt;
}

/** Sets the two alarms from the store. `heldUntil` is the end of quiet hours when notifications wait. */
export async function reconcileAlarms(db: DB, now: number, heldUntil?: number): Promise<void> {
  const next = await nextDueAfter(db, now);
  const when = [next, heldUntil].filter((t): t is number => t !== undefined).sort((a, b) => a - b)[0];
  if (when === undefined) await browser.alarms.clear(NEXT_ALARM);
  else {
    const current = await browser.alarms.get(NEXT_ALARM);
    if (current?.scheduledTime !== when) await browser.alarms.create(NEXT_ALARM, { when: Math.max(when, now + 1000) });
  }
  const sweep = await browser.alarms.get(SWEEP_ALARM);
  if (!sweep) await browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
}
