import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth } from 'date-fns';
import type { Commitment, FollowUp, Meeting } from '../model';
import { doneOnTime } from './on-time';
import { heldTime } from './drives';

/** One month of the organizer's work, as the reports page shows it. */
export interface MonthFigures {
  /** "2026-11" */
  month: string;
  /** "Nov 2026" */
  label: string;
  held: number;
  asks: number;
  yes: number;
  ambivalent: number;
  no: number;
  commitmentsMade: number;
  commitmentsKept: number;
  followUpsOnTime: number;
  followUpsLate: number;
}

export type ReportTotals = Omit<MonthFigures, 'month' | 'label'>;

const emptyTotals = (): ReportTotals => ({
  held: 0,
  asks: 0,
  yes: 0,
  ambivalent: 0,
  no: 0,
  commitmentsMade: 0,
  commitmentsKept: 0,
  followUpsOnTime: 0,
  followUpsLate: 0,
});

export interface Report {
  months: MonthFigures[];
  totals: ReportTotals;
}

/** A calendar month of the report, cut to the period: its figures count from `start` to `end`. */
export interface ReportMonth {
  month: string;
  label: string;
  start: number;
  end: number;
}

/** Twenty years is plenty for one page. */
const MAX_MONTHS = 240;

/** The months from `from` to `to` (epoch ms, inclusive) in the organizer's zone, oldest first. */
export function reportMonths(range: { from: number; to: number; timeZone: string }): ReportMonth[] {
  const out: ReportMonth[] = [];
  const first = startOfMonth(new TZDate(range.from, range.timeZone));
  for (let m = first; m.getTime() <= range.to && out.length < MAX_MONTHS; m = addMonths(m, 1)) {
    const next = addMonths(m, 1).getTime();
    out.push({ month: format(m, 'yyyy-MM'), label: format(m, 'MMM yyyy'), start: Math.max(m.getTime(), range.from), end: Math.min(next - 1, range.to) });
  }
  return out;
}

