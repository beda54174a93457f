import type { ReadFailure } from '../../lib/crm/types';
import { t } from '../../lib/i18n';
import { problemText } from './read-problem';

interface Props {
  read: ReadFailure;
  /** Offered when the page only said so in words (which can be wrong); an error status is not doubted. */
  onShowForm?(): void;
}

/** An error or "not found" page under a person's address: say that no one is here, and store nothing. */
export function NoPerson({ read, onShowForm }: Props) {
  return (
    <section class="occ-section" aria-labelledby="occ-no-person">
      <h2 id="occ-no-person" class="occ-person__name">
        {t('recognition.noPerson.heading')}
      </h2>
      <p role="status">{problemText(read)}</p>
      <p class="occ-muted">{t('recognition.noPerson.hint')}</p>
      {onShowForm && read.problemCode !== 'http-error' ? (
        <button type="button" class="occ-link" onClick={onShowForm}>
          {t('recognition.noPerson.showForm')}
        </button>
      ) : null}
    </section>
  );
}
