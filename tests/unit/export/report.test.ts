import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/rules/report';
import { Commitment, FollowUp, Meeting } from '../../../lib/model';

const at = (month: number, day: number, hour = 12) => Date.UTC(2026, month - 1, day, hour);
const meeting = (id: string, startedAt: number, answer?: 'yes' | 'ambivalent' | 'no', status: Meeting['status'] = 'held') =>
  Meeting.parse({ id, personKey: 'p', templateId: 'six-steps', status, startedAt, ask: answer ? 'Join the committee' : '', answer, createdAt: startedAt, updatedAt: startedAt });
const commitment = (id: string, createdAt: number, status: Commitment['status']) =>
  Commitment.parse({ id, personKey: 'p', direction: 'theirs', what: 'x', dueAt: createdAt + 1, status, createdAt, updatedAt: createdAt });
const followUp = (id: string, dueAt: number, doneAt?: number) =>
  FollowUp.parse({ id, personKey: 'p', kind: 'thank-you', dueAt, status: doneAt ? 'done' : 'open', doneAt, createdAt: 0, updatedAt: 0 });

describe('reports', () => {
  const data = {
    meetings: [
      meeting('a', at(9, 3), 'yes'),
      meeting('b', at(9, 20), 'no'),
      meeting('c', at(10, 1, 0) - 3_600_000), // 30 Sep 23:00 UTC: still September in UTC
      meeting('d', at(10, 15), 'ambivalent'),
      meeting('e', at(10, 16), 'yes', 'planned'), // not held: not counted
      meeting('f', at(12, 2), 'yes'), // after the period
    ],
    commitments: [commitment('1', at(9, 3), 'kept'), commitment('2', at(9, 20), 'open'), commitment('3', at(10, 15), 'kept'), commitment('4', at(10, 15), 'missed')],
    followups: [
      followUp('x', at(9, 4), at(9, 4, 8)), // on time
      followUp('y', at(9, 21), at(10, 2)), // late, done in October
      followUp('z', at(10, 20)), // not done
    ],
  };

  it('counts 1:1s, asks and answers, commitments and follow-ups by month', () => {
    const report = buildReport(data, { from: at(9, 1, 0), to: at(11, 30, 23), timeZone: 'UTC' });
    expect(report.months.map((m) => [m.month, m.held, m.asks, m.yes, m.ambivalent, m.no, m.commitmentsMade, m.commitmentsKept, m.followUpsOnTime, m.followUpsLate])).toEqual([
      ['2026-09', 3, 2, 1, 0, 1, 2, 1, 1, 0],
      ['2026-10', 1, 1, 0, 1, 0, 2, 1, 0, 1],
      ['2026-11', 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(report.totals).toEqual({ held: 4, asks: 3, yes: 1, ambivalent: 1, no: 1, commitmentsMade: 4, commitmentsKept: 2, followUpsOnTime: 1, followUpsLate: 1 });
    expect(report.months[0]!.label).toBe('Sep 2026');
  });

  it('puts each 1:1 in the month of the organizer’s own time zone', () => {
    const report = buildReport(data, { from: at(9, 1, 0), to: at(10, 31, 22), timeZone: 'Europe/Paris' });
    // 30 Sep 23:00 UTC is 1 Oct 01:00 in Paris.
    expect(report.months.map((m) => m.held)).toEqual([2, 2]);
  });
});
