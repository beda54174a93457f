import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth } from 'date-fns';
import type { TeamFile } from '../export/team-file';
import type { MonthFigures, ReportTotals } from './report';
import { driveProgress, type DriveProgress } from './drives';

/**
 * The team roll-up: each imported organizer's figures by month (counted in that organizer's own
 * zone, as their own reports page counts them), the team's totals, and drives by organizer and
 * in total. Pure: the background works out each file's figures once, on import.
 */

export interface TeamDrive {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  goal: number;
  held: number;
  /** Progress as of when the file was made. */
  progress: DriveProgress;
}

/** One imported organizer, as the team page lists them. */
export interface TeamOrganizer {
  organizerId: string;
  name: string;
  madeAt: number;
  importedAt: number;
  timeZone: string;
  period: { from: number; to: number };
  includesNotes: boolean;
  meetings: number;
  /** Open follow-ups past due when the file was made. */
  overdueNow: number;
  months: MonthFigures[];
  drives: TeamDrive[];
}

/** A 1:1 another organizer held or scheduled: one row per 1:1, looked up by person and time. */
export interface TeamContact {
  /** `${organizerId}|${meetingId}`: an organizer's rows share a key prefix, so one range deletes them. */
  id: string;
  organizerId: string;
  organizerName: string;
  personKey: string;
  at: number;
  kind: 'held' | 'scheduled';
}

const empty = (): ReportTotals => ({
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

const figureKeys = Object.keys(empty()) as (keyof ReportTotals)[];

/** Every month of the period, in the zone ("2026-11"), oldest first. */
function monthsOf(period: { from: number; to: number }, timeZone: string): string[] {
  const out: string[] = [];
  for (let m = startOfMonth(new TZDate(period.from, timeZone)); m.getTime() <= period.to && out.length < 240; m = addMonths(m, 1)) out.push(format(m, 'yyyy-MM'));
  return out;
}

/** One file's figures by month and its drives, worked out once when it is imported. */
export function summarizeTeamFile(file: TeamFile, importedAt: number): TeamOrganizer {
  const tz = file.timeZone;
  const rows = new Map<string, MonthFigures>(monthsOf(file.period, tz).map((month) => [month, { month, label: month, ...empty() }]));
  const row = (ms: number) => {
    if (ms < file.period.from || ms > file.period.to) return undefined;
    return rows.get(format(new TZDate(ms, tz), 'yyyy-MM'));
  };
  for (const m of file.meetings) {
    if (m.status === 'held') {
      const r = row(m.at);
      if (r) {
        r.held++;
        if (m.ask.trim() || m.answer) r.asks++;
        if (m.answer) r[m.answer]++;
      }
    }
    for (const c of m.commitments) {
      const r = row(c.madeAt);
      if (!r) continue;
      r.commitmentsMade++;
      if (c.status === 'kept') r.commitmentsKept++;
    }
  }
  for (const f of file.followUps.months) {
    const r = rows.get(f.month);
    if (!r) continue;
    r.followUpsOnTime += f.onTime;
    r.followUpsLate += f.late;
  }
  return {
    organizerId: file.organizer.id,
    name: file.organizer.name,
    madeAt: file.madeAt,
    importedAt,
    timeZone: tz,
    period: file.period,
    includesNotes: file.includesNotes,
    meetings: file.meetings.length,
    overdueNow: file.followUps.overdueNow,
    months: [...rows.values()],
    drives: file.drives.map((d) => ({ ...d, progress: driveProgress(d, d.held, file.madeAt, tz) })),
  };
}

/**
 * The rows the person check looks up: 1:1s at or after `since`. Older ones could never be
 * "recent" again, so they are not stored at all.
 */
export function contactsOf(file: TeamFile, since: number): TeamContact[] {
  return file.meetings
    .filter((m) => m.at >= since)
    .map((m) => ({
      id: `${file.organizer.id}|${m.id}`,
      organizerId: file.organizer.id,
      organizerName: file.organizer.name,
      personKey: m.person.key,
      at: m.at,
      kind: m.status === 'planned' ? ('scheduled' as const) : ('held' as const),
    }));
}

export interface TeamMonthRow {
  month: string;
  organizerId: string;
  name: string;
  figures: ReportTotals;
}

export interface TeamDriveGroup {
  /** Drives with the same name and days are one team drive. */
  key: string;
  name: string;
  startDate: string;
  endDate: string;
  byOrganizer: { organizerId: string; name: string; goal: number; held: number; progress: DriveProgress }[];
  total: { goal: number; held: number };
}

export interface TeamRollup {
  organizers: TeamOrganizer[];
  /** Every month any file covers, oldest first. */
  months: string[];
  /** One row per organizer and month they cover. */
  rows: TeamMonthRow[];
  /** The team's totals by month (for the chart). */
  totals: MonthFigures[];
  drives: TeamDriveGroup[];
}

export function buildTeamRollup(organizers: readonly TeamOrganizer[]): TeamRollup {
  const sorted = [...organizers].sort((a, b) => a.name.localeCompare(b.name) || a.organizerId.localeCompare(b.organizerId));
  const totals = new Map<string, MonthFigures>();
  const rows: TeamMonthRow[] = [];
  for (const o of sorted) {
    for (const m of o.months) {
      rows.push({ month: m.month, organizerId: o.organizerId, name: o.name, figures: pick(m) });
      const total = totals.get(m.month) ?? { month: m.month, label: m.month, ...empty() };
      for (const key of figureKeys) total[key] += m[key];
      totals.set(m.month, total);
    }
  }
  const months = [...totals.keys()].sort();
  rows.sort((a, b) => a.month.localeCompare(b.month));

  const groups = new Map<string, TeamDriveGroup>();
  for (const o of sorted) {
    for (const d of o.drives) {
      const key = `${d.name.trim().toLowerCase()}|${d.startDate}|${d.endDate}`;
      const group = groups.get(key) ?? { key, name: d.name, startDate: d.startDate, endDate: d.endDate, byOrganizer: [], total: { goal: 0, held: 0 } };
      group.byOrganizer.push({ organizerId: o.organizerId, name: o.name, goal: d.goal, held: d.held, progress: d.progress });
      group.total.goal += d.goal;
      group.total.held += d.held;
      groups.set(key, group);
    }
  }
  const drives = [...groups.values()].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
  return { organizers: sorted, months, rows, totals: months.map((m) => totals.get(m)!), drives };
}

function pick(m: MonthFigures): ReportTotals {
  const out = empty();
  for (const key of figureKeys) out[key] = m[key];
  return out;
}
