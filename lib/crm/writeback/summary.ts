import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { t } from '../../i18n';
import { LIMITS, clip } from '../../limits';
import type { Commitment, LadderLevel, Meeting, MeetingMode, Person } from '../../model';

/**
 * The plain-text note a 1:1 becomes in a CRM (NationBuilder's contact content, a note box,
 * the clipboard), and the facts it is made of (the team's form is filled from the same facts).
 * Dates are written yyyy-MM-dd in the organizer's time zone: unambiguous in any language.
 */
export interface NoteInput {
  meeting: Meeting;
  person: Person;
  /** This 1:1's commitments, both ways. */
  commitments: Commitment[];
  templateName: string;
  organizerName: string;
  timeZone: string;
  /** The report's notes go in only when this is set (the organizer ticked them in). */
  includeNotes: boolean;
}

/** Marks content we wrote, so a send whose outcome was unknown can be found in the CRM again. */
export const markerFor = (ref: string) => `occ-ref:${ref}`;

/** When the 1:1 took place. */
export function meetingDate(meeting: Meeting): number {
  return meeting.startedAt ?? meeting.scheduledAt ?? meeting.endedAt ?? meeting.createdAt;
}

export const day = (ms: number, timeZone: string) => format(new TZDate(ms, timeZone), 'yyyy-MM-dd');
const dayTime = (ms: number, timeZone: string) => format(new TZDate(ms, timeZone), 'yyyy-MM-dd HH:mm');

export function modeText(mode: MeetingMode): string {
  return mode === 'video' ? t('writeback.mode.video') : mode === 'phone' ? t('writeback.mode.phone') : t('writeback.mode.inPerson');
}

export function answerText(answer: Meeting['answer']): string {
  return answer === 'yes' ? t('writeback.answer.yes') : answer === 'ambivalent' ? t('writeback.answer.ambivalent') : answer === 'no' ? t('writeback.answer.no') : '';
}

export function ladderText(level: LadderLevel): string {
  const labels: Record<LadderLevel, string> = {
    unknown: '',
    supporter: t('writeback.ladder.supporter'),
    attends: t('writeback.ladder.attends'),
    volunteers: t('writeback.ladder.volunteers'),
    hosts: t('writeback.ladder.hosts'),
    leads: t('writeback.ladder.leads'),
    recruits: t('writeback.ladder.recruits'),
    organizes: t('writeback.ladder.organizes'),
  };
  return labels[level];
}

function commitmentLines(list: Commitment[], timeZone: string): string[] {
  return [...list]
    .sort((a, b) => a.dueAt - b.dueAt)
    .map((c) => `- ${t('writeback.note.commitment', [c.goal ? `${c.what} (${c.goal})` : c.what, dayTime(c.dueAt, timeZone)])}`);
}

/** The report's facts as single strings, keyed for the team's form (lib/crm/writeback/form.ts). */
export function reportFacts(input: NoteInput): Record<FactKey, string> {
  const { meeting, person, commitments, timeZone } = input;
  const r = meeting.report;
  const theirs = commitments.filter((c) => c.direction === 'theirs');
  const mine = commitments.filter((c) => c.direction === 'mine');
  const oneLine = (list: Commitment[]) => commitmentLines(list, timeZone).map((l) => l.slice(2)).join('; ');
  return {
    date: day(meetingDate(meeting), timeZone),
    organizer: input.organizerName,
    person: person.name,
    email: person.email ?? '',
    phone: person.phone ?? '',
    agenda: input.templateName,
    mode: modeText(meeting.mode),
    ask: meeting.ask,
    answer: answerText(meeting.answer),
    theirCommitments: oneLine(theirs),
    myCommitments: oneLine(mine),
    issue: r.issue,
    story: r.story,
    skills: r.skills,
    enjoys: r.enjoys,
    bestWay: r.bestWay,
    accessNeeds: r.accessNeeds,
    referrals: r.referrals.map((x) => (x.contact ? `${x.name} (${x.contact})` : x.name)).join('; '),
    ladder: ladderText(r.ladder),
    staff: r.staffName && r.staffDate !== undefined ? `${r.staffName}, ${dayTime(r.staffDate, timeZone)}` : r.staffName,
    notes: input.includeNotes ? r.notes : '',
    summary: crmNote(input),
  };
}

type LabelledLine =
  | 'writeback.note.organizer'
  | 'writeback.note.agenda'
  | 'writeback.note.ask'
  | 'writeback.note.answer'
  | 'writeback.note.issue'
  | 'writeback.note.skills'
  | 'writeback.note.referrals'
  | 'writeback.note.ladder';

export const FACT_KEYS = [
  'date',
  'organizer',
  'person',
  'email',
  'phone',
  'agenda',
  'mode',
  'ask',
  'answer',
  'theirCommitments',
  'myCommitments',
  'issue',
  'story',
  'skills',
  'enjoys',
  'bestWay',
  'accessNeeds',
  'referrals',
  'ladder',
  'staff',
  'notes',
  'summary',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/**
 * The note: date, how it was held, agenda model, the ask and the answer, commitments both ways
 * with dates, the issue, skills, referrals, the ladder; the notes only when ticked in; the marker
 * last. Empty parts are left out.
 */
export function crmNote(input: NoteInput, options: { marker?: string; update?: boolean } = {}): string {
  const { meeting, person, commitments, timeZone } = input;
  const r = meeting.report;
  const lines: string[] = [];
  if (options.update) lines.push(t('writeback.note.updated'));
  lines.push(t('writeback.note.title', [person.name, day(meetingDate(meeting), timeZone), modeText(meeting.mode)]));
  const add = (key: LabelledLine, value: string) => {
    if (value.trim()) lines.push(t(key, [value.trim()]));
  };
  add('writeback.note.organizer', input.organizerName);
  add('writeback.note.agenda', input.templateName);
  add('writeback.note.ask', meeting.ask);
  add('writeback.note.answer', answerText(meeting.answer));
  const theirs = commitments.filter((c) => c.direction === 'theirs');
  const mine = commitments.filter((c) => c.direction === 'mine');
  if (theirs.length) lines.push(t('writeback.note.theirCommitments'), ...commitmentLines(theirs, timeZone));
  if (mine.length) lines.push(t('writeback.note.myCommitments'), ...commitmentLines(mine, timeZone));
  add('writeback.note.issue', r.issue);
  add('writeback.note.skills', r.skills);
  add('writeback.note.referrals', r.referrals.map((x) => (x.contact ? `${x.name} (${x.contact})` : x.name)).join('; '));
  add('writeback.note.ladder', ladderText(r.ladder));
  if (input.includeNotes && r.notes.trim()) lines.push(t('writeback.note.notes'), r.notes.trim());
  if (options.marker) lines.push(t('writeback.note.marker', [options.marker]));
  return clip(lines.join('\n'), LIMITS.long);
}
