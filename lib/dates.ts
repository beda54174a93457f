import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { uiLanguage } from './i18n';

/**
 * Date display and input in the organizer's time zone, in the interface language. This is the
 * one place that picks the date-fns locale and the patterns: every date the product shows is
 * formatted here.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Patterns per language. Times use the locale's own (`p`: "3:00 PM", "15:00"). Spanish spells the
 * month out and joins with "de", as Spanish prose does ("sáb 7 de noviembre, 15:00").
 */
const PATTERNS = {
  en: { when: 'EEE, MMM d, p', whenYear: 'EEE, MMM d, yyyy, p', day: 'MMM d, yyyy', month: 'MMM yyyy' },
  es: { when: "EEE d 'de' MMMM, p", whenYear: "EEE d 'de' MMMM 'de' yyyy, p", day: "d 'de' MMMM 'de' yyyy", month: "MMMM 'de' yyyy" },
} as const;

/** The date-fns locale of the interface language. */
export function dateLocale(): Locale {
  return uiLanguage() === 'es' ? es : enUS;
}

function show(ms: number, timeZone: string, pattern: keyof (typeof PATTERNS)['en']): string {
  const lang = uiLanguage();
  return format(new TZDate(ms, timeZone || undefined), PATTERNS[lang][pattern], { locale: dateLocale() });
}

/** "Sat, Nov 7, 3:00 PM" / "sáb 7 de noviembre, 15:00" in the given zone. */
export function formatWhen(ms: number, timeZone: string): string {
  return show(ms, timeZone, 'when');
}

/** formatWhen, with the year when it is not this year in the zone ("Tue, Mar 3, 2020, 3:00 PM"). */
export function formatWhenNear(ms: number, now: number, timeZone: string): string {
  if (new TZDate(ms, timeZone || undefined).getFullYear() === new TZDate(now, timeZone || undefined).getFullYear()) return formatWhen(ms, timeZone);
  return show(ms, timeZone, 'whenYear');
}

/** "Nov 7, 2026" / "7 de noviembre de 2026" */
export function formatDay(ms: number, timeZone: string): string {
  return show(ms, timeZone, 'day');
}

/** A calendar day "2026-11-30" as formatDay shows it (a day, so no zone can move it). */
export function formatCalendarDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return show(Date.UTC(y, m - 1, d, 12), 'UTC', 'day');
}

/** A month "2026-11" as "Nov 2026" / "noviembre de 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return show(Date.UTC(y, m - 1, 15), 'UTC', 'month');
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
