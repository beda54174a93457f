import type { TeamFile } from '../export/team-file';
import { monthBuckets } from './calendar';
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

/** A 1:1 another organizer held or scheduled, as the person check returns it. */
export interface TeamContact {
  organizerId: string;
  organizerName: string;
  personKey: string;
  at: number;
  kind: 'held' | 'scheduled';
}

/**
 * What the store keeps for the person check: one organizer's recent 1:1s, a slice of their
 * people per record, with the people's keys in a multi-entry index. A file then costs a few
 * writes instead of one per 1:1 (each write is a round trip to the browser's database), and a
 * lookup returns only the slices that hold the person.
 */
export interface TeamContactBucket {
  /** `${organizerId}|${bucket}`: an organizer's records share a key prefix, so one range deletes them. */
  id: string;
  organizerId: string;
  organizerName: string;
  personKeys: string[];
  contacts: Record<string, { at: number; kind: 'held' | 'scheduled' }[]>;
}

/** How many slices an organizer's people are spread over. */
export const CONTACT_BUCKETS = 16;

function bucketOf(personKey: string): number {
  let h = 0;
  for (let i = 0; i < personKey.length; i++) h = (h * 31 + personKey.charCodeAt(i)) | 0;
  return (h >>> 0) % CONTACT_BUCKETS;
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

/** One file's figures by month and its drives, worked out once when it is imported. */
export function summarizeTeamFile(file: TeamFile, importedAt: number): TeamOrganizer {
  const tz = file.timeZone;
  const buckets = monthBuckets(file.period.from, file.period.to, tz);
  const list: MonthFigures[] = buckets.months.map((month) => ({ month, label: month, ...empty() }));
  const rows = new Map(list.map((r) => [r.month, r]));
  const row = (ms: number) => (ms < file.period.from || ms > file.period.to ? undefined : list[buckets.indexOf(ms)]);
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
    months: list,
    drives: file.drives.map((d) => ({ ...d, progress: driveProgress(d, d.held, file.madeAt, tz) })),
  };
}

/**
 * The person check's records for one file: its 1:1s at or after `since`. Older ones could never
 * be "recent" again, so they are not kept at all.
 */
export function contactsOf(file: TeamFile, since: number): TeamContactBucket[] {
  const { id: organizerId, name: organizerName } = file.organizer;
  const buckets = new Map<number, TeamContactBucket>();
  for (const m of file.meetings) {
    if (m.at < since) continue;
    const key = m.person.key;
    const n = bucketOf(key);
    let bucket = buckets.get(n);
    if (!bucket) buckets.set(n, (bucket = { id: `${organizerId}|${n}`, organizerId, organizerName, personKeys: [], contacts: {} }));
    const list = bucket.contacts[key];
    const contact = { at: m.at, kind: m.status === 'planned' ? ('scheduled' as const) : ('held' as const) };
    if (list) list.push(contact);
    else {
      bucket.contacts[key] = [contact];
      bucket.personKeys.push(key);
    }
  }
  return [...buckets.values()];
}

/** The contacts with one person that a lookup's records hold, at or after `since`. */
export function contactsWith(records: readonly TeamContactBucket[], personKey: string, since: number): TeamContact[] {
  const out: TeamContact[] = [];
  for (const r of records) {
    for (const c of r.contacts[personKey] ?? []) {
      if (c.at >= since) out.push({ organizerId: r.organizerId, organizerName: r.organizerName, personKey, at: c.at, kind: c.kind });
    }
  }
  return out;
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
