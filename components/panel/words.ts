import { uiLanguage } from '../../lib/i18n';

/** "a date, a goal and the action", joined the way the interface language joins lists. */
export function listOf(items: string[]): string {
  try {
    return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
