import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { countHeld, driveProgress, isCurrent } from '../../../lib/rules/drives';
import type { Meeting } from '../../../lib/model';

/** A held 1:1 at this wall-clock time in `zone`. */
function heldAt(zone: string, y: number, mo: number, d: number, h: number, mi = 0): Meeting {
  const at = new TZDate(y, mo - 1, d, h, mi, zone).getTime();
  return { id: `${zone}-${at}`, status: 'held', startedAt: at, createdAt: at - 86_400_000 } as Meeting;
}
const at = (zone: string, y: number, mo: number, d: number, h = 12) => new TZDate(y, mo - 1, d, h, 0, zone).getTime();

const NOVEMBER = { startDate: '2026-11-01', endDate: '2026-11-30' };

describe('counting a drive’s held 1:1s in the organizer’s zone', () => {
  it('counts a 1:1 held late on the last day of the month, though it is the next month in UTC', () => {
    const la = 'America/Los_Angeles';
    const late = heldAt(la, 2026, 11, 30, 23, 30); // 07:30 UTC on Dec 1
    expect(new Date(late.startedAt!).toISOString()).toMatch(/^2026-12-01/);
    expect(countHeld([late], NOVEMBER, la)).toBe(1);
    // The same instant, for an organizer in Europe, falls on Dec 1: not in November's drive.
    expect(countHeld([late], NOVEMBER, 'Europe/Madrid')).toBe(0);
  });

  it('counts a 1:1 held just after midnight on the first day, though it is still the previous month in UTC', () => {
    const tokyo = 'Asia/Tokyo';
    const early = heldAt(tokyo, 2026, 11, 1, 0, 15); // 15:15 UTC on Oct 31
    expect(countHeld([early], NOVEMBER, tokyo)).toBe(1);
    expect(countHeld([early], NOVEMBER, 'UTC')).toBe(0);
  });

  it('counts only held 1:1s, by when they were held', () => {
    const zone = 'UTC';
    const planned = { ...heldAt(zone, 2026, 11, 10, 10), status: 'planned' } as Meeting;
    const cancelled = { ...heldAt(zone, 2026, 11, 10, 10), status: 'cancelled' } as Meeting;
    const before = heldAt(zone, 2026, 10, 31, 23, 59);
    const after = heldAt(zone, 2026, 12, 1, 0, 0);
    expect(countHeld([planned, cancelled, before, after, heldAt(zone, 2026, 11, 15, 9)], NOVEMBER, zone)).toBe(1);
  });

  it('handles a drive over February in a leap year and across a daylight-saving change', () => {
    const ny = 'America/New_York';
    const feb = { startDate: '2028-02-01', endDate: '2028-02-29' };
    expect(countHeld([heldAt(ny, 2028, 2, 29, 22)], feb, ny)).toBe(1);
    // March 2026 in New York: clocks go forward on the 8th; the drive still has 31 days.
    const march = { goal: 31, startDate: '2026-03-01', endDate: '2026-03-31' };
    const p = driveProgress(march, 7, at(ny, 2026, 3, 8, 1), ny);
    expect(p).toMatchObject({ totalDays: 31, daysLeft: 24, status: 'on-track' });
  });
});

describe('drive progress and pace', () => {
  const drive = { goal: 40, ...NOVEMBER };
  const zone = 'America/Chicago';

  it('says "12 of 40, about 4 a week to go" with its pace worked out from the days left', () => {
    // Nov 9: 8 days done, 22 days left (today included); 28 to go is about 9 a week.
    const p = driveProgress(drive, 12, at(zone, 2026, 11, 9), zone);
    expect(p).toMatchObject({ held: 12, goal: 40, remaining: 28, totalDays: 30, daysLeft: 22, perWeek: 9, status: 'on-track' });
    // A ten-week drive with 12 of 40 after three weeks: about 4 a week for the remaining seven.
    const long = driveProgress({ goal: 40, startDate: '2026-09-01', endDate: '2026-11-09' }, 12, at(zone, 2026, 9, 22), zone);
    expect(long).toMatchObject({ daysLeft: 49, perWeek: 4, status: 'on-track' });
  });

  it('is on track on the first day with nothing held, and behind once a whole 1:1 short of the straight line', () => {
    expect(driveProgress(drive, 0, at(zone, 2026, 11, 1, 8), zone).status).toBe('on-track');
    // Half way (15 of 30 days done) the line is at 20: 20 is on track, 19 is behind.
    expect(driveProgress(drive, 20, at(zone, 2026, 11, 16), zone).status).toBe('on-track');
    expect(driveProgress(drive, 19, at(zone, 2026, 11, 16), zone).status).toBe('behind');
    // A day later the line is at 21.33: a fraction short is still on track.
    expect(driveProgress(drive, 21, at(zone, 2026, 11, 17), zone).status).toBe('on-track');
  });

  it('uses the organizer’s day, not UTC’s, to know how far the drive has gone', () => {
    // 02:00 UTC on Nov 16 is still Nov 15 in Chicago: 14 days done, so the line is at 18.67.
    const instant = Date.UTC(2026, 10, 16, 2, 0);
    expect(driveProgress(drive, 18, instant, zone).status).toBe('on-track');
    expect(driveProgress(drive, 18, instant, 'UTC').status).toBe('behind');
  });

  it('gives no weekly pace in the last week: the rest is due by the end', () => {
    const p = driveProgress(drive, 35, at(zone, 2026, 11, 27), zone);
    expect(p).toMatchObject({ daysLeft: 4, remaining: 5, status: 'on-track' });
    expect(p.perWeek).toBeUndefined();
  });

  it('is met as soon as the goal is reached, and after the end is met or missed', () => {
    expect(driveProgress(drive, 40, at(zone, 2026, 11, 20), zone).status).toBe('met');
    expect(driveProgress(drive, 41, at(zone, 2026, 12, 3), zone)).toMatchObject({ status: 'met', remaining: 0, daysLeft: 0 });
    expect(driveProgress(drive, 39, at(zone, 2026, 12, 1, 0), zone)).toMatchObject({ status: 'missed', remaining: 1 });
    // 23:00 on the last day in Chicago is already December in UTC, but the drive still runs.
    expect(driveProgress(drive, 37, at(zone, 2026, 11, 30, 23), zone)).toMatchObject({ status: 'behind', daysLeft: 1 });
  });

  it('has not started before its first day, with the pace it will need', () => {
    expect(driveProgress(drive, 0, at(zone, 2026, 10, 31, 23), zone)).toMatchObject({ status: 'upcoming', daysLeft: 30, perWeek: 10 });
    expect(isCurrent(drive, at(zone, 2026, 10, 31, 23), zone)).toBe(false);
    expect(isCurrent(drive, at(zone, 2026, 11, 30, 23), zone)).toBe(true);
  });

  it('treats a one-day drive as one day', () => {
    const day = { goal: 5, startDate: '2026-12-31', endDate: '2026-12-31' };
    expect(driveProgress(day, 2, at('Pacific/Auckland', 2026, 12, 31, 9), 'Pacific/Auckland')).toMatchObject({ totalDays: 1, daysLeft: 1, status: 'on-track' });
    expect(driveProgress(day, 2, at('Pacific/Auckland', 2027, 1, 1, 0), 'Pacific/Auckland').status).toBe('missed');
  });
});
