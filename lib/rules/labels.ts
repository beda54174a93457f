import { t } from '../i18n';
import { LadderLevel, type Meeting } from '../model';

/**
 * The ladder of engagement and the answers to the ask, in plain words in the interface
 * language. Functions, not tables: a table filled as the module loads would keep the language
 * (and the messages) of that moment, and modules load before a test or a context sets them.
 * The ladder's words are the CRM note's (writeback.ladder), so both always read the same.
 */
const LADDER: Record<LadderLevel, () => string> = {
  unknown: () => t('panel.report.ladderUnknown'),
  supporter: () => t('writeback.ladder.supporter'),
  attends: () => t('writeback.ladder.attends'),
  volunteers: () => t('writeback.ladder.volunteers'),
  hosts: () => t('writeback.ladder.hosts'),
  leads: () => t('writeback.ladder.leads'),
  recruits: () => t('writeback.ladder.recruits'),
  organizes: () => t('writeback.ladder.organizes'),
};

export const ladderLabel = (level: LadderLevel): string => LADDER[level]();

/** Every rung, lowest first, as [value, label] for a select. */
export const ladderOptions = (): [LadderLevel, string][] => LadderLevel.options.map((level) => [level, ladderLabel(level)]);

const ANSWERS: Record<NonNullable<Meeting['answer']>, () => string> = {
  yes: () => t('panel.ask.yes'),
  ambivalent: () => t('panel.ask.ambivalent'),
  no: () => t('panel.ask.no'),
};

/** Their answer to the ask; '' when none is recorded. */
export const answerLabel = (answer: Meeting['answer']): string => (answer ? ANSWERS[answer]() : '');
