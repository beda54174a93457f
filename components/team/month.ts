import { intlFormat } from 'date-fns';

/** "Nov 2026" for "2026-11", in the browser's language. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return intlFormat(new Date(Date.UTC(y, m - 1, 15)), { month: 'short', year: 'numeric', timeZone: 'UTC' } as Intl.DateTimeFormatOptions);
}
