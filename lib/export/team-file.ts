import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';
import { AskAnswer, CommitmentDirection, CommitmentStatus, LadderLevel } from '../model';
import type { Commitment, Drive, FollowUp, Meeting, Person, Template } from '../model';
import { LIMITS } from '../limits';
import { t } from '../i18n';
import { countHeld, heldTime } from '../rules/drives';
import { doneOnTime } from '../rules/on-time';
import { monthBuckets } from '../rules/calendar';
import { BACKUP_FORMAT } from './backup';
import { parseVersionedFile, type VersionedFileWords } from './json-file';

/**
 * The team report file: what one organizer shares with staff for a period. Versioned JSON,
 * checked whole on the way in (like the backup), so a bad file changes nothing. It carries no
 * notes unless the organizer ticked them in, never private notes, and nothing else from the
 * settings (so no tokens): every object is strict, and an unknown field is refused.
 */
export const TEAM_FORMAT = '1:1-companion-team-report';
export const TEAM_VERSION = 1;
/** How large a team file may be, in characters (a year of 1:1s is a few megabytes). */
export const TEAM_FILE_MAX_CHARS = 64 * 1024 * 1024;

const ms = () => z.number().int().min(0);
const text = (max: number) => z.string().max(max);
/** Messages are looked up when a file is checked (lazily), so they follow the browser's language. */
const say = (message: () => string) => ({ error: message });

const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, say(() => t('team.file.issue.day')));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const TeamCommitment = z.strictObject({
  direction: CommitmentDirection,
  what: text(LIMITS.short).min(1),
  dueAt: ms(),
  status: CommitmentStatus,
  madeAt: ms(),
  closedAt: ms().optional(),
});

const TeamMeeting = z.strictObject({
  id: text(LIMITS.id).min(1),
  /** When it was held, or when it is scheduled. */
  at: ms(),
  status: z.enum(['held', 'in-progress', 'planned']),
  person: z.strictObject({
    /** The product's person key (CRM + account + id or email): the same person in every organizer's file. */
    key: text(LIMITS.personKey).min(1),
    name: text(LIMITS.name),
    url: z.url().max(2000),
  }),
  /** The agenda model the 1:1 followed. */
  model: text(LIMITS.templateName),
  ask: text(LIMITS.short),
  answer: AskAnswer.optional(),
  ladder: LadderLevel,
  commitments: z.array(TeamCommitment).max(500),
  /** Only when the organizer ticked "include notes", and never for a 1:1 marked private. */
  notes: text(2 * LIMITS.long + 2).optional(),
});

const TeamDrive = z
  .strictObject({
    id: text(LIMITS.id).min(1),
    name: text(LIMITS.name),
    startDate: Day,
    endDate: Day,
    goal: z.number().int().min(1).max(100_000),
    /** Held 1:1s on the drive's days when the file was made, from all of the organizer's records. */
    held: z.number().int().min(0),
  })
  .refine((d) => d.startDate <= d.endDate, { path: ['endDate'], ...say(() => t('team.file.issue.driveEnds')) });

export const TeamFileV1 = z
  .strictObject({
    format: z.literal(TEAM_FORMAT),
    version: z.literal(TEAM_VERSION),
    madeAt: ms(),
    organizer: z.strictObject({
      /** A random id made once per browser: a newer file with the same id replaces the older one. */
      id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, say(() => t('team.file.issue.organizerId'))),
      name: z.string().trim().min(1, say(() => t('team.file.issue.organizerName'))).max(LIMITS.name),
    }),
    /** The organizer's time zone: months and drive days are counted in it. */
    timeZone: z.string().max(64).refine(isTimeZone, say(() => t('team.file.issue.timeZone'))),
    period: z.strictObject({ from: ms(), to: ms() }).refine((p) => p.from <= p.to, { path: ['to'], ...say(() => t('team.file.issue.periodEnds')) }),
    includesNotes: z.boolean(),
    meetings: z.array(TeamMeeting).max(100_000),
    followUps: z.strictObject({
      /** Follow-ups done in each month of the period (organizer's zone), by their due time. */
      months: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, say(() => t('team.file.issue.month'))), onTime: z.number().int().min(0), late: z.number().int().min(0) })).max(240),
      /** Open follow-ups past due when the file was made. */
      overdueNow: z.number().int().min(0),
    }),
    drives: z.array(TeamDrive).max(1000),
  });
