import { useState } from 'preact/hooks';
import type { PersonRef } from '../../lib/model';
import type { ReadFailure } from '../../lib/crm/types';
import { t } from '../../lib/i18n';
import { TextField } from './fields';
import { NoPerson } from './NoPerson';
import { problemText } from './read-problem';
import { errorText } from './error-text';

interface Props {
  found: Partial<PersonRef>;
  problem: string;
  /** The adapter's whole answer: words its problem, and tells a page that shows no one. */
  read?: ReadFailure;
  crmLabel: string;
  /** Opens the panel on the person as entered; rejects with a message when it is not enough. */
  onConfirm(person: { name: string; email?: string }): Promise<void>;
}

/**
 * When the page could not be read (the CRM changed its pages, or shows too little), say so, show
 * what was found, and let the organizer name the person themselves. When the page shows no one
 * (an error or "not found" page), say that instead, and offer the form only if asked.
 */
export function ManualPerson({ found, problem, read, crmLabel, onConfirm }: Props) {
  const [doubted, setDoubted] = useState(false);
  if (read?.noPerson && !doubted) return <NoPerson read={read} onShowForm={() => setDoubted(true)} />;
  return <PersonForm found={found} problem={read?.problemCode ? problemText(read, crmLabel) : problem} crmLabel={crmLabel} onConfirm={onConfirm} />;
}

function PersonForm({ found, problem, crmLabel, onConfirm }: Omit<Props, 'read'>) {
  const [name, setName] = useState(found.name ?? '');
  const [email, setEmail] = useState(found.email ?? '');
  const [error, setError] = useState('');
  const facts: [string, string | undefined][] = [
    [t('panel.manual.factName'), found.name],
    [t('panel.manual.factEmail'), found.email],
    [t('panel.manual.factPhone'), found.phone],
    [t('panel.manual.factId', [crmLabel]), found.crmId],
    [t('panel.manual.factAccount'), found.account],
  ];
  const shown = facts.filter(([, value]) => value);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('panel.manual.needName'));
    if (!found.crmId && !email.trim()) return setError(t('panel.manual.needEmail'));
    try {
      setError('');
      await onConfirm({ name: name.trim(), ...(email.trim() ? { email: email.trim() } : {}) });
    } catch (cause) {
      setError(errorText(cause));
    }
  };

  return (
    // noValidate: our messages (and the background's) say what is wrong, in the panel's words.
    <form class="occ-section" onSubmit={submit} aria-labelledby="occ-manual" noValidate>
      <h2 id="occ-manual" class="occ-person__name">
        {t('panel.manual.title')}
      </h2>
      <p class="occ-error" role="alert">
        {t('panel.manual.notIdentified', [crmLabel])} {problem}
      </p>
      {shown.length ? (
        <>
          <p class="occ-subhead">{t('panel.manual.found')}</p>
          <dl class="occ-facts">
            {shown.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p class="occ-muted">{t('panel.manual.nothingFound')}</p>
      )}
      <TextField label={t('panel.manual.name')} value={name} onChange={setName} />
      <TextField
        label={t('panel.manual.email')}
        type="email"
        value={email}
        onChange={setEmail}
        hint={found.crmId ? t('panel.manual.emailOptional') : t('panel.manual.emailNeeded')}
      />
      {error ? (
        <p class="occ-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="occ-button occ-button--primary">
        {t('panel.manual.submit')}
      </button>
    </form>
  );
}
