import { useState } from 'preact/hooks';
import type { PersonRef } from '../../lib/model';
import type { ReadFailure } from '../../lib/crm/types';
import { TextField } from './fields';
import { NoPerson } from './NoPerson';
import { problemText } from './read-problem';

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
  return <PersonForm found={found} problem={read?.problemCode ? problemText(read) : problem} crmLabel={crmLabel} onConfirm={onConfirm} />;
}

function PersonForm({ found, problem, crmLabel, onConfirm }: Omit<Props, 'read'>) {
  const [name, setName] = useState(found.name ?? '');
  const [email, setEmail] = useState(found.email ?? '');
  const [error, setError] = useState('');
  const facts: [string, string | undefined][] = [
    ['Name', found.name],
    ['Email', found.email],
    ['Phone', found.phone],
    [`${crmLabel} id`, found.crmId],
    ['Account', found.account],
  ];
  const shown = facts.filter(([, value]) => value);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError('Enter their name.');
    if (!found.crmId && !email.trim()) return setError('This page gives no id, so enter their email address to tell people apart.');
    try {
      setError('');
      await onConfirm({ name: name.trim(), ...(email.trim() ? { email: email.trim() } : {}) });
    } catch (cause) {
      setError((cause instanceof Error ? cause.message : String(cause)).replace(/^Invalid "getPersonView" request: /, ''));
    }
  };

  return (
    // noValidate: our messages (and the background's) say what is wrong, in the panel's words.
    <form class="occ-section" onSubmit={submit} aria-labelledby="occ-manual" noValidate>
      <h2 id="occ-manual" class="occ-person__name">
        Who is this?
      </h2>
      <p class="occ-error" role="alert">
        The panel could not identify the person on this {crmLabel} page. {problem}
      </p>
      {shown.length ? (
        <>
          <p class="occ-subhead">What the page shows</p>
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
        <p class="occ-muted">Nothing about the person could be read from this page.</p>
      )}
      <TextField label="Their name" value={name} onChange={setName} />
      <TextField label="Their email address" type="email" value={email} onChange={setEmail} hint={found.crmId ? 'Optional.' : 'Needed: it tells people apart.'} />
      {error ? (
        <p class="occ-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="occ-button occ-button--primary">
        Open the panel for this person
      </button>
    </form>
  );
}
