import { z } from 'zod';
import type { FollowUp } from '../model';
import { LIMITS } from '../limits';

const Id = z.string().min(1).max(LIMITS.followUpId);

export const followUpRequests = {
  /** The staff's daily view: every open follow-up due up to `days` ahead, grouped by person. */
  listFollowUps: z.object({ days: z.number().int().min(1).max(60).default(7) }).strict(),
  completeFollowUp: z.object({ id: Id }).strict(),
  /** Snooze for `minutes`, or for the snooze length in settings. */
  snoozeFollowUp: z.object({ id: Id, minutes: z.number().int().min(5).max(60 * 24 * 30).optional() }).strict(),
  /** Open (or focus) the person's CRM page with the panel showing this follow-up. */
  openFollowUp: z.object({ id: Id }).strict(),
};

export interface FollowUpGroup {
  personKey: string;
  personName: string;
  url: string;
  followUps: FollowUp[];
}

export interface FollowUpList {
  now: number;
  timeZone: string;
  /** What Snooze does, so an item not yet due can say until when (or offer no Snooze). */
  snoozeMinutes: number;
  overdue: FollowUpGroup[];
  today: FollowUpGroup[];
  upcoming: FollowUpGroup[];
}

export interface FollowUpResponses {
  listFollowUps: FollowUpList;
  completeFollowUp: FollowUp;
  snoozeFollowUp: FollowUp;
  openFollowUp: { tabId: number };
}
