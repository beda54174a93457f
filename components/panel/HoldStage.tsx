import type { Commitment, Meeting, Template } from '../../lib/model';
import { LIMITS } from '../../lib/limits';
import { t } from '../../lib/i18n';
import { askStepIndex, commitmentStepIndex } from '../../lib/rules/flow';
import type { PanelApi } from './api';
import { AskBlock } from './AskBlock';
import { CommitmentForm, CommitmentList } from './Commitments';
import { Choice, TextField } from './fields';

interface Props {
  draft: Meeting;
  template: Template;
  commitments: Commitment[];
  timeZone: string;
  now: number;
  api: PanelApi;
  update(patch: Partial<Meeting>): void;
  /** Shows step `index` (and moves focus to it). */
  go(index: number): void;
  prepOpen: boolean;
  onPrepToggle(open: boolean): void;
}

/**
 * The conversation, one agenda step at a time: the step's goal and questions, the prep beside
 * it (folded), the notes, and the lights. The ask is made in the model's ask step and the
 * commitments summed up where the model does it. Previous/Next live in the flow's footer.
 */
export function HoldStage({ draft, template, commitments, timeZone, now, api, update, go, prepOpen, onPrepToggle }: Props) {
  if (draft.status === 'planned') {
    return (
      <div class="occ-stage-body">
        <h4 class="occ-stage-title" tabIndex={-1} data-stage-top data-focus-heading>
          {t('panel.hold.readyTitle')}
        </h4>
        <p>{t('panel.hold.ready')}</p>
      </div>
    );
  }
  const steps = template.steps;
  const index = Math.min(draft.currentStep, steps.length - 1);
  const step = steps[index]!;
  const askAt = askStepIndex(template);
  const commitAt = commitmentStepIndex(template);
  const isAsk = index === askAt;
  const isCommit = index === commitAt;
  const record = draft.steps[step.id] ?? { notes: '' };
  const setRecord = (patch: Partial<typeof record>) => update({ steps: { ...draft.steps, [step.id]: { ...record, ...patch } } });
  const hasSignals = Boolean(step.green || step.yellow);
  const back = Math.min(1, Math.max(0, askAt - 1));

  return (
    <div class="occ-stage-body occ-stage-body--hold">
      <h4 class="occ-step-title" tabIndex={-1} data-stage-top data-focus-heading>
        {t('panel.hold.stepTitle', [String(index + 1), String(steps.length), step.title])}
      </h4>
      {index === 0 ? <p class="occ-hint">{t('panel.hold.askToTakeNotes')}</p> : null}
      <p class="occ-goal">
        <strong>{t('panel.hold.goal')}</strong> {step.goal}
      </p>
      {step.prompts.length ? (
        <ul class="occ-prompts" aria-label={t('panel.hold.prompts')}>
          {step.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      ) : null}
      <PrepPeek prep={draft.prep} open={prepOpen} onToggle={onPrepToggle} />
      {isAsk ? (
        <AskBlock
          key={draft.id}
          draft={draft}
          step={step}
          commitments={commitments}
          timeZone={timeZone}
          now={now}
          api={api}
          update={update}
          goBack={index > back ? { label: t('panel.hold.goBack', [String(back + 1), steps[back]!.title]), go: () => go(back) } : undefined}
        />
      ) : null}
      {isCommit ? (
        <section class="occ-commitments" aria-labelledby="occ-meeting-commitments">
          <h5 id="occ-meeting-commitments" class="occ-subhead">
            {t('panel.commitments.fromThis')}
          </h5>
          <CommitmentList
            commitments={commitments.filter((c) => c.meetingId === draft.id)}
            timeZone={timeZone}
            now={now}
            api={api}
            empty={t('panel.commitments.noneYet')}
          />
          <CommitmentForm meetingId={draft.id} timeZone={timeZone} now={now} api={api} focusFirst={!isAsk} />
        </section>
      ) : null}
      <TextField
        label={t('panel.hold.notesFor', [step.title])}
        multiline
        rows={4}
        value={record.notes}
        onChange={(notes) => setRecord({ notes })}
        limit={LIMITS.long}
        focusFirst={!isAsk && !isCommit}
      />
      {hasSignals && !isAsk ? (
        <>
          <Choice
            class="occ-lights"
            label={t('panel.hold.lights')}
            value={record.signal}
            onChange={(signal) => setRecord({ signal: signal as 'green' | 'yellow' })}
            options={[
              ['green', t('panel.hold.green', [step.green ?? t('panel.hold.greenDefault')])],
              ['yellow', t('panel.hold.yellow', [step.yellow ?? t('panel.hold.yellowDefault')])],
            ]}
          />
          {record.signal === 'yellow' && index > 0 ? (
            <button type="button" class="occ-button" onClick={() => go(index - 1)}>
              {t('panel.hold.goBack', [String(index), steps[index - 1]!.title])}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** The prep worksheet beside each step, folded by default so the step fits on screen. */
function PrepPeek({ prep, open, onToggle }: { prep: Meeting['prep']; open: boolean; onToggle(open: boolean): void }) {
  const asks = prep.asks.filter((a) => a.trim());
  const parts: [string, string][] = [
    [t('panel.prep.questions'), prep.questions],
    [t('panel.prep.myStory'), prep.myStory],
    [t('panel.prep.knownAbout'), prep.knownAbout],
    [t('panel.prep.relationship'), prep.relationship],
  ];
  const filled = parts.filter(([, text]) => text.trim());
  return (
    <details class="occ-peek" open={open} onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('panel.hold.prep')}</summary>
      {asks.length === 0 && filled.length === 0 ? <p class="occ-muted">{t('panel.hold.noPrep')}</p> : null}
      {asks.length ? (
        <>
          <p class="occ-subhead">{t('panel.prep.asks')}</p>
          <ol class="occ-peek__asks">
            {asks.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
        </>
      ) : null}
      {filled.map(([label, text]) => (
        <div key={label}>
          <p class="occ-subhead">{label}</p>
          <p class="occ-peek__text">{text}</p>
        </div>
      ))}
    </details>
  );
}