export type TeamFile = z.infer<typeof TeamFileV1>;
export type TeamFileMeeting = TeamFile['meetings'][number];
export type TeamFileDrive = TeamFile['drives'][number];

export type TeamFileCheck = { ok: true; file: TeamFile } | { ok: false; problem: string };

/** Type names as an organizer reads them. */
function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return t('team.file.type.text');
    case 'number':
    case 'int':
      return t('team.file.type.number');
    case 'boolean':
      return t('team.file.type.boolean');
    case 'array':
      return t('team.file.type.list');
    case 'object':
      return t('team.file.type.object');
    default:
      return expected;
  }
}

/** zod's own messages are English; these say the same in the browser's language. */
const localized: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t('team.file.issue.missing') : t('team.file.issue.type', [typeName(issue.expected)]);
    case 'too_small':
      return issue.origin === 'string' ? t('team.file.issue.empty') : t('team.file.issue.small', [String(issue.minimum)]);
    case 'too_big':
      return issue.origin === 'string' ? t('team.file.issue.long', [String(issue.maximum)]) : t('team.file.issue.big', [String(issue.maximum)]);
    case 'invalid_format':
      return issue.format === 'url' ? t('team.file.issue.url') : t('team.file.issue.format');
    case 'invalid_value':
      return t('team.file.issue.oneOf', [issue.values.map((v) => JSON.stringify(v)).join(', ')]);
    case 'unrecognized_keys':
      return t('team.file.issue.unknownField', [issue.keys.map((k) => `"${k}"`).join(', ')]);
    default:
      return undefined;
  }
};

const refuse = (problem: string): TeamFileCheck => ({ ok: false, problem });

const teamWords: VersionedFileWords = {
  notJson: (reason) => t('team.file.notJson', [reason]),
  notObject: () => t('team.file.notObject'),
  wrongFormat: (format) => (format === BACKUP_FORMAT ? t('team.file.isBackup') : t('team.file.wrongFormat', [TEAM_FORMAT])),
  noVersion: () => t('team.file.noVersion'),
  newerVersion: (version) => t('team.file.newerVersion', [String(version), String(TEAM_VERSION)]),
  unknownVersion: (version) => t('team.file.unknownVersion', [String(version)]),
  topLevel: () => t('team.file.topLevel'),
  problemAt: (where, message) => t('team.file.problemAt', [where, message]),
  problemAtMore: (where, message, more) => t('team.file.problemAtMore', [where, message, String(more)]),
};

/**
 * Checks a team file from its text: JSON, format, version, every field, then what fields alone
 * cannot say (duplicates, notes the organizer did not include, dates outside the period, a file
 * from the future). `now` is the importing computer's clock.
 */
export function parseTeamFile(raw: string, now: number): TeamFileCheck {
  const parsed = parseVersionedFile(raw, { format: TEAM_FORMAT, version: TEAM_VERSION, schema: TeamFileV1, errorMap: localized, words: teamWords });
  if (!parsed.ok) return parsed;
  const file = parsed.data;
  // A day's grace for a clock that runs a little ahead.
  if (file.madeAt > now + 86_400_000) return refuse(t('team.file.future'));
  const seen = new Map<string, number>();
  for (const [index, m] of file.meetings.entries()) {
    const earlier = seen.get(m.id);
    if (earlier !== undefined) return refuse(t('team.file.duplicate', [`meetings[${index}].id`, m.id, `meetings[${earlier}]`]));
    seen.set(m.id, index);
    if (m.notes !== undefined && !file.includesNotes) return refuse(t('team.file.notesNotIncluded', [`meetings[${index}].notes`]));
    if (m.at < file.period.from || m.at > file.period.to) return refuse(t('team.file.outsidePeriod', [`meetings[${index}].at`]));
  }
  return { ok: true, file };
}

