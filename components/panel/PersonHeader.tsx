import { useEffect, useRef, useState } from 'preact/hooks';
import type { Person } from '../../lib/model';
import { t } from '../../lib/i18n';
import { TextField } from './fields';
import { errorText } from './error-text';

interface Props {
  person: Person;
  crmLabel: string;
  /** Keeps the organizer's correction of a misread name; absent: the name cannot be corrected here. */
  onCorrectName?(name: string): Promise<void>;
}

/** Name and ways to reach the person. Page text is rendered as text, never as markup. */
export function PersonHeader({ person, crmLabel, onCorrectName }: Props) {
  const [editing, setEditing] = useState(false);
  const correctButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    // Back where the organizer was, once the button is drawn again.
    setTimeout(() => correctButton.current?.focus());
  };
  return (
    <section class="occ-person" aria-labelledby="occ-person-name">
      <h2 id="occ-person-name" class="occ-person__name">
        {person.name || t('panel.person.unnamed')}
      </h2>
      {onCorrectName && editing ? (
        <NameCorrection
          name={person.name}
          onCancel={close}
          onSave={async (name) => {
            await onCorrectName(name);
            close();
          }}
        />
      ) : null}
      {onCorrectName && !editing ? (
        <button ref={correctButton} type="button" class="occ-link" onClick={() => setEditing(true)}>
          {t('recognition.correct.button')}
        </button>
      ) : null}
      {person.nameFromPage !== undefined ? (
        <p class="occ-hint">
          {t('recognition.correct.corrected', [person.nameFromPage])}{' '}
          {onCorrectName ? (
            <button type="button" class="occ-link" onClick={() => void onCorrectName('')}>
              {t('recognition.correct.usePage')}
            </button>
          ) : null}
        </p>
      ) : null}
      <p class="occ-person__meta">
        {crmLabel} · {person.account}
      </p>
      <ul class="occ-person__contact">
        {person.email ? (
          person.emailOptedOut ? (
            <li class="occ-person__email--opted-out">
              <s>{person.email}</s> <strong class="occ-badge">{t('recognition.email.optedOut')}</strong>
            </li>
          ) : (
            <li>{person.email}</li>
          )
        ) : null}
        {person.phone ? <li>{person.phone}</li> : null}
        {!person.email && !person.phone ? <li>{t('panel.person.noContact')}</li> : null}
      </ul>
      {person.crmId ? null : (
        <p class="occ-hint">{t('panel.person.byEmail', [crmLabel])}</p>
      )}
    </section>
  );
}

/** A small form to put the right name in place of a misread one. */
function NameCorrection({ name, onSave, onCancel }: { name: string; onSave(name: string): Promise<void>; onCancel(): void }) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('input')?.select();
  }, []);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      setError('');
      await onSave(value);
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  return (
    <form ref={form} class="occ-name-correction" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} noValidate>
      <TextField label={t('recognition.correct.label')} value={value} onChange={setValue} error={error || undefined} />
      <span class="occ-actions">
        <button type="submit" class="occ-button occ-button--primary">
          {t('recognition.correct.save')}
        </button>
        <button type="button" class="occ-button" onClick={onCancel}>
          {t('recognition.correct.cancel')}
        </button>
      </span>
    </form>
  );
}
