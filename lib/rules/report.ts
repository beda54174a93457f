import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth } from 'date-fns';
import type { Commitment, FollowUp, Meeting } from '../model';
import { doneOnTime } from './on-time';

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

/**
 * Figures per calendar month in the organizer's zone, for the months from `from` to `to`
 * (both epoch ms, inclusive). A 1:1 counts in the month it was held; a commitment in the month
 * it was made (kept if it has been kept since); a follow-up in the month it was done, on time
 * as lib/rules/on-time.ts says.
 */
export function buildReport(
  data: { meetings: readonly Meeting[]; commitments: readonly Commitment[]; followups: readonly FollowUp[] },
  range: { from: number; to: number; timeZone: string },
): Report {
  const months = new Map<string, MonthFigures>();
  const first = startOfMonth(new TZDate(range.from, range.timeZone));
  for (let m = first; m.getTime() <= range.to; m = addMonths(m, 1)) {
    const key = format(m, 'yyyy-MM');
    months.set(key, { month: key, label: format(m, 'MMM yyyy'), ...emptyTotals() });
    if (months.size > 240) break; // twenty years is plenty for one page
  }
  const monthOf = (ms: number | undefined) =>
    ms === undefined || ms < range.from || ms > range.to ? undefined : months.get(format(new TZDate(ms, range.timeZone), 'yyyy-MM'));

  for (const m of data.meetings) {
    if (m.status !== 'held') continue;
    const row = monthOf(m.startedAt ?? m.endedAt ?? m.scheduledAt ?? m.createdAt);
    if (!row) continue;
    row.held++;
    if (m.ask.trim() || m.answer) row.asks++;
    if (m.answer) row[m.answer]++;
  }
  for (const c of data.commitments) {
    const row = monthOf(c.createdAt);
    if (!row) continue;
    row.commitmentsMade++;
    if (c.status === 'kept') row.commitmentsKept++;
  }
  for (const f of data.followups) {
    if (f.status !== 'done' || f.doneAt === undefined) continue;
    const row = monthOf(f.doneAt);
    if (!row) continue;
    if (doneOnTime(f)) row.followUpsOnTime++;
    else row.followUpsLate++;
  }

  const list = [...months.values()];
  const totals = emptyTotals();
  for (const row of list) for (const key of Object.keys(totals) as (keyof ReportTotals)[]) totals[key] += row[key];
  return { months: list, totals };
}