/** Which month a time falls in (by halving, not by formatting dates); -1 outside them all. */
export function monthIndex(months: readonly ReportMonth[], ms: number | undefined): number {
  if (ms === undefined) return -1;
  let lo = 0;
  let hi = months.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = months[mid]!;
    if (ms < m.start) hi = mid - 1;
    else if (ms > m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export const emptyRows = (months: readonly ReportMonth[]): MonthFigures[] => months.map((m) => ({ month: m.month, label: m.label, ...emptyTotals() }));

/** The time a held 1:1 counts at: when it started (older records may lack it). */
/** When a held 1:1 counts as held. */
const heldAt = heldTime;

/** Counts held 1:1s, their asks and answers into their months. */
export function tallyMeetings(rows: MonthFigures[], months: readonly ReportMonth[], meetings: readonly Meeting[]): void {
  for (const m of meetings) {
    if (m.status !== 'held') continue;
    const row = rows[monthIndex(months, heldAt(m))];
    if (!row) continue;
    row.held++;
    if (m.ask.trim() || m.answer) row.asks++;
    if (m.answer) row[m.answer]++;
  }
}

export function withTotals(rows: MonthFigures[]): Report {
  const totals = emptyTotals();
  for (const row of rows) for (const key of Object.keys(totals) as (keyof ReportTotals)[]) totals[key] += row[key];
  return { months: rows, totals };
}

/**
 * Figures per calendar month in the organizer's zone, for the months from `from` to `to`
 * (both epoch ms, inclusive). A 1:1 counts in the month it was held; a commitment in the month
 * it was made (kept if it has been kept since); a follow-up in the month it was done, on time
 * by doneOnTime (lib/rules/on-time.ts).
 *
 * From whole records: the reference for the month figures the background keeps
 * (lib/store/report-totals.ts), which the tests hold to the same answers.
 */
export function buildReport(
  data: { meetings: readonly Meeting[]; commitments: readonly Commitment[]; followups: readonly FollowUp[] },
  range: { from: number; to: number; timeZone: string },
): Report {
  const months = reportMonths(range);
  const rows = emptyRows(months);
  tallyMeetings(rows, months, data.meetings);
  for (const c of data.commitments) {
    const row = rows[monthIndex(months, c.createdAt)];
    if (!row) continue;
    row.commitmentsMade++;
    if (c.status === 'kept') row.commitmentsKept++;
  }
  for (const f of data.followups) {
    if (f.status !== 'done' || f.doneAt === undefined) continue;
    const row = rows[monthIndex(months, f.doneAt)];
    if (!row) continue;
    if (doneOnTime(f)) row.followUpsOnTime++;
    else row.followUpsLate++;
  }
  return withTotals(rows);
}

/**
 * The month figures kept as they change (lib/store/report-totals.ts), so the reports page
 * reads one small record instead of every 1:1, commitment and follow-up. Each record adds
 * to one month: its contribution. A write takes the old contribution away and adds the new.
 */
export interface KeptTotals {
  /** The rules they were counted by (KEPT_RULES); absent in totals kept before there were two. */
  rules?: number;
  /** The zone the months were cut in: the organizer's when they were built. */
  zone: string;
  /** "2026-11" → that month's figures; months with nothing in them are absent. */
  months: Record<string, ReportTotals>;
}

/**
 * Raised whenever a contribution below changes, so totals an older version kept are counted
 * again from the records instead of mixing two rules. 2: follow-ups on time by doneOnTime (1
 * counted one made already past due and done within its hour as late).
 */
export const KEPT_RULES = 2;

export interface Contribution {
  at: number;
  add: Partial<ReportTotals>;
}

export function meetingContribution(m: Meeting | undefined): Contribution | undefined {
  if (!m || m.status !== 'held') return undefined;
  const add: Partial<ReportTotals> = { held: 1 };
  if (m.ask.trim() || m.answer) add.asks = 1;
  if (m.answer) add[m.answer] = 1;
  return { at: heldAt(m), add };
}

export function commitmentContribution(c: Commitment | undefined): Contribution | undefined {
  if (!c) return undefined;
  return { at: c.createdAt, add: c.status === 'kept' ? { commitmentsMade: 1, commitmentsKept: 1 } : { commitmentsMade: 1 } };
}

export function followUpContribution(f: FollowUp | undefined): Contribution | undefined {
  if (!f || f.status !== 'done' || f.doneAt === undefined) return undefined;
  // One rule with buildReport and the team file: the figures must not depend on where they are read.
  return { at: f.doneAt, add: doneOnTime(f) ? { followUpsOnTime: 1 } : { followUpsLate: 1 } };
}

export const sameContribution = (a: Contribution | undefined, b: Contribution | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.at === b.at && JSON.stringify(a.add) === JSON.stringify(b.add));

/** "2026-11" for a time in a zone. */
export const monthKey = (ms: number, zone: string): string => format(new TZDate(ms, zone), 'yyyy-MM');

/** Adds (or with `sign` -1 takes away) a contribution; a month left at zero is dropped. */
export function applyContribution(kept: KeptTotals, key: string, c: Contribution, sign: 1 | -1): void {
  const row = (kept.months[key] ??= emptyTotals());
  for (const [name, n] of Object.entries(c.add) as [keyof ReportTotals, number][]) row[name] += sign * n;
  if (Object.values(row).every((n) => n === 0)) delete kept.months[key];
}

/** Every record's contribution, from scratch (after an upgrade, a restore or a new zone). */
export function keptTotalsOf(
  data: { meetings: readonly Meeting[]; commitments: readonly Commitment[]; followups: readonly FollowUp[] },
  zone: string,
): KeptTotals {
  const kept: KeptTotals = { rules: KEPT_RULES, zone, months: {} };
  // Zone offsets are whole quarter hours, so a quarter hour never straddles two months:
  // one date formatting per quarter hour seen, not per record.
  const keys = new Map<number, string>();
  const keyOf = (ms: number) => {
    const quarter = Math.floor(ms / 900_000);
    let key = keys.get(quarter);
    if (key === undefined) keys.set(quarter, (key = monthKey(ms, zone)));
    return key;
  };
  const add = (c: Contribution | undefined) => c && applyContribution(kept, keyOf(c.at), c, 1);
  data.meetings.forEach((m) => add(meetingContribution(m)));
  data.commitments.forEach((c) => add(commitmentContribution(c)));
  data.followups.forEach((f) => add(followUpContribution(f)));
  return kept;
}

/**
 * The report from kept totals: whole calendar months, from the month holding `from` to the
 * month holding `to`, in the zone the totals were kept in.
 */
export function reportFromTotals(kept: KeptTotals, range: { from: number; to: number }): Report {
  const months = reportMonths({ ...range, timeZone: kept.zone });
  return withTotals(months.map((m) => ({ month: m.month, label: m.label, ...emptyTotals(), ...kept.months[m.month] })));
}
