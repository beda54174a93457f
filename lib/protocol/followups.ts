import { z } from 'zod';
import { FollowUpKind, type FollowUp } from '../model';
import { LIMITS } from '../limits';

const Id = z.string().min(1).max(LIMITS.followUpId);
const Time = z.number().int().min(0);
const SectionName = z.enum(['overdue', 'today', 'upcoming']);
const PageLimit = z.number().int().min(1).max(500);

/** Narrows the list to one person, one kind of follow-up, or both. */
const Filter = { personKey: Id.optional(), kind: FollowUpKind.optional() };
const Days = z.number().int().min(1).max(60).default(7);

export const followUpRequests = {
  /**
   * The staff's daily view: how many follow-ups are overdue, due today and coming up within
   * `days` (true totals), and the first page of each, most overdue first. `limits` asks for
   * more than a first page of a section, e.g. to redraw what was shown after a change.
   */
  listFollowUps: z
    .object({
      days: Days,
      ...Filter,
      limits: z.object({ overdue: PageLimit.optional(), today: PageLimit.optional(), upcoming: PageLimit.optional() }).strict().optional(),
    })
    .strict(),
  /** The next page of one section, after the last follow-up shown, with the bounds of `now`. */
  moreFollowUps: z
    .object({
      section: SectionName,
      now: Time,
      days: Days,
      after: z.object({ at: Time, id: Id }).strict(),
      limit: PageLimit.optional(),
      ...Filter,
    })
    .strict(),
  completeFollowUp: z.object({ id: Id }).strict(),
  /** Snooze for `minutes`, or for the snooze length in settings. */
  snoozeFollowUp: z.object({ id: Id, minutes: z.number().int().min(5).max(60 * 24 * 30).optional() }).strict(),
  /** Open (or focus) the person's CRM page with the panel showing this follow-up. */
  openFollowUp: z.object({ id: Id }).strict(),
};

export type Section = z.infer<typeof SectionName>;

/** Where a page ended: the list's order is `activeAt`, then id. */
export interface PageCursor {
  at: number;
  id: string;
}

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
  /** First pages, grouped by person (one card per person per page). */
  overdue: FollowUpGroup[];
  today: FollowUpGroup[];
  upcoming: FollowUpGroup[];
  /** How many there are in each section, whatever was sent: the overdue one is the badge's count. */
  totals: Record<Section, number>;
  /** Where each section's page ended, to ask for the next one. */
  after: Partial<Record<Section, PageCursor>>;
}

export interface FollowUpPage {
  groups: FollowUpGroup[];
  after?: PageCursor;
}

export interface FollowUpResponses {
  listFollowUps: FollowUpList;
  moreFollowUps: FollowUpPage;
  completeFollowUp: FollowUp;
  snoozeFollowUp: FollowUp;
  openFollowUp: { tabId: number };
}
