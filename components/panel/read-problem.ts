import type { ReadFailure } from '../../lib/crm/types';
import { t } from '../../lib/i18n';

/** Why the page could not be read, in the organizer's language (adapters name the problem). */
export function problemText(read: Pick<ReadFailure, 'problem' | 'problemCode' | 'problemDetail'>, crmLabel = ''): string {
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
    case 'not-person-page':
      return t('recognition.problem.notPersonPage', [crmLabel]);
    case 'no-id-no-email':
      return t('recognition.problem.noIdNoEmail');
    case 'stale':
      return t('recognition.problem.stale');
    case 'read-failed':
      return t('recognition.problem.readFailed', [detail]);
    default:
      return read.problem;
  }
}
