import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Commitment, FollowUp, Meeting, Settings } from '../../../lib/model';
import { LIMITS } from '../../../lib/limits';
import { desiredFollowUps, reconcileFollowUps } from '../../../lib/rules/followups';
import { snoozePostpones, snoozeTarget } from '../../../lib/rules/snooze';
import { doneOnTime } from '../../../lib/rules/on-time';
import { reminderWords } from '../../../lib/reminder-words';
import { computerZoneElsewhere } from './elsewhere';

computerZoneElsewhere();

const NY = 'America/New_York';
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (text: string, zone = NY) => {
  const [y, mo, d, h, mi] = text.split(/[- :]/).map(Number) as [number, number, number, number, number];
  return new TZDate(y, mo - 1, d, h, mi, zone).getTime();
};
const show = (ms: number, zone = NY) => format(new TZDate(ms, zone), 'EEE d MMM HH:mm');
const settings = (patch: Record<string, unknown> = {}) => Settings.parse({ timeZone: NY, ...patch });

function held(end: string, report: Partial<Meeting['report']> = { issue: 'Rent' }): Meeting {
  return Meeting.parse({ id: 'm1', personKey: 'p', templateId: 'six-steps', status: 'held', startedAt: at(end) - HOUR, endedAt: at(end), report, createdAt: 0, updatedAt: 0 });
}
const due = (list: { kind: string; dueAt: number }[], kind: string) => list.filter((f) => f.kind === kind).map((f) => show(f.dueAt));

describe('after the 1:1: due in working hours, the thank-you the same day', () => {
  it.each([
    ['ended mid-afternoon: two hours later', '2026-10-28 14:00', ['Wed 28 Oct 16:00']],
    ['ended at 20:00: before quiet hours begin, not at 22:00 nor the next morning', '2026-10-28 20:00', ['Wed 28 Oct 20:59']],
    ['ended at 22:30, inside quiet hours: when they end', '2026-10-28 22:30', ['Thu 29 Oct 08:00']],
    ['ended just after midnight: the same morning at 08:00, not at 2 AM', '2026-10-29 00:10', ['Thu 29 Oct 08:00']],
  ])('thank-you, %s', (_, end, expected) => {
    expect(due(desiredFollowUps([held(end)], [], settings(), reminderWords), 'thank-you')).toEqual(expected);
  });

  it('with quiet hours off, the thank-you is simply two hours after the end', () => {
    const off = settings({ quietHours: { enabled: false, start: '21:00', end: '08:00' } });
    expect(due(desiredFollowUps([held('2026-10-28 23:00')], [], off, reminderWords), 'thank-you')).toEqual(['Thu 29 Oct 01:00']);
  });

  it('check-ins and referral invitations leave quiet hours', () => {
    const m = held('2026-10-28 22:30', { issue: 'Rent', referrals: [{ name: 'Luis', contact: '' }] });
    const list = desiredFollowUps([m], [], settings(), reminderWords);
    expect(due(list, 'check-in')).toEqual(['Sat 28 Nov 08:00']);
    expect(due(list, 'referral')).toEqual(['Sat 31 Oct 08:00']);
  });

  it('a 1:1 finished with an empty report gets "Write up your notes" 15 minutes after the end; a written report none', () => {
    const empty = desiredFollowUps([held('2026-10-28 14:00', {})], [], settings(), reminderWords);
    expect(empty.filter((f) => f.kind === 'write-up').map((f) => `${show(f.dueAt)} ${f.title}`)).toEqual(['Wed 28 Oct 14:15 Write up your notes']);
    expect(due(desiredFollowUps([held('2026-10-28 20:50', {})], [], settings(), reminderWords), 'write-up')).toEqual(['Wed 28 Oct 20:59']);
    for (const report of [{ issue: 'Rent' }, { story: 'Moved here in 2019' }, { referrals: [{ name: 'Luis', contact: '' }] }]) {
      expect(due(desiredFollowUps([held('2026-10-28 14:00', report)], [], settings(), reminderWords), 'write-up')).toEqual([]);
    }
    // What the panel fills in by itself (the step notes, the ladder step it knew) is no write-up.
    for (const report of [{ notes: 'Introduction: talked about rent' }, { ladder: 'hosts' as const }, { accessNeeds: 'Step-free entrance' }]) {
      expect(due(desiredFollowUps([held('2026-10-28 14:00', report)], [], settings(), reminderWords), 'write-up')).toEqual(['Wed 28 Oct 14:15']);
    }
  });
});

