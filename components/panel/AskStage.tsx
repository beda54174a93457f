import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Commitment, Meeting } from '../../lib/model';
import { formatWhen, fromLocalInput } from '../../lib/dates';
import type { PanelApi } from './api';
import { Choice, TextField } from './fields';

interface Props {
  draft: Meeting;
  commitments: Commitment[];
  timeZone: string;
  update(patch: Partial<Meeting>): void;
  api: PanelApi;
  onNext(): void;
}

/** The ask, their answer, what was learned, and the commitments made both ways. */
export function AskStage({ draft, commitments, timeZone, update, api, onNext }: Props) {
  const mine = commitments.filter((c) => c.meetingId === draft.id);
  // Start from the best-fit ask prepared beforehand.
  useEffect(() => {
    if (!draft.ask && draft.prep.asks[0]) update({ ask: draft.prep.asks[0] });
  }, []);
  return (
    <div class="occ-stage-body">
      <TextField
        label="The ask"
        value={draft.ask}
        onChange={(ask) => update({ ask })}
        hint="Specific: an action, a date and time, and a goal."
      />
      <Choice
        label="Their answer"
        value={draft.answer}
        onChange={(answer) => update({ answer: answer as Meeting['answer'] })}
        options={[
          ['yes', 'Clear yes'],
          ['ambivalent', 'Ambivalent'],
          ['no', 'No'],
        ]}
      />
      {draft.answer === 'ambivalent' ? <p class="occ-hint">An unsure answer often means going back to what is at stake for them.</p> : null}
      {draft.answer === 'no' ? <p class="occ-hint">A no is not a failure: maybe the wrong ask or the wrong time. End well.</p> : null}
      <TextField label="What you learned (about them, the neighbourhood, the strategy)" multiline value={draft.learned} onChange={(learned) => update({ learned })} />
      <h4 class="occ-subhead">Commitments from this 1:1</h4>
      {mine.length ? (
        <ul class="occ-list">
          {mine.map((c) => (
            <li key={c.id}>
              {c.direction === 'theirs' ? 'They' : 'You'}: {c.what}
              {c.goal ? ` (${c.goal})` : ''}, by {formatWhen(c.dueAt, timeZone)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="occ-muted">None yet.</p>
      )}
      <CommitmentForm meetingId={draft.id} timeZone={timeZone} api={api} />
      <button type="button" class="occ-button occ-button--primary" onClick={onNext}>
        Go to the report
      </button>
    </div>
  );
}

function CommitmentForm({ meetingId, timeZone, api }: { meetingId: string; timeZone: string; api: PanelApi }) {
  const empty = { direction: 'theirs', what: '', due: '', goal: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState('');
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await api
      .saveCommitment({
        meetingId,
        direction: form.direction,
        what: form.what,
        goal: form.goal,
        dueAt: fromLocalInput(form.due, timeZone),
      })
      .catch((error: Error) => ({ ok: false as const, errors: { form: t('data.commitmentSaveFailed', [error.message]) } }));
    if (!result.ok) {
      setErrors(result.errors);
      setSaved('');
      return;
    }
    setErrors({});
    setSaved(`Saved: ${result.commitment.what}`);
    setForm({ ...empty, direction: form.direction });
  };

  // A refusal that names no field shown above (or no field at all) still says why.
  const general = Object.entries(errors).find(([field]) => !['what', 'dueAt', 'goal'].includes(field))?.[1];
  return (
    <form class="occ-card" onSubmit={submit} aria-label="Add a commitment" noValidate>
      <Choice
        label="Whose commitment?"
        value={form.direction}
        onChange={(direction) => set({ direction })}
        options={[
          ['theirs', 'Theirs'],
          ['mine', 'Mine (my promise)'],
        ]}
      />
      <TextField label="What will be done" value={form.what} onChange={(what) => set({ what })} error={errors.what} />
      <TextField label="Due" type="datetime-local" value={form.due} onChange={(due) => set({ due })} error={errors.dueAt} />
      <TextField
        label={form.direction === 'theirs' ? 'Goal (what it is for, or how many)' : 'Goal (optional)'}
        value={form.goal}
        onChange={(goal) => set({ goal })}
        error={errors.goal}
      />
      {general ? (
        <p class="occ-field-error" role="alert">
          {general}
        </p>
      ) : null}
      <button type="submit" class="occ-button">
        Add commitment
      </button>
      <p class="occ-status" role="status">
        {saved}
      </p>
    </form>
  );
}
