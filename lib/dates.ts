import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, intlFormat } from 'date-fns';

/**
 * Date display and input in the organizer's time zone. Small on purpose: it ships in the
 * content script. Formatting goes through Intl (via date-fns) so it follows the browser locale.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** "Sat, Nov 7, 3:00 PM" in the given zone and the browser's locale. */
export function formatWhen(ms: number, timeZone: string): string {
  return intlFormat(new Date(ms), { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone } as Intl.DateTimeFormatOptions);
}

/** formatWhen, with the year when it is not this year in the zone ("Tue, Mar 3, 2020, 3:00 PM"). */
export function formatWhenNear(ms: number, now: number, timeZone: string): string {
  if (new TZDate(ms, timeZone).getFullYear() === new TZDate(now, timeZone).getFullYear()) return formatWhen(ms, timeZone);
  return intlFormat(new Date(ms), { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone } as Intl.DateTimeFormatOptions);
}

/** "Nov 7, 2026" */
export function formatDay(ms: number, timeZone: string): string {
  return intlFormat(new Date(ms), { year: 'numeric', month: 'short', day: 'numeric', timeZone } as Intl.DateTimeFormatOptions);
}

/** The value of a datetime-local input showing `ms` in `timeZone`. */
export function toLocalInput(ms: number | undefined, timeZone: string): string {
  if (ms === undefined) return '';
  const d = new TZDate(ms, timeZone);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads a datetime-local value as a time in `timeZone`; undefined when empty or invalid. */
export function fromLocalInput(value: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const time = new TZDate(y, mo - 1, d, h, mi, timeZone).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/** "today", "tomorrow", "in 3 days", "2 days ago", by calendar days in the zone. */
export function relativeDay(ms: number, now: number, timeZone: string): string {
  const days = differenceInCalendarDays(new TZDate(ms, timeZone), new TZDate(now, timeZone));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