describe('commitments: reminded before, checked after, in the right words', () => {
  const commitment = (direction: 'mine' | 'theirs', dueAt: string, what = 'Send the repair survey') =>
    Commitment.parse({ id: `c-${direction}`, personKey: 'p', direction, what, goal: 'x', dueAt: at(dueAt), createdAt: at('2026-10-20 10:00'), updatedAt: 0 });

  it('the organizer’s own promise is checked with “Did you do it?”, theirs with “Was it kept?”', () => {
    const list = desiredFollowUps([], [commitment('mine', '2026-10-28 15:00'), commitment('theirs', '2026-10-28 15:00', 'Host a house meeting')], settings(), reminderWords);
    expect(list.map((f) => `${f.kind} ${show(f.dueAt)}: ${f.title}`)).toEqual([
      'commitment-reminder Tue 27 Oct 15:00: Your promise is coming up: Send the repair survey',
      'commitment-check Thu 29 Oct 15:00: Did you do it? Send the repair survey',
      'commitment-reminder Tue 27 Oct 15:00: Their commitment is coming up: Host a house meeting',
      'commitment-check Thu 29 Oct 15:00: Was it kept? Host a house meeting',
    ]);
  });

  it('reminder and check move out of quiet hours; a reminder that would land after the due time comes the evening before', () => {
    expect(due(desiredFollowUps([], [commitment('mine', '2026-10-28 07:00')], settings(), reminderWords), 'commitment-reminder')).toEqual(['Tue 27 Oct 08:00']);
    expect(due(desiredFollowUps([], [commitment('mine', '2026-10-28 07:00')], settings(), reminderWords), 'commitment-check')).toEqual(['Thu 29 Oct 08:00']);
    const oneHour = settings({ offsets: { reminderHoursBefore: 1 } });
    expect(due(desiredFollowUps([], [commitment('mine', '2026-10-28 02:00')], oneHour, reminderWords), 'commitment-reminder')).toEqual(['Tue 27 Oct 20:59']);
  });

  it('titles built from typed text are cut to the title limit', () => {
    const long = 'x'.repeat(LIMITS.short);
    const list = desiredFollowUps([held('2026-10-28 14:00', { staffName: long, staffDate: at('2026-10-29 10:00'), referrals: [{ name: 'y'.repeat(200), contact: '' }] })], [commitment('theirs', '2026-11-10 15:00', long)], settings(), reminderWords);
    for (const f of list) {
      expect(Array.from(f.title).length).toBeLessThanOrEqual(LIMITS.short);
      expect(() => FollowUp.parse({ ...f, personKey: 'p', createdAt: 0, updatedAt: 0 })).not.toThrow();
    }
    expect(list.find((f) => f.kind === 'commitment-check')?.title).toMatch(/^Was it kept\? x+…$/);
  });
});

describe('reconciling', () => {
  it('a confirmation not yet made is not made once its time has passed (a cancelled 1:1 planned again late)', () => {
    const desired = [{ id: 'm1:confirm-before:1', kind: 'confirm' as const, dueAt: at('2026-10-27 12:00'), meetingId: 'm1', title: 'Confirm' }];
    expect(reconcileFollowUps('p', [], desired, at('2026-10-28 10:00')).put).toEqual([]);
    // One already made stays, overdue, until it is done.
    const stored = reconcileFollowUps('p', [], desired, at('2026-10-26 10:00')).put;
    expect(reconcileFollowUps('p', stored, desired, at('2026-10-28 10:00'))).toEqual({ put: [], remove: [] });
  });
});

describe('snooze only postpones', () => {
  const f = (dueAt: string, snoozedUntil?: string) =>
    FollowUp.parse({ id: 'f', personKey: 'p', kind: 'confirm', dueAt: at(dueAt), status: snoozedUntil ? 'snoozed' : 'open', snoozedUntil: snoozedUntil && at(snoozedUntil), activeAt: at(snoozedUntil ?? dueAt), createdAt: 0, updatedAt: 0 });

  it.each([
    ['due on the 10th, snoozed a day on the 2nd: still the 10th', f('2026-11-10 09:00'), '2026-11-02 09:00', 'Tue 10 Nov 09:00', false],
    ['overdue, snoozed a day: a day from now', f('2026-11-02 08:00'), '2026-11-02 09:00', 'Tue 3 Nov 09:00', true],
    ['due in an hour, snoozed a day: a day from now', f('2026-11-02 10:00'), '2026-11-02 09:00', 'Tue 3 Nov 09:00', true],
    ['snoozed until the 9th, snoozed again on the 2nd: still the 9th', f('2026-11-01 09:00', '2026-11-09 09:00'), '2026-11-02 09:00', 'Mon 9 Nov 09:00', false],
  ])('%s', (_, followUp, now, expected, postpones) => {
    expect(show(snoozeTarget(followUp, at(now) + 24 * HOUR))).toBe(expected);
    expect(snoozePostpones(followUp, at(now), 24 * 60)).toBe(postpones);
  });
});

describe('on time counts what the organizer could do', () => {
  const f = (dueAt: string, createdAt: string, doneAt: string) =>
    FollowUp.parse({ id: 'f', personKey: 'p', kind: 'commitment-check', dueAt: at(dueAt), status: 'done', doneAt: at(doneAt), createdAt: at(createdAt), updatedAt: 0 });

  it.each([
    ['done before its due time', f('2026-11-02 09:00', '2026-10-30 10:00', '2026-11-02 08:30'), true],
    ['done after its due time', f('2026-11-02 09:00', '2026-10-30 10:00', '2026-11-02 11:00'), false],
    ['made already overdue, done at once: on time', f('2026-11-01 09:00', '2026-11-02 15:00', '2026-11-02 15:02'), true],
    ['made already overdue, done within the hour: on time', f('2026-11-01 09:00', '2026-11-02 15:00', '2026-11-02 15:55'), true],
    ['made already overdue, left for a day: late', f('2026-11-01 09:00', '2026-11-02 15:00', '2026-11-03 15:00'), false],
  ])('%s', (_, followUp, expected) => {
    expect(doneOnTime(followUp)).toBe(expected);
  });

  it('says nothing of one not done', () => {
    expect(doneOnTime({ status: 'open', dueAt: 0, createdAt: 0 })).toBeUndefined();
  });
});
