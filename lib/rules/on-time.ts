import type { FollowUp } from '../model';

/**
 * However late a follow-up was made (a commitment entered after its due date, a 1:1 moved to
 * today), the organizer gets this long from its making to do it on time.
 */
export const MADE_LATE_GRACE_MS = 60 * 60_000;

/**
 * On time: done by its due time, or within MADE_LATE_GRACE_MS of being made, whichever is
 * later. The report counts what the organizer could do: a reminder made already past due
 * counts from when it was made. Undefined while not done.
 */
export function doneOnTime(followUp: Pick<FollowUp, 'status' | 'dueAt' | 'doneAt' | 'createdAt'>): boolean | undefined {
  if (followUp.status !== 'done' || followUp.doneAt === undefined) return undefined;
  return followUp.doneAt <= Math.max(followUp.dueAt, followUp.createdAt + MADE_LATE_GRACE_MS);
}
