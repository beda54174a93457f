import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Commitment, Meeting, Person } from '../model';

/**
 * CSV that spreadsheet programs open correctly: UTF-8 with a byte-order mark (so Excel reads
 * accents), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula turned into plain text.
 */
const BOM = '\uFEFF';

/** Leading characters that make Excel, Sheets or Calc treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r|%]/;

export function csvCell(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  // Numbers are safe as they are; text that looks like a formula gets a leading apostrophe.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

type Row = readonly (string | number | undefined)[];

/** Rows as CSV lines, each ending in CRLF: a file is its header and these, one after another. */
export function csvLines(rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) out += row.map(csvCell).join(',') + '\r\n';
  return out;
}

/** The start of a file: the byte-order mark and the header line. */
export function csvHeader(header: readonly string[]): string {
  return BOM + csvLines([header]);
}

export function toCsv(header: readonly string[], rows: readonly Row[]): string {
  return csvHeader(header) + csvLines(rows);
}

/** "2026-11-07 15:00" in the organizer's zone: every spreadsheet reads it as a date. */
export function csvTime(ms: number | undefined, timeZone: string): string {
  return ms === undefined ? '' : format(new TZDate(ms, timeZone), 'yyyy-MM-dd HH:mm');
}

export interface CsvContext {
  people: Map<string, Person>;
  organizer: string;
  timeZone: string;
}

/**
 * The ladder as the CSV writes it: in English whatever the interface language, like the column
 * names and the other values (status, answer), so an import maps the same words every time.
 */
const LADDER_CSV: Record<Exclude<Meeting['report']['ladder'], 'unknown'>, string> = {
  supporter: 'Supporter',
  attends: 'Comes to things',
  volunteers: 'Volunteers',
  hosts: 'Hosts',
  leads: 'Leads',
  recruits: 'Recruits others',
  organizes: 'Holds their own 1:1s',
};

export const meetingColumns = [
  'Date',
  'Organizer',
  'Person',
  'Email',
  'Phone',
  'Relationship',
  'Issue',
  'Commitment',
  'Staff follow-up',
  'Notes',
  'Status',
  'Ask',
  'Answer',
  'Skills and resources',
  'Would enjoy',
  'Best way to reach',
  'Access needs',
  'Referrals',
  'Ladder',
  'CRM page',
  // Last, so the columns before it keep their places in existing imports.
  'Email opted out',
] as const;

/** "yes" when the CRM page showed the address as opted out, "no" when it showed it plainly, blank without one. */
export function optedOutCell(person: Pick<Person, 'email' | 'emailOptedOut'> | undefined): string {
  if (!person?.email) return '';
  return person.emailOptedOut ? 'yes' : 'no';
}

/** Their commitments made in each 1:1, as the "Commitment" column lists them. */
export function theirCommitments(commitments: readonly Commitment[], timeZone: string): Map<string, string[]> {
  const theirs = new Map<string, string[]>();
  for (const c of commitments) {
    if (!c.meetingId || c.direction !== 'theirs') continue;
    theirs.set(c.meetingId, [...(theirs.get(c.meetingId) ?? []), `${c.what} (by ${csvTime(c.dueAt, timeZone)})`]);
  }
  return theirs;
}

/** One row per 1:1. Private meetings keep their facts but not their notes. */
export function meetingRows(meetings: readonly Meeting[], commitments: readonly Commitment[], ctx: CsvContext): Row[] {
  const theirs = theirCommitments(commitments, ctx.timeZone);
  return meetings.map((m) => {
    const p = ctx.people.get(m.personKey);
    const r = m.report;
    const staff = [r.staffName, r.staffDate !== undefined ? csvTime(r.staffDate, ctx.timeZone) : ''].filter(Boolean).join(', ');
    const notes = m.private ? '' : [r.notes, m.learned && `Learned: ${m.learned}`].filter(Boolean).join('\n');
    return [
      csvTime(m.startedAt ?? m.scheduledAt ?? m.createdAt, ctx.timeZone),
      ctx.organizer,
      p?.name ?? '',
      p?.email ?? '',
      p?.phone ?? '',
      m.prep.relationship || p?.relationship || '',
      r.issue,
      (theirs.get(m.id) ?? []).join('; '),
      staff,
      notes,
      m.status,
      m.ask,
      m.answer ?? '',
      r.skills,
      r.enjoys,
      r.bestWay,
      r.accessNeeds,
      r.referrals.map((x) => (x.contact ? `${x.name} (${x.contact})` : x.name)).join('; '),
      r.ladder === 'unknown' ? '' : LADDER_CSV[r.ladder],
      p?.url ?? '',
      optedOutCell(p),
    ];
  });
}

export function meetingsCsv(meetings: readonly Meeting[], commitments: readonly Commitment[], ctx: CsvContext): string {
  return toCsv(meetingColumns, meetingRows(meetings, commitments, ctx));
}

export const commitmentColumns = ['Made on', 'Person', 'Email', 'Who promised', 'What', 'Due', 'Goal', 'Status', 'Closed on', 'Email opted out'] as const;

export function commitmentRows(commitments: readonly Commitment[], ctx: CsvContext): Row[] {
  return commitments.map((c) => {
    const p = ctx.people.get(c.personKey);
    return [
      csvTime(c.createdAt, ctx.timeZone),
      p?.name ?? '',
      p?.email ?? '',
      c.direction === 'theirs' ? p?.name || 'They' : ctx.organizer || 'Organizer',
      c.what,
      csvTime(c.dueAt, ctx.timeZone),
      c.goal,
      c.status,
      csvTime(c.closedAt, ctx.timeZone),
      optedOutCell(p),
    ];
  });
}

export function commitmentsCsv(commitments: readonly Commitment[], ctx: CsvContext): string {
  return toCsv(commitmentColumns, commitmentRows(commitments, ctx));
}
