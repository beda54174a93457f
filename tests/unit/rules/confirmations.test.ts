import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Meeting, Settings, type FollowUp } from '../../../lib/model';
import { confirmations } from '../../../lib/rules/confirmations';
import { desiredFollowUps, reconcileFollowUps } from '../../../lib/rules/followups';
import { reminderWords } from '../../../lib/reminder-words';
import { computerZoneElsewhere } from './elsewhere';

computerZoneElsewhere();

const NY = 'America/New_York'; // summer time ends Sun 1 Nov 2026, 02:00 → 01:00
const LONDON = 'Europe/London'; // ends Sun 25 Oct 2026
const LORD_HOWE = 'Australia/Lord_Howe'; // half an hour of summer time from Sun 4 Oct 2026

/** A wall-clock time in `zone`: "2026-10-31 15:00". */
const at = (zone: string, text: string) => {
  const [y, mo, d, h, mi] = text.split(/[- :]/).map(Number) as [number, number, number, number, number];
  return new TZDate(y, mo - 1, d, h, mi, zone).getTime();
};
const show = (zone: string, ms: number) => format(new TZDate(ms, zone), 'EEE d MMM HH:mm');
const settingsIn = (zone: string) => Settings.parse({ timeZone: zone }); // quiet hours 21:00–08:00, on by default

function meeting(zone: string, start: string | undefined, status: Meeting['status'] = 'planned'): Meeting {
  return Meeting.parse({ id: 'm1', personKey: 'p', templateId: 'six-steps', status, scheduledAt: start ? at(zone, start) : undefined, createdAt: 0, updatedAt: 0 });
}

/** Which confirmations (before / day) are due when, in the organizer's zone. */
function made(zone: string, m: Meeting, now: string) {
  return confirmations(m, at(zone, now), settingsIn(zone), reminderWords).map((c) => `${c.id.split(':')[1]} ${show(zone, c.dueAt)}: ${c.title}`);
}

const BEFORE = 'Confirm the 1:1, 2 days ahead';
const TODAY = 'Confirm today’s 1:1';

describe('confirmations, as of the moment a 1:1 is dated', () => {
  it.each([
    // [case, zone, planned at, for, status, expected]
    ['later today, two hours away: one "confirm today" within half an hour', NY, '2026-10-31 15:00', '2026-10-31 17:00', 'planned', [`confirm-day Sat 31 Oct 15:30: ${TODAY}`]],
    ['later today, 90 minutes away: still an hour’s notice', NY, '2026-10-31 15:00', '2026-10-31 16:30', 'planned', [`confirm-day Sat 31 Oct 15:30: ${TODAY}`]],
    ['later today, 45 minutes away: none', NY, '2026-10-31 15:00', '2026-10-31 15:45', 'planned', []],
    ['later today, in the evening: quiet hours leave no time, none', NY, '2026-10-31 20:45', '2026-10-31 23:00', 'planned', []],
    ['later today, its morning confirmation still ahead', NY, '2026-10-31 07:00', '2026-10-31 13:00', 'planned', [`confirm-day Sat 31 Oct 09:00: ${TODAY}`]],
    ['tomorrow, across the change of clocks: the day-of one only', NY, '2026-10-31 15:00', '2026-11-01 12:00', 'planned', [`confirm-day Sun 1 Nov 09:00: ${TODAY}`]],
    ['two days ahead, after that hour: the day-of one only', NY, '2026-10-29 15:00', '2026-10-31 12:00', 'planned', [`confirm-day Sat 31 Oct 09:00: ${TODAY}`]],
    ['two days ahead, before that hour: both', NY, '2026-10-29 10:00', '2026-10-31 12:00', 'planned', [`confirm-before Thu 29 Oct 12:00: ${BEFORE}`, `confirm-day Sat 31 Oct 09:00: ${TODAY}`]],
    ['next week, across the change of clocks: both at local wall-clock times', NY, '2026-10-26 10:00', '2026-11-02 12:00', 'planned', [`confirm-before Sat 31 Oct 12:00: ${BEFORE}`, `confirm-day Mon 2 Nov 09:00: ${TODAY}`]],
    ['next week at 07:30: moved out of quiet hours; no day-of one an hour before', NY, '2026-10-26 10:00', '2026-10-29 07:30', 'planned', [`confirm-before Tue 27 Oct 08:00: ${BEFORE}`]],
    ['next week in London, across its change of clocks', LONDON, '2026-10-22 10:00', '2026-10-28 18:00', 'planned', [`confirm-before Mon 26 Oct 18:00: ${BEFORE}`, `confirm-day Wed 28 Oct 09:00: ${TODAY}`]],
    ['next week on Lord Howe, across its half-hour change', LORD_HOWE, '2026-10-01 10:00', '2026-10-05 12:00', 'planned', [`confirm-before Sat 3 Oct 12:00: ${BEFORE}`, `confirm-day Mon 5 Oct 09:00: ${TODAY}`]],
    ['logged after the fact (dated yesterday): none', NY, '2026-10-31 15:00', '2026-10-30 14:00', 'planned', []],
    ['dated for this very minute: none', NY, '2026-10-31 15:00', '2026-10-31 15:00', 'planned', []],
    ['cancelled: none', NY, '2026-10-26 10:00', '2026-11-02 12:00', 'cancelled', []],
    ['in progress: none', NY, '2026-10-26 10:00', '2026-11-02 12:00', 'in-progress', []],
    ['held: none', NY, '2026-10-26 10:00', '2026-11-02 12:00', 'held', []],
  ] as const)('%s', (_, zone, now, start, status, expected) => {
    expect(made(zone, meeting(zone, start, status), now)).toEqual(expected);
  });

  it('a 1:1 with no date gets none', () => {
    expect(made(NY, meeting(NY, undefined), '2026-10-31 15:00')).toEqual([]);
  });

  it('the same answer however late the rules run again: they read when the 1:1 was dated', () => {
    const m = { ...meeting(NY, '2026-10-31 17:00'), scheduleSetAt: at(NY, '2026-10-31 15:00') };
    const settings = settingsIn(NY);
    const soon = desiredFollowUps([m], [], settings, reminderWords);
    expect(soon.map((f) => show(NY, f.dueAt))).toEqual(['Sat 31 Oct 15:30']);
    // The same 1:1, re-derived at 16:10 (after a note was typed): still due at 15:30, not slid forward.
    const stored = reconcileFollowUps('p', [], soon, at(NY, '2026-10-31 15:00')).put;
    expect(reconcileFollowUps('p', stored, desiredFollowUps([m], [], settings, reminderWords), at(NY, '2026-10-31 16:10'))).toEqual({ put: [], remove: [] });
  });
});

