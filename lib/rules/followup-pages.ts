import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns';
import type { FollowUp } from '../model';
import type { FollowUpGroup, PageCursor, Section } from '../protocol/followups';

/**
 * How the popup's list is cut into sections and pages. Pure: the store counts and reads by
 * these bounds, and the popup merges what each page brings.
 */

export const SECTIONS: readonly Section[] = ['overdue', 'today', 'upcoming'];

/** A first page per section: what a popup shows at a glance, and a little more. */
export const PAGE_SIZE = 20;

export interface SectionBounds {
  now: number;
  /** The last millisecond of today in the organizer's zone. */
  todayEnds: number;
  /** The end of the period the list looks ahead to. */
  horizon: number;
}

export function sectionBounds(now: number, timeZone: string, days: number): SectionBounds {
  const todayEnds = endOfDay(new TZDate(now, timeZone)).getTime();
  return { now, todayEnds, horizon: Math.max(todayEnds, now + days * 86_400_000) };
}

/**
 * The `activeAt` values a section holds: after `above` (exclusive; none for overdue) up to
 * `upTo` (inclusive). Overdue is everything due by now, which is what the badge counts.
 */
export function sectionRange(section: Section, b: SectionBounds): { above?: number; upTo: number } {
  if (section === 'overdue') return { upTo: b.now };
  if (section === 'today') return { above: b.now, upTo: b.todayEnds };
  return { above: b.todayEnds, upTo: b.horizon };
}

/** Where a follow-up needing attention at `at` belongs; undefined past the horizon. */
export function sectionOf(at: number, b: SectionBounds): Section | undefined {
  return at <= b.now ? 'overdue' : at <= b.todayEnds ? 'today' : at <= b.horizon ? 'upcoming' : undefined;
}

/** The order of the list and of its indexes: most overdue (earliest) first, then by id. */
export function cursorOf(f: FollowUp): PageCursor {
  return { at: f.activeAt ?? f.dueAt, id: f.id };
}

export function isAfter(f: FollowUp, cursor: PageCursor): boolean {
  const { at, id } = cursorOf(f);
  return at > cursor.at || (at === cursor.at && id > cursor.id);
}

/** One card per person, in the order of each person's first (most overdue) follow-up. */
export function groupByPerson(items: readonly FollowUp[], person: (key: string) => { name: string; url: string }): FollowUpGroup[] {
  const groups = new Map<string, FollowUpGroup>();
  for (const f of items) {
    let group = groups.get(f.personKey);
    if (!group) {
      const { name, url } = person(f.personKey);
      group = { personKey: f.personKey, personName: name, url, followUps: [] };
      groups.set(f.personKey, group);
    }
    group.followUps.push(f);
  }
  return [...groups.values()];
}

/**
 * Adds a further page to what a section shows: a person already on screen keeps one card and
 * gains the new rows; new people follow, in order. Nothing is shown twice.
 */
export function mergeGroups(shown: readonly FollowUpGroup[], page: readonly FollowUpGroup[]): FollowUpGroup[] {
  const out = shown.map((g) => ({ ...g, followUps: [...g.followUps] }));
  const byPerson = new Map(out.map((g) => [g.personKey, g]));
  const seen = new Set(out.flatMap((g) => g.followUps.map((f) => f.id)));
  for (const group of page) {
    const fresh = group.followUps.filter((f) => !seen.has(f.id));
    if (!fresh.length) continue;
    fresh.forEach((f) => seen.add(f.id));
    const card = byPerson.get(group.personKey);
    if (card) card.followUps.push(...fresh);
    else {
      const added = { ...group, followUps: fresh };
      byPerson.set(group.personKey, added);
      out.push(added);
    }
  }
  return out;
}

export function countShown(groups: readonly FollowUpGroup[]): number {
  return groups.reduce((n, g) => n + g.followUps.length, 0);
}
