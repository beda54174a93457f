import { TZDate } from '@date-fns/tz';
import { addDays, setHours, setMinutes, startOfDay } from 'date-fns';
import type { Settings } from '../model';

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * When quiet hours hold notifications at `now`, the time they end; otherwise undefined.
 * Works for windows that cross midnight (21:00 to 08:00) in the organizer's time zone.
 */
export function quietUntil(now: number, quiet: Settings['quietHours'], timeZone: string): number | undefined {
  if (!quiet.enabled || quiet.start === quiet.end) return undefined;
  const local = new TZDate(now, timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return undefined;
  const endDay = start < end || minute < end ? startOfDay(local) : addDays(startOfDay(local), 1);
  return setMinutes(setHours(endDay, Math.floor(end / 60)), end % 60).getTime();
}
