import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, CommitmentStatus } from '../../lib/model';
import { formatWhenNear, fromLocalInput, toLocalInput } from '../../lib/dates';
import { LIMITS } from '../../lib/limits';
import { t } from '../../lib/i18n';
import type { PanelApi, RemovedCommitment } from './api';
import { TextField } from './fields';
import { messageOf } from '../../lib/error-message';

/**
 * Commitments both ways: a list where each can be marked, edited or removed (removal offers
 * undo in the same place), and the form that adds or edits one. A due date in the past is
 * asked about before it is saved; a date outside this year shows its year.
 */

interface ListProps {
  commitments: Commitment[];
  timeZone: string;
  now: number;
  api: PanelApi;
  /** Shown when there are none. */
  empty: string;
  onCalendar?(commitment: Commitment): void;
  /** Offer Kept / Missed (open commitments outside a 1:1 in progress). */
  marking?: boolean;
}

export function CommitmentList({ commitments, timeZone, now, api, empty, onCalendar, marking }: ListProps) {
  const [editing, setEditing] = useState<string>();
  const [removed, setRemoved] = useState<RemovedCommitment[]>([]);
  const [problem, setProblem] = useState('');
  /** Where focus goes after the list changes under it: an undo button, or a restored item. */
  const [focusId, setFocusId] = useState<string>();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!focusId) return;
    const target = list.current?.querySelector<HTMLElement>(`[data-commitment="${CSS.escape(focusId)}"]`);
    if (target) {
      target.focus();
      setFocusId(undefined);
    }
  });

  const act = async (work: () => Promise<void>) => {
    setProblem('');
    try {
      await work();
    } catch (cause) {
      setProblem(t('panel.commitments.failed', [messageOf(cause)]));
    }
  };
  const remove = (c: Commitment) =>
    act(async () => {
      const gone = await api.deleteCommitment(c.id);
      setRemoved((r) => [...r.filter((x) => x.commitment.id !== c.id), gone]);
      setFocusId(`undo:${c.id}`);
    });
  const undo = (gone: RemovedCommitment) =>
    act(async () => {
      await api.restoreCommitment(gone);
      setRemoved((r) => r.filter((x) => x.commitment.id !== gone.commitment.id));
      setFocusId(`edit:${gone.commitment.id}`);
    });
  const mark = (c: Commitment, status: CommitmentStatus) => act(() => api.setCommitmentStatus(c.id, status));

  const shown = new Set(commitments.map((c) => c.id));
  const rows = [
    ...commitments.map((c) => ({ c, gone: undefined as RemovedCommitment | undefined })),
    ...removed.filter((r) => !shown.has(r.commitment.id)).map((gone) => ({ c: gone.commitment, gone })),
  ].sort((a, b) => a.c.dueAt - b.c.dueAt);

  return (
    <>
      {rows.length === 0 ? <p class="occ-muted">{empty}</p> : null}
      <ul class="occ-list" ref={list}>
        {rows.map(({ c, gone }) =>
          gone ? (
            <li key={c.id} class="occ-item occ-item--removed">
              <span>{t('panel.commitments.removed', [c.what])}</span>
              <button type="button" class="occ-icon-button" data-commitment={`undo:${c.id}`} aria-label={t('panel.commitments.undoLabel', [c.what])} onClick={() => void undo(gone)}>
                {t('panel.undo')}
              </button>
            </li>
          ) : editing === c.id ? (
            <li key={c.id} class="occ-item occ-item--editing">
              <CommitmentForm
                initial={c}
                meetingId={c.meetingId}
                timeZone={timeZone}
                now={now}
                api={api}
                onDone={() => {
                  setEditing(undefined);
                  setFocusId(`edit:${c.id}`);
                }}
              />
            </li>
          ) : (
            <li key={c.id} class="occ-item occ-item--commitment">
              <span class="occ-item__text">
                <strong>{c.direction === 'theirs' ? t('panel.commitments.they') : t('panel.commitments.you')}</strong> {c.what}
                {c.goal ? ` (${c.goal})` : ''}
                <br />
                <span class="occ-muted">{t('panel.commitments.due', [formatWhenNear(c.dueAt, now, timeZone)])}</span>
                {c.status === 'open' && c.dueAt < now ? <strong class="occ-badge"> {t('panel.overdue')}</strong> : null}
                {c.status !== 'open' ? <span class="occ-muted"> · {statusLabel(c)}</span> : null}
              </span>
              <span class="occ-actions occ-actions--wrap">
                {marking ? (
                  <>
                    <button type="button" class="occ-icon-button" aria-label={t(c.direction === 'mine' ? 'panel.commitments.doneLabel' : 'panel.commitments.keptLabel', [c.what])} onClick={() => void mark(c, 'kept')}>
                      {c.direction === 'mine' ? t('panel.commitments.done') : t('panel.commitments.kept')}
                    </button>
                    <button type="button" class="occ-icon-button" aria-label={t('panel.commitments.missedLabel', [c.what])} onClick={() => void mark(c, 'missed')}>
                      {t('panel.commitments.missed')}
                    </button>
                  </>
                ) : null}
                {onCalendar ? (
                  <button type="button" class="occ-icon-button" aria-label={t('panel.commitments.calendarLabel', [c.what])} onClick={() => onCalendar(c)}>
                    {t('panel.commitments.calendar')}
                  </button>
                ) : null}
                <button type="button" class="occ-icon-button" data-commitment={`edit:${c.id}`} aria-label={t('panel.commitments.editLabel', [c.what])} onClick={() => setEditing(c.id)}>
                  {t('panel.commitments.edit')}
                </button>
                <button type="button" class="occ-icon-button" aria-label={t('panel.commitments.removeLabel', [c.what])} onClick={() => void remove(c)}>
                  {t('panel.commitments.remove')}
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      {problem ? (
        <p class="occ-field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

function statusLabel(c: Commitment): string {
  if (c.status === 'kept') return c.direction === 'mine' ? t('panel.commitments.statusDone') : t('panel.commitments.statusKept');
  if (c.status === 'missed') return t('panel.commitments.statusMissed');
  return t('panel.commitments.statusDropped');
}

interface FormProps {
  /** Editing this commitment; adding a new one when absent. */
  initial?: Commitment;
  meetingId?: string;
  timeZone: string;
  now: number;
  api: PanelApi;
  /** After a save (or Cancel, when editing). */
  onDone?(): void;
  /** Marks the first field as the one focus moves to when its step opens. */
  focusFirst?: boolean;
}

/**
 * Adds a commitment either way with one button each ("Add their commitment", "Add my promise"),
 * or edits one. What, by when and (for theirs) what it is for are checked by the background;
 * each problem shows beside its field.
 */
export function CommitmentForm({ initial, meetingId, timeZone, now, api, onDone, focusFirst }: FormProps) {
  const blank = { what: '', due: '', goal: '' };
  const [form, setForm] = useState(initial ? { what: initial.what, due: toLocalInput(initial.dueAt, timeZone), goal: initial.goal } : blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState('');
  /** A past due date waiting for "Save with this date". */
  const [pastFor, setPastFor] = useState<'theirs' | 'mine'>();
  const set = (patch: Partial<typeof form>) => {
    setForm({ ...form, ...patch });
    setPastFor(undefined);
  };

  const submit = async (direction: 'theirs' | 'mine', confirmedPast = false) => {
    const dueAt = fromLocalInput(form.due, timeZone);
    if (dueAt !== undefined && dueAt < Date.now() && !confirmedPast && dueAt !== initial?.dueAt) {
      setPastFor(direction);
      return;
    }
    setPastFor(undefined);
    const result = await api.saveCommitment({ id: initial?.id, meetingId, direction, what: form.what, goal: form.goal, dueAt });
    if (!result.ok) {
      setErrors(result.errors);
      setSaved('');
      return;
    }
    setErrors({});
    setSaved(t('panel.commitments.saved', [result.commitment.what]));
    if (!initial) setForm(blank);
    onDone?.();
  };

  const direction = initial?.direction;
  const label = initial ? t('panel.commitments.editForm', [initial.what]) : t('panel.commitments.addForm');
  const tooLong = form.what.length > LIMITS.short || form.goal.length > LIMITS.short;
  return (
    <form class="occ-card" aria-label={label} noValidate onSubmit={(e) => (e.preventDefault(), void submit(direction ?? 'theirs'))}>
      <TextField label={t('panel.commitments.what')} value={form.what} onChange={(what) => set({ what })} error={errors.what} limit={LIMITS.short} focusFirst={focusFirst} />
      <TextField label={t('panel.commitments.dueLabel')} type="datetime-local" value={form.due} onChange={(due) => set({ due })} error={errors.dueAt} />
      <TextField label={t('panel.commitments.goal')} value={form.goal} onChange={(goal) => set({ goal })} error={errors.goal} hint={t('panel.commitments.goalHint')} limit={LIMITS.short} />
      {pastFor ? (
        <div class="occ-confirm" role="alert">
          <p>{t('panel.commitments.pastDue', [formatWhenNear(fromLocalInput(form.due, timeZone) ?? 0, now, timeZone)])}</p>
          <div class="occ-row">
            <button type="button" class="occ-button occ-button--primary" onClick={() => void submit(pastFor, true)}>
              {t('panel.commitments.savePast')}
            </button>
          </div>
        </div>
      ) : null}
      <div class="occ-row">
        {initial ? (
          <>
            <button type="submit" class="occ-button occ-button--primary" disabled={tooLong}>
              {t('panel.commitments.saveChanges')}
            </button>
            <button type="button" class="occ-button" onClick={() => onDone?.()}>
              {t('panel.commitments.cancelEdit')}
            </button>
          </>
        ) : (
          <>
            <button type="button" class="occ-button" disabled={tooLong} onClick={() => void submit('theirs')}>
              {t('panel.commitments.addTheirs')}
            </button>
            <button type="button" class="occ-button" disabled={tooLong} onClick={() => void submit('mine')}>
              {t('panel.commitments.addMine')}
            </button>
          </>
        )}
      </div>
      <p class="occ-status" role="status">
        {saved}
      </p>
    </form>
  );
}