/**
 * The store's view of a person's confirmations through a 1:1's life: each change re-derives
 * them as of its moment and reconciles with what is stored. `done` marks one done at that time.
 */
type Step =
  | { at: string; date: string }
  | { at: string; cancel: true }
  | { at: string; done: 'before' | 'day' };

function live(zone: string, steps: readonly Step[]): string[] {
  const settings = settingsIn(zone);
  let m = meeting(zone, undefined);
  let stored: FollowUp[] = [];
  for (const step of steps) {
    const now = at(zone, step.at);
    if ('done' in step) {
      stored = stored.map((f) => (f.id.split(':')[1] === `confirm-${step.done}` && f.status !== 'done' ? { ...f, status: 'done', doneAt: now, activeAt: undefined } : f));
      continue;
    }
    m = 'cancel' in step ? { ...m, status: 'cancelled' } : { ...m, scheduledAt: at(zone, step.date), scheduleSetAt: now };
    const { put, remove } = reconcileFollowUps('p', stored, desiredFollowUps([m], [], settings, reminderWords), now);
    const changed = new Map(put.map((f) => [f.id, f]));
    stored = [...stored.filter((f) => !remove.includes(f.id) && !changed.has(f.id)), ...put];
  }
  return stored
    .sort((a, b) => a.dueAt - b.dueAt)
    .map((f) => `${f.status} ${f.id.split(':')[1]} for ${show(zone, Number(f.id.split(':')[2]))}, due ${show(zone, f.dueAt)}`);
}

describe('confirmations follow the 1:1 when it moves or is cancelled', () => {
  it.each([
    [
      'moved later: the done one for the old date stays done, new ones for the new date',
      [
        { at: '2026-10-26 10:00', date: '2026-10-29 12:00' },
        { at: '2026-10-27 12:05', done: 'before' },
        { at: '2026-10-27 15:00', date: '2026-11-05 12:00' },
      ],
      [
        'done confirm-before for Thu 29 Oct 12:00, due Tue 27 Oct 12:00',
        'open confirm-before for Thu 5 Nov 12:00, due Tue 3 Nov 12:00',
        'open confirm-day for Thu 5 Nov 12:00, due Thu 5 Nov 09:00',
      ],
    ],
    [
      'moved earlier: the old pending ones go; none is born overdue',
      [
        { at: '2026-10-26 10:00', date: '2026-11-05 12:00' },
        { at: '2026-10-27 10:00', date: '2026-10-28 12:00' },
      ],
      ['open confirm-day for Wed 28 Oct 12:00, due Wed 28 Oct 09:00'],
    ],
    [
      'moved to later the same day, after the morning confirmation fell due: one "confirm today" soon',
      [
        { at: '2026-10-26 10:00', date: '2026-10-29 12:00' },
        { at: '2026-10-29 10:00', date: '2026-10-29 18:00' },
      ],
      ['open confirm-day for Thu 29 Oct 18:00, due Thu 29 Oct 10:30'],
    ],
    [
      'cancelled: pending ones removed, done ones kept in the history',
      [
        { at: '2026-10-26 10:00', date: '2026-10-29 12:00' },
        { at: '2026-10-27 12:05', done: 'before' },
        { at: '2026-10-27 15:00', cancel: true },
      ],
      ['done confirm-before for Thu 29 Oct 12:00, due Tue 27 Oct 12:00'],
    ],
  ] as const)('%s', (_, steps, expected) => {
    expect(live(NY, steps)).toEqual(expected);
  });
});
