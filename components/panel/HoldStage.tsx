import { useEffect, useState } from 'preact/hooks';
import type { Meeting, Template } from '../../lib/model';
import { Choice, TextField } from './fields';

interface Props {
  draft: Meeting;
  template: Template;
  update(patch: Partial<Meeting>): void;
  onStart(): void;
  onAsk(): void;
}

/** The conversation, one agenda step at a time, with the clock and the talk-share tally. */
export function HoldStage({ draft, template, update, onStart, onAsk }: Props) {
  const steps = template.steps;
  const index = Math.min(draft.currentStep, steps.length - 1);
  const step = steps[index]!;
  const record = draft.steps[step.id] ?? { notes: '' };
  const setRecord = (patch: Partial<typeof record>) => update({ steps: { ...draft.steps, [step.id]: { ...record, ...patch } } });
  const go = (to: number) => update({ currentStep: Math.max(0, Math.min(steps.length - 1, to)) });

  if (draft.status === 'planned') {
    return (
      <div class="occ-stage-body">
        <p>When you sit down together, start the 1:1: the clock starts and the agenda opens at step 1.</p>
        <button type="button" class="occ-button occ-button--primary" onClick={onStart}>
          Start the 1:1
        </button>
      </div>
    );
  }
  const hasSignals = Boolean(step.green || step.yellow);
  return (
    <div class="occ-stage-body">
      <p class="occ-notice">Ask if it is all right to take notes before you start writing.</p>
      <Clock startedAt={draft.startedAt} plannedMinutes={draft.plannedMinutes} />
      <TalkTally listeningMs={draft.listeningMs} talkingMs={draft.talkingMs} onAdd={(patch) => update(patch)} draft={draft} />
      <h4 class="occ-step-title">
        Step {index + 1} of {steps.length}: {step.title}
      </h4>
      <p>
        <strong>Goal:</strong> {step.goal}
      </p>
      {step.prompts.length ? (
        <ul class="occ-prompts" aria-label="Questions to try">
          {step.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      ) : null}
      <TextField label={`Notes: ${step.title}`} multiline rows={4} value={record.notes} onChange={(notes) => setRecord({ notes })} />
      {hasSignals ? (
        <>
          <Choice
            label="What are you seeing?"
            value={record.signal}
            onChange={(signal) => setRecord({ signal: signal as 'green' | 'yellow' })}
            options={[
              ['green', `Green light: ${step.green ?? 'move on'}`],
              ['yellow', `Yellow light: ${step.yellow ?? 'stay here or go back'}`],
            ]}
          />
          {record.signal === 'yellow' && index > 0 ? (
            <button type="button" class="occ-button" onClick={() => go(index - 1)}>
              Go back to step {index}: {steps[index - 1]!.title}
            </button>
          ) : null}
        </>
      ) : null}
      <div class="occ-row">
        <button type="button" class="occ-button" disabled={index === 0} onClick={() => go(index - 1)}>
          Previous step
        </button>
        {index < steps.length - 1 ? (
          <button type="button" class="occ-button occ-button--primary" onClick={() => go(index + 1)}>
            Next step
          </button>
        ) : (
          <button type="button" class="occ-button occ-button--primary" onClick={onAsk}>
            Record the ask
          </button>
        )}
      </div>
    </div>
  );
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

function Clock({ startedAt, plannedMinutes }: { startedAt?: number; plannedMinutes: number }) {
  const now = useNow(10_000);
  const minutes = startedAt ? Math.floor((now - startedAt) / 60_000) : 0;
  const over = minutes >= plannedMinutes;
  return (
    <p class={over ? 'occ-warning' : 'occ-muted'} role={over ? 'alert' : undefined}>
      {minutes} of {plannedMinutes} minutes{over ? `: past the planned length, time to head for the ask and wrap up.` : ''}
    </p>
  );
}

/** Tap who is talking; the share of listening is shown against the 70% aim. */
function TalkTally({ listeningMs, talkingMs, onAdd, draft }: { listeningMs: number; talkingMs: number; onAdd(patch: Partial<Meeting>): void; draft: Meeting }) {
  const [speaker, setSpeaker] = useState<'them' | 'me'>();
  const [since, setSince] = useState(0);
  useNow(5_000);
  const running = speaker ? Date.now() - since : 0;
  const listen = listeningMs + (speaker === 'them' ? running : 0);
  const talk = talkingMs + (speaker === 'me' ? running : 0);
  const share = listen + talk > 0 ? Math.round((listen / (listen + talk)) * 100) : 0;

  const tap = (who: 'them' | 'me') => {
    const now = Date.now();
    // Bank the time of whoever was talking until now.
    if (speaker === 'them') onAdd({ listeningMs: draft.listeningMs + (now - since) });
    if (speaker === 'me') onAdd({ talkingMs: draft.talkingMs + (now - since) });
    setSpeaker(speaker === who ? undefined : who);
    setSince(now);
  };
  return (
    <div class="occ-tally">
      <span class="occ-label" id="occ-tally-label">
        Who is talking?
      </span>
      <div class="occ-row" role="group" aria-labelledby="occ-tally-label">
        <button type="button" class="occ-button" aria-pressed={speaker === 'them'} onClick={() => tap('them')}>
          They are
        </button>
        <button type="button" class="occ-button" aria-pressed={speaker === 'me'} onClick={() => tap('me')}>
          I am
        </button>
      </div>
      <p class={listen + talk > 0 && share < 70 ? 'occ-warning' : 'occ-muted'}>
        Listening {share}% of the time (aim for 70%)
      </p>
    </div>
  );
}
