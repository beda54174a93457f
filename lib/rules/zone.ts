import type { Settings } from '../model';

/** The organizer's time zone: the one chosen in settings, else the computer's. */
export function resolveTimeZone(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
