import { t } from './i18n';
import type { FollowUpKind } from './model';
import type { ReminderWords } from './rules/followups';

/** Follow-up titles in the organizer's language, for the rules to put on the records they make. */
export const reminderWords: ReminderWords = {
  confirmBefore: (days) => t('reminders.title.confirmBefore', days),
  confirmDay: () => t('reminders.title.confirmDay'),
  thankYou: () => t('reminders.title.thankYou'),
  writeUp: () => t('reminders.title.writeUp'),
  checkIn: () => t('reminders.title.checkIn'),
  debrief: (name) => t('reminders.title.debrief', [name]),
  referral: (name) => t('reminders.title.referral', [name]),
  reminder: (direction, what) => (direction === 'mine' ? t('reminders.title.reminderMine', [what]) : t('reminders.title.reminderTheirs', [what])),
  check: (direction, what) => (direction === 'mine' ? t('reminders.title.checkMine', [what]) : t('reminders.title.checkTheirs', [what])),
};

const kindLabels: Record<FollowUpKind, () => string> = {
  'thank-you': () => t('reminders.kind.thankYou'),
  confirm: () => t('reminders.kind.confirm'),
  'commitment-reminder': () => t('reminders.kind.commitmentReminder'),
  'commitment-check': () => t('reminders.kind.commitmentCheck'),
  'check-in': () => t('reminders.kind.checkIn'),
  debrief: () => t('reminders.kind.debrief'),
  referral: () => t('reminders.kind.referral'),
  'write-up': () => t('reminders.kind.writeUp'),
  custom: () => t('reminders.kind.custom'),
};

/** Short verbs for each kind of follow-up, as organizers say them. */
export const followUpLabel = (kind: FollowUpKind): string => kindLabels[kind]();
