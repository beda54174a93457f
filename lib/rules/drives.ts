import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import type { Drive, Meeting } from '../model';
import { dayStart } from './calendar';

/**
 * 1:1 drives: how many 1:1s were held between two days (both included) and what pace the rest
 * needs. Days are calendar days in the organizer's zone, so a 1:1 held at 23:30 on the last day
 * counts, wherever the computer's clock thinks UTC is. Pure: data in, data out.
 */

export type DriveStatus = 'upcoming' | 'on-track' | 'behind' | 'met' | 'missed';

export interface DriveProgress {
  held: number;
  goal: number;
  /** 1:1s still to hold (0 once the goal is met). */
  remaining: number;
  /** Days in the drive, first and last included. */
  totalDays: number;
  /** Days left, today included; the whole drive before it starts, 0 after it ends. */
  daysLeft: number;
  /** Whole 1:1s a week the rest needs; absent with under a week left (then say "by the end"). */
  perWeek?: number;
  status: DriveStatus;
}

/** When a held 1:1 counts as held (the same order the reports use). */
export function heldTime(m: Pick<Meeting, 'startedAt' | 'endedAt' | 'scheduledAt' | 'createdAt'>): number {
  return m.startedAt ?? m.endedAt ?? m.scheduledAt ?? m.createdAt;
}

/** The calendar day of `ms` in `timeZone`, as "2026-11-30" (these sort as they read). */
export function dayIn(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), 'yyyy-MM-dd');
}

/** Days from `a` to `b` ("yyyy-MM-dd"), counted on the calendar: no day is 23 or 25 hours here. */
function daysBetween(a: string, b: string): number {
  const at = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new TZDate(y, m - 1, d, 'UTC');
  };
  return differenceInCalendarDays(at(b), at(a));
}

export function inDrive(day: string, drive: Pick<Drive, 'startDate' | 'endDate'>): boolean {
  return day >= drive.startDate && day <= drive.endDate;
}

/** Held 1:1s that fall on a day of the drive, in the organizer's zone. */
export function countHeld(meetings: readonly Meeting[], drive: Pick<Drive, 'startDate' | 'endDate'>, timeZone: string): number {
  // The drive's first and last instants, worked out once: tens of thousands of 1:1s are then
  // plain comparisons. The day after the end starts where the drive stops.
  const from = dayStart(drive.startDate, timeZone);
  const [y, m, d] = drive.endDate.split('-').map(Number) as [number, number, number];
  const until = new TZDate(y, m - 1, d + 1, timeZone).getTime();
  let n = 0;
  for (const meeting of meetings) {
    if (meeting.status !== 'held') continue;
    const at = heldTime(meeting);
    if (at >= from && at < until) n++;
  }
  return n;
}

/**
 * Progress and pace at `now`. On track means less than one whole 1:1 short of a straight line
 * from nothing at the start of the first day to the goal at the end of the last (days done
 * before today count): a drive that starts today is on track with none held yet.
 */
export function driveProgress(drive: Pick<Drive, 'goal' | 'startDate' | 'endDate'>, held: number, now: number, timeZone: string): DriveProgress {
  const totalDays = daysBetween(drive.startDate, drive.endDate) + 1;
  const today = dayIn(now, timeZone);
  const remaining = Math.max(0, drive.goal - held);
  const base = { held, goal: drive.goal, remaining, totalDays };
  const pace = (left: number) => (left >= 7 ? Math.ceil((remaining * 7) / left) : undefined);

  if (today < drive.startDate) return { ...base, daysLeft: totalDays, perWeek: pace(totalDays), status: 'upcoming' };
  if (today > drive.endDate) return { ...base, daysLeft: 0, status: remaining === 0 ? 'met' : 'missed' };
  const elapsed = daysBetween(drive.startDate, today);
  const daysLeft = totalDays - elapsed;
  if (remaining === 0) return { ...base, daysLeft, status: 'met' };
  const expected = (drive.goal * elapsed) / totalDays;
  return { ...base, daysLeft, perWeek: pace(daysLeft), status: held >= Math.floor(expected) ? 'on-track' : 'behind' };
}

/** Drives running today (started, not yet ended) in the organizer's zone. */
export function isCurrent(drive: Pick<Drive, 'startDate' | 'endDate'>, now: number, timeZone: string): boolean {
  return inDrive(dayIn(now, timeZone), drive);
}
