import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth } from 'date-fns';
import type { Commitment, FollowUp, Meeting } from '../model';

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
export const heldAt = (m: Meeting): number => m.startedAt ?? m.endedAt ?? m.scheduledAt ?? m.createdAt;

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
 * when done by its due time.
 *
 * From whole records: the reference for the figures the background counts from indexes
 * (lib/store/reports.ts), which the tests hold to the same answers.
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
    if (f.doneAt <= f.dueAt) row.followUpsOnTime++;
    else row.followUpsLate++;
  }
  return withTotals(rows);
}
