import type { ReadFailure } from '../../lib/crm/types';
import { t } from '../../lib/i18n';

/** Why the page could not be read, in the organizer's language (adapters name the problem). */
export function problemText(read: Pick<ReadFailure, 'problem' | 'problemCode' | 'problemDetail'>): string {
  const detail = read.problemDetail ?? '';
  switch (read.problemCode) {
    case 'no-name':
      return t('recognition.problem.noName');
    case 'title-not-name':
      return t('recognition.problem.titleNotName', [detail]);
    case 'http-error':
      return t('recognition.noPerson.httpError', [detail]);
    case 'not-found':
      return t('recognition.noPerson.notFound', [detail]);
    default:
      return read.problem;
  }
}
