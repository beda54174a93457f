import { describe, expect, it } from 'vitest';
import { buildTeamFile, parseTeamFile, TEAM_FORMAT, type TeamFile } from '../../../lib/export/team-file';
import { Commitment, Drive, FollowUp, Meeting, Person } from '../../../lib/model';
import { builtInTemplates } from '../../../lib/templates/builtin';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const FROM = Date.UTC(2026, 9, 1);
const TO = Date.UTC(2026, 11, 1) - 1;

function validFile(): TeamFile {
  return {
    format: TEAM_FORMAT,
    version: 1,
    madeAt: NOW,
    organizer: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Ana Ruiz' },
    timeZone: 'America/Chicago',
    period: { from: FROM, to: TO },
    includesNotes: false,
    meetings: [
      {
        id: 'm1',
        at: NOW - 5 * DAY,
        status: 'held',
        person: { key: 'nationbuilder:riverside:id:42', name: 'Sam Okafor', url: 'https://riverside.nationbuilder.com/admin/signups/42' },
        model: 'Six steps',
        ask: 'Host a house meeting',
        answer: 'yes',
        ladder: 'hosts',
        commitments: [{ direction: 'theirs', what: 'Host on the 3rd', dueAt: NOW + 10 * DAY, status: 'open', madeAt: NOW - 5 * DAY }],
      },
    ],
    followUps: { months: [{ month: '2026-11', onTime: 3, late: 1 }], overdueNow: 2 },
    drives: [{ id: 'd1', name: 'November drive', startDate: '2026-11-01', endDate: '2026-11-30', goal: 40, held: 12 }],
  };
}

/** A valid file with one change made to it. */
function changed(edit: (f: Record<string, any>) => void): string {
  const f = structuredClone(validFile()) as unknown as Record<string, any>;
  edit(f);
  return JSON.stringify(f);
}

const refused = (text: string) => {
  const result = parseTeamFile(text, NOW);
  if (result.ok) throw new Error('the file was accepted');
  return result.problem;
};

