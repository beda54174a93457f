import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, Meeting, TemplateStep } from '../../lib/model';
import { formatWhenNear, fromLocalInput, toLocalInput } from '../../lib/dates';
import { LIMITS } from '../../lib/limits';
import { t } from '../../lib/i18n';
import { listOf } from './words';
import { askMissing, candidateAsks, nextCandidate } from '../../lib/rules/flow';
import type { PanelApi } from './api';
import { Choice, TextField } from './fields';

interface Props {
  draft: Meeting;
  step: TemplateStep;
  commitments: Commitment[];
  timeZone: string;
  now: number;
  api: PanelApi;
  update(patch: Partial<Meeting>): void;
  /** Back to what is at stake for them (an unsure answer). */
  goBack?: { label: string; go(): void };
}

/**
 * The ask, recorded once, in the step where the agenda model makes it. It starts from the best
 * prepared ask; after a no, the next one is offered. Like a commitment it says what, by when
 * and what it is for, and a clear yes becomes their commitment with one button.
 */
export function AskBlock({ draft, step, commitments, timeZone, now, api, update, goBack }: Props) {
  const candidates = candidateAsks(draft.prep.asks);
  // Start from the best-fit ask prepared beforehand.
  useEffect(() => {
    if (!draft.ask.trim() && candidates[0]) update({ ask: candidates[0] });
  }, []);

  const missing = askMissing(draft);
  const recorded = commitments.find((c) => c.meetingId === draft.id && c.direction === 'theirs' && c.what === draft.ask.trim());
  const next = draft.answer === 'no' ? nextCandidate(draft.prep.asks, draft.ask) : undefined;
  const chosen = candidates.indexOf(draft.ask.trim());
  // The button that recorded it goes away: focus stays in the step, on what it became.
  const recordedText = useRef<HTMLParagraphElement>(null);
  const hadButton = useRef(false);
  useEffect(() => {
    if (recorded && hadButton.current && recordedText.current?.ownerDocument && isFocusLost(recordedText.current)) recordedText.current.focus();
    hadButton.current = draft.answer === 'yes' && !recorded;
  });

  return (
    <div class="occ-ask">
      {candidates.length > 1 ? (
        <Choice
          label={t('panel.ask.which')}
          value={chosen >= 0 ? String(chosen) : undefined}
          onChange={(i) => update({ ask: candidates[Number(i)]!, answer: undefined, askDueAt: undefined, askGoal: '' })}
          options={candidates.map((text, i) => [String(i), text] as const)}
        />
      ) : null}
      <TextField
        label={t('panel.ask.label')}
        multiline
        rows={2}
        value={draft.ask}
        onChange={(ask) => update({ ask })}
        hint={t('panel.ask.hint')}
        limit={LIMITS.short}
        focusFirst
      />
      <div class="occ-row occ-row--fields">
        <TextField
          label={t('panel.ask.when')}
          type="datetime-local"
          value={toLocalInput(draft.askDueAt, timeZone)}
          onChange={(value) => update({ askDueAt: fromLocalInput(value, timeZone) })}
        />
        <TextField label={t('panel.ask.goal')} value={draft.askGoal} onChange={(askGoal) => update({ askGoal })} limit={LIMITS.short} />
      </div>
      <Choice
        label={t('panel.ask.answer')}
        value={draft.answer}
        onChange={(answer) => update({ answer: answer as Meeting['answer'] })}
        hint={step.green || step.yellow ? t('panel.ask.signals', [step.green ?? '', step.yellow ?? '']) : undefined}
        options={[
          ['yes', t('panel.ask.yes')],
          ['ambivalent', t('panel.ask.ambivalent')],
          ['no', t('panel.ask.no')],
        ]}
      />
      {draft.answer === 'yes' ? (
        recorded ? (
          <p class="occ-ok" tabIndex={-1} ref={recordedText}>
            {t('panel.ask.recorded', [formatWhenNear(recorded.dueAt, now, timeZone)])}
          </p>
        ) : (
          <AddAsCommitment draft={draft} missing={missing} timeZone={timeZone} now={now} api={api} />
        )
      ) : null}
      {draft.answer === 'ambivalent' ? (
        <div class="occ-hint-block">
          <p class="occ-hint">{t('panel.ask.ambivalentHint')}</p>
          {goBack ? (
            <button type="button" class="occ-button" onClick={goBack.go}>
              {goBack.label}
            </button>
          ) : null}
        </div>
      ) : null}
      {draft.answer === 'no' ? (
        <div class="occ-hint-block">
          <p class="occ-hint">{t('panel.ask.noHint')}</p>
          {next ? (
            <button
              type="button"
              class="occ-button"
              onClick={(event) => {
                // This button goes with the no: focus moves to the new ask.
                event.currentTarget.closest('.occ-ask')?.querySelector<HTMLElement>('[data-focus-first]')?.focus();
                update({ ask: next, answer: undefined, askDueAt: undefined, askGoal: '' });
              }}
            >
              {t('panel.ask.tryNext', [next])}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Focus fell out of the panel (its element was removed): nothing in the panel's root has it. */
function isFocusLost(inside: HTMLElement): boolean {
  const root = inside.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !active || active === inside.ownerDocument.body;
}

const MISSING = {
  what: () => t('panel.ask.missingWhat'),
  when: () => t('panel.ask.missingWhen'),
  goal: () => t('panel.ask.missingGoal'),
};

/** A clear yes to a specific ask is their commitment: one button records it, with its reminders. */
function AddAsCommitment({ draft, missing, timeZone, now, api }: { draft: Meeting; missing: ReturnType<typeof askMissing>; timeZone: string; now: number; api: PanelApi }) {
  const [problem, setProblem] = useState('');
  const [past, setPast] = useState(false);
  useEffect(() => setPast(false), [draft.askDueAt]);
  const add = async (confirmedPast = false) => {
    if (missing.length) {
      setProblem(t('panel.ask.missing', [listOf(missing.map((m) => MISSING[m]()))]));
      return;
    }
    if (draft.askDueAt! < Date.now() && !confirmedPast) {
      setPast(true);
      return;
    }
    setPast(false);
    const result = await api.saveCommitment({ meetingId: draft.id, direction: 'theirs', what: draft.ask, dueAt: draft.askDueAt, goal: draft.askGoal });
    setProblem(result.ok ? '' : Object.values(result.errors).join(' '));
  };
  return (
    <div class="occ-hint-block">
      <button type="button" class="occ-button occ-button--primary" onClick={() => void add()}>
        {t('panel.ask.addCommitment')}
      </button>
      {missing.length && !problem ? <p class="occ-hint">{t('panel.ask.specific')}</p> : null}
      {past ? (
        <div class="occ-confirm" role="alert">
          <p>{t('panel.commitments.pastDue', [formatWhenNear(draft.askDueAt!, now, timeZone)])}</p>
          <button type="button" class="occ-button" onClick={() => void add(true)}>
            {t('panel.commitments.savePast')}
          </button>
        </div>
      ) : null}
      {problem ? (
        <p class="occ-field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
