import type { Drive } from '../../lib/model';
import type { DriveProgress } from '../../lib/rules/drives';
import { t } from '../../lib/i18n';
import { formatCalendarDay } from '../../lib/dates';

export { formatCalendarDay };

export function driveName(drive: Pick<Drive, 'name'>): string {
  return drive.name.trim() || t('team.drive.unnamed');
}

export function driveDates(drive: Pick<Drive, 'startDate' | 'endDate'>): string {
  return t('team.drive.dates', [formatCalendarDay(drive.startDate), formatCalendarDay(drive.endDate)]);
}

/** "12 of 40, about 4 a week to go; on track" and its siblings, one whole sentence per case. */
export function progressText(p: DriveProgress, drive: Pick<Drive, 'startDate' | 'endDate'>): string {
  const held = String(p.held);
  const goal = String(p.goal);
  const end = formatCalendarDay(drive.endDate);
  switch (p.status) {
    case 'met':
      return t('team.drive.met', [held, goal]);
    case 'missed':
      return t('team.drive.missed', [held, goal]);
    case 'upcoming':
      return p.perWeek !== undefined
        ? t('team.drive.upcoming', [formatCalendarDay(drive.startDate), goal, String(p.perWeek)])
        : t('team.drive.upcomingShort', [formatCalendarDay(drive.startDate), goal, end]);
    case 'on-track':
      return p.perWeek !== undefined ? t('team.drive.onTrack', [held, goal, String(p.perWeek)]) : t('team.drive.onTrackLastWeek', [held, goal, String(p.remaining), end]);
    case 'behind':
      return p.perWeek !== undefined ? t('team.drive.behind', [held, goal, String(p.perWeek)]) : t('team.drive.behindLastWeek', [held, goal, String(p.remaining), end]);
  }
}
