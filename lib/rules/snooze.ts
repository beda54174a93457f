import type { FollowUp } from '../model';

type Timed = Pick<FollowUp, 'dueAt' | 'activeAt'>;

/**
 * Snooze only postpones: the follow-up next needs attention at the later of when it would have
 * (its due or snoozed-until time) and `until` (now plus the snooze length). Snoozing a reminder
 * due on the 10th on the 2nd must not bring it forward to the 3rd.
 */
export function snoozeTarget(followUp: Timed, until: number): number {
  return Math.max(followUp.activeAt ?? followUp.dueAt, until);
}

/** Whether Snooze for `minutes` from `now` would put the follow-up off at all. */
export function snoozePostpones(followUp: Timed, now: number, minutes: number): boolean {
  return now + minutes * 60_000 > (followUp.activeAt ?? followUp.dueAt);
}