export interface TeamFileInput {
  organizer: { id: string; name: string };
  timeZone: string;
  period: { from: number; to: number };
  includeNotes: boolean;
  now: number;
  people: ReadonlyMap<string, Person>;
  meetings: readonly Meeting[];
  commitments: readonly Commitment[];
  followups: readonly FollowUp[];
  templates: readonly Template[];
  drives: readonly Drive[];
}

/** When a 1:1 counts in the file: when it was held, or when it is scheduled (undefined: leave it out). */
function meetingTime(m: Meeting): number | undefined {
  if (m.status === 'held') return heldTime(m);
  if (m.status === 'cancelled') return undefined;
  return m.scheduledAt ?? m.startedAt;
}

/** Builds the file an organizer shares with staff, from their own records. Pure. */
export function buildTeamFile(input: TeamFileInput): TeamFile {
  const { period, timeZone } = input;
  const inPeriod = (time: number | undefined) => time !== undefined && time >= period.from && time <= period.to;
  const models = new Map(input.templates.map((tpl) => [tpl.id, tpl.name]));
  const byMeeting = new Map<string, Commitment[]>();
  for (const c of input.commitments) if (c.meetingId) byMeeting.set(c.meetingId, [...(byMeeting.get(c.meetingId) ?? []), c]);

  const meetings: TeamFileMeeting[] = [];
  for (const m of input.meetings) {
    const at = meetingTime(m);
    const person = input.people.get(m.personKey);
    if (!inPeriod(at) || !person || m.status === 'cancelled') continue;
    const notes = input.includeNotes && !m.private ? [m.report.notes, m.learned].filter((x) => x.trim()).join('\n\n') : '';
    meetings.push({
      id: m.id,
      at: at!,
      status: m.status,
      person: { key: person.key, name: person.name, url: person.url },
      model: models.get(m.templateId) ?? m.templateId,
      ask: m.ask,
      ...(m.answer ? { answer: m.answer } : {}),
      ladder: m.report.ladder,
      commitments: (byMeeting.get(m.id) ?? []).map((c) => ({
        direction: c.direction,
        what: c.what,
        dueAt: c.dueAt,
        status: c.status,
        madeAt: c.createdAt,
        ...(c.closedAt !== undefined ? { closedAt: c.closedAt } : {}),
      })),
      ...(notes ? { notes } : {}),
    });
  }
  meetings.sort((a, b) => a.at - b.at);

  const buckets = monthBuckets(period.from, period.to, timeZone);
  const months = buckets.months.map((month) => ({ month, onTime: 0, late: 0 }));
  let overdueNow = 0;
  for (const f of input.followups) {
    if (f.activeAt !== undefined && f.activeAt <= input.now) overdueNow++;
    if (f.status !== 'done' || !inPeriod(f.doneAt)) continue;
    const row = months[buckets.indexOf(f.doneAt!)];
    if (!row) continue;
    // The reports page's rule, so staff read the figures the organizer sees.
    if (doneOnTime(f)) row.onTime++;
    else row.late++;
  }

  // Drives that share a day with the period, counted from every held 1:1 (not only the period's).
  const firstDay = format(new TZDate(period.from, timeZone), 'yyyy-MM-dd');
  const lastDay = format(new TZDate(period.to, timeZone), 'yyyy-MM-dd');
  const drives = input.drives
    .filter((d) => d.startDate <= lastDay && d.endDate >= firstDay)
    .map((d) => ({ id: d.id, name: d.name, startDate: d.startDate, endDate: d.endDate, goal: d.goal, held: countHeld(input.meetings, d, timeZone) }));

  return {
    format: TEAM_FORMAT,
    version: TEAM_VERSION,
    madeAt: input.now,
    organizer: input.organizer,
    timeZone,
    period,
    includesNotes: input.includeNotes,
    meetings,
    followUps: { months: months.filter((m) => m.onTime || m.late), overdueNow },
    drives,
  };
}