describe('reading a team report file', () => {
  it('accepts a good file as it was written', () => {
    const result = parseTeamFile(JSON.stringify(validFile()), NOW);
    expect(result).toEqual({ ok: true, file: validFile() });
    // A byte-order mark (some editors add one) is fine.
    expect(parseTeamFile(`\uFEFF${JSON.stringify(validFile())}`, NOW).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": "1:1-companion-team-report",', /not valid JSON/],
    ['a list, not one object', '[]', /should hold one JSON object/],
    ['a backup instead', JSON.stringify({ format: '1:1-companion-backup', version: 1 }), /a 1:1 Companion backup, not a team report/],
    ['another format', changed((f) => (f.format = 'something-else')), /its "format" should be "1:1-companion-team-report"/],
    ['no version', changed((f) => delete f.version), /no version number/],
    ['a newer version', changed((f) => (f.version = 2)), /version 2, made by a newer 1:1 Companion; this one reads version 1/],
    ['no organizer name', changed((f) => (f.organizer.name = '  ')), /at organizer\.name: the organizer’s name is missing/],
    ['an unknown time zone', changed((f) => (f.timeZone = 'Mars/Olympus')), /at timeZone: this is not a time zone this browser knows/],
    ['a date that is text', changed((f) => (f.meetings[0].at = '2026-11-15')), /at meetings\[0\]\.at: this should be a number/],
    ['a 1:1 status it does not know', changed((f) => (f.meetings[0].status = 'cancelled')), /at meetings\[0\]\.status: this should be one of "held", "in-progress", "planned"/],
    ['a missing person', changed((f) => delete f.meetings[0].person), /at meetings\[0\]\.person: this is missing/],
    ['a field it should not carry (a token)', changed((f) => (f.token = 'secret')), /at the top level: this has a field a team report does not carry: "token"/],
    ['a drive that ends before it starts', changed((f) => (f.drives[0].endDate = '2026-10-01')), /at drives\[0\]\.endDate: the drive ends before it starts/],
    ['a malformed drive day', changed((f) => (f.drives[0].startDate = '11/01/2026')), /at drives\[0\]\.startDate: use a date like 2026-11-30/],
    ['two 1:1s with one id', changed((f) => f.meetings.push({ ...f.meetings[0] })), /duplicate at meetings\[1\]\.id: "m1" is already used at meetings\[0\]/],
    ['notes though none were included', changed((f) => (f.meetings[0].notes = 'Talked about rent')), /notes at meetings\[0\]\.notes, but says notes were not included/],
    ['a 1:1 outside its period', changed((f) => (f.meetings[0].at = FROM - DAY)), /a 1:1 at meetings\[0\]\.at outside the period/],
    ['a file made in the future', changed((f) => (f.madeAt = NOW + 3 * DAY)), /made more than a day from now/],
    ['a period that ends before it starts', changed((f) => (f.period = { from: TO, to: FROM })), /at period\.to: the period ends before it starts/],
  ])('refuses %s, saying why', (_name, text, reason) => {
    expect(refused(text)).toMatch(reason);
  });

  it('counts the other problems when there are several', () => {
    const problem = refused(changed((f) => ((f.meetings[0].at = 'x'), (f.meetings[0].ask = 5), (f.drives[0].goal = 0))));
    expect(problem).toMatch(/^The file has a problem at meetings\[0\]\.at: this should be a number \(and 2 more\)\.$/);
  });
});

describe('making a team report file', () => {
  const person = Person.parse({ key: 'nationbuilder:riverside:id:42', crm: 'nationbuilder', account: 'riverside', crmId: '42', name: 'Sam Okafor', url: 'https://riverside.nationbuilder.com/admin/signups/42', notes: 'Private person notes', createdAt: 0, updatedAt: 0 });
  const meeting = (id: string, over: Partial<Meeting>) =>
    Meeting.parse({ id, personKey: person.key, templateId: 'six-steps', status: 'held', startedAt: NOW - 5 * DAY, createdAt: NOW - 6 * DAY, updatedAt: NOW, ask: 'Host a house meeting', answer: 'yes', learned: 'The landlord is selling', report: { notes: 'Talked about rent', ladder: 'hosts' }, ...over });
  const input = (includeNotes: boolean) => ({
    organizer: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Ana Ruiz' },
    timeZone: 'America/Chicago',
    period: { from: FROM, to: TO },
    includeNotes,
    now: NOW,
    people: new Map([[person.key, person]]),
    meetings: [
      meeting('held', {}),
      meeting('private', { private: true }),
      meeting('planned', { status: 'planned', startedAt: undefined, scheduledAt: NOW + 3 * DAY }),
      meeting('undated', { status: 'planned', startedAt: undefined }),
      meeting('cancelled', { status: 'cancelled', scheduledAt: NOW - DAY }),
      meeting('old', { startedAt: FROM - DAY }),
    ],
    commitments: [Commitment.parse({ id: 'c1', personKey: person.key, meetingId: 'held', direction: 'mine', what: 'Send the flyer', dueAt: NOW + DAY, status: 'kept', closedAt: NOW, createdAt: NOW - 5 * DAY, updatedAt: NOW })],
    followups: [
      FollowUp.parse({ id: 'f1', personKey: person.key, kind: 'thank-you', dueAt: NOW - 4 * DAY, status: 'done', doneAt: NOW - 4.5 * DAY, createdAt: 0, updatedAt: 0 }),
      FollowUp.parse({ id: 'f2', personKey: person.key, kind: 'check-in', dueAt: NOW - 2 * DAY, status: 'done', doneAt: NOW - DAY, createdAt: 0, updatedAt: 0 }),
      FollowUp.parse({ id: 'f3', personKey: person.key, kind: 'check-in', dueAt: NOW - DAY, status: 'open', activeAt: NOW - DAY, createdAt: 0, updatedAt: 0 }),
    ],
    templates: builtInTemplates,
    drives: [Drive.parse({ id: 'd1', name: 'November drive', goal: 40, startDate: '2026-11-01', endDate: '2026-11-30', createdAt: 0, updatedAt: 0 })],
  });

  it('carries each 1:1 held or scheduled in the period, with its commitments, and reads back as it was made', () => {
    const file = buildTeamFile(input(false));
    expect(file.meetings.map((m) => m.id)).toEqual(['held', 'private', 'planned']);
    const held = file.meetings.find((m) => m.id === 'held')!;
    expect(held).toMatchObject({ status: 'held', person: { name: 'Sam Okafor', url: person.url }, model: 'Six steps', ask: 'Host a house meeting', answer: 'yes', ladder: 'hosts' });
    expect(held.commitments).toEqual([{ direction: 'mine', what: 'Send the flyer', dueAt: NOW + DAY, status: 'kept', madeAt: NOW - 5 * DAY, closedAt: NOW }]);
    expect(file.followUps).toEqual({ months: [{ month: '2026-11', onTime: 1, late: 1 }], overdueNow: 1 });
    expect(file.drives).toEqual([{ id: 'd1', name: 'November drive', startDate: '2026-11-01', endDate: '2026-11-30', goal: 40, held: 2 }]);
    expect(parseTeamFile(JSON.stringify(file), NOW)).toEqual({ ok: true, file });
  });

  it('leaves notes out unless ticked in, and private notes out always; nothing from the person record or settings', () => {
    const without = JSON.stringify(buildTeamFile(input(false)));
    expect(without).not.toMatch(/Talked about rent|landlord|Private person notes/);
    const withNotes = buildTeamFile(input(true));
    expect(withNotes.includesNotes).toBe(true);
    expect(withNotes.meetings.find((m) => m.id === 'held')!.notes).toBe('Talked about rent\n\nThe landlord is selling');
    expect(withNotes.meetings.find((m) => m.id === 'private')!.notes).toBeUndefined();
    expect(JSON.stringify(withNotes)).not.toMatch(/Private person notes|token|settings/i);
  });

  it('counts a reminder made past due and done within the hour from its making on time, as the reports page does', () => {
    const MIN = 60_000;
    // Made 10 minutes after it was due; one done 30 minutes later, one 2 hours later.
    const madeLate = (id: string, doneAt: number) =>
      FollowUp.parse({ id, personKey: person.key, kind: 'commitment-check', dueAt: NOW - DAY, status: 'done', doneAt, createdAt: NOW - DAY + 10 * MIN, updatedAt: 0 });
    const file = buildTeamFile({ ...input(false), followups: [madeLate('within', NOW - DAY + 40 * MIN), madeLate('after', NOW - DAY + 130 * MIN)] });
    expect(file.followUps.months).toEqual([{ month: '2026-11', onTime: 1, late: 1 }]);
  });
});
