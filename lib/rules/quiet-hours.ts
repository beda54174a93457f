import { TZDate } from '@date-fns/tz';
import { addDays, setHours, setMinutes, startOfDay, subDays } from 'date-fns';
import type { Settings } from '../model';

type Quiet = Settings['quietHours'];

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const at = (day: Date, minutes: number) => setMinutes(setHours(day, Math.floor(minutes / 60)), minutes % 60).getTime();

/**
 * The quiet period that holds `ms`, if any: when it began and when it ends. Works for windows
 * that cross midnight (21:00 to 08:00), in the organizer's time zone.
 */
export function quietSpan(ms: number, quiet: Quiet, timeZone: string): { start: number; end: number } | undefined {
  if (!quiet.enabled || quiet.start === quiet.end) return undefined;
  const local = new TZDate(ms, timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return undefined;
  const today = startOfDay(local);
  if (start < end) return { start: at(today, start), end: at(today, end) };
  return minute >= start ? { start: at(today, start), end: at(addDays(today, 1), end) } : { start: at(subDays(today, 1), start), end: at(today, end) };
}

/** When quiet hours hold notifications at `now`, the time they end; otherwise undefined. */
export function quietUntil(now: number, quiet: Quiet, timeZone: string): number | undefined {
  return quietSpan(now, quiet, timeZone)?.end;
}

/** A due time moved out of quiet hours, to their end: reminders land in working hours. */
export function intoWorkingHours(ms: number, quiet: Quiet, timeZone: string): number {
  return quietSpan(ms, quiet, timeZone)?.end ?? ms;
}
