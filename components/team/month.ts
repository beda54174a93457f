import { intlFormat } from 'date-fns';
import { uiLanguage } from '../../lib/i18n';

/** "Nov 2026" ("nov 2026") for "2026-11", in the interface's language. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return intlFormat(new Date(Date.UTC(y, m - 1, 15)), { month: 'short', year: 'numeric', timeZone: 'UTC' } as Intl.DateTimeFormatOptions, { locale: uiLanguage() });
}
