import type { ReportTotals } from '../rules/report';
import type { TeamRollup } from '../rules/team';
import { toCsv } from './csv';

/** The figures in the order of the columns. */
const FIGURES: (keyof ReportTotals)[] = ['held', 'asks', 'yes', 'ambivalent', 'no', 'commitmentsMade', 'commitmentsKept', 'followUpsOnTime', 'followUpsLate'];

/** Column headings, in the page's language (the caller looks them up). */
export interface TeamCsvHeadings {
  month: string;
  organizer: string;
  held: string;
  asks: string;
  yes: string;
  ambivalent: string;
  no: string;
  commitmentsMade: string;
  commitmentsKept: string;
  followUpsOnTime: string;
  followUpsLate: string;
  overdueNow: string;
  fileMade: string;
  total: string;
}

/** The roll-up as a spreadsheet: one row per organizer and month, then the team's total per month. */
export function teamCsv(rollup: TeamRollup, h: TeamCsvHeadings, formatTime: (ms: number, timeZone: string) => string): string {
  const byId = new Map(rollup.organizers.map((o) => [o.organizerId, o]));
  const header = [h.month, h.organizer, h.held, h.asks, h.yes, h.ambivalent, h.no, h.commitmentsMade, h.commitmentsKept, h.followUpsOnTime, h.followUpsLate, h.overdueNow, h.fileMade];
  const figures = (f: ReportTotals) => FIGURES.map((k) => f[k]);
  const lines: (string | number | undefined)[][] = [];
  for (const month of rollup.months) {
    for (const r of rollup.rows.filter((x) => x.month === month)) {
      const o = byId.get(r.organizerId)!;
      lines.push([month, r.name, ...figures(r.figures), o.overdueNow, formatTime(o.madeAt, o.timeZone)]);
    }
    const total = rollup.totals.find((x) => x.month === month)!;
    lines.push([month, h.total, ...figures(total), undefined, undefined]);
  }
  return toCsv(header, lines);
}
