import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, Meeting, Person, Settings, Template } from '../../lib/model';
import { readDraft } from '../common/drafts';
import { statusText, useAutosave } from '../common/useAutosave';
import type { PanelApi } from './api';
import { describeFields, diffMeeting } from './meeting-draft';
import { PrepStage } from './PrepStage';
import { downloadCalendar } from '../common/download';
import { meetingEvent } from '../../lib/export/ics';
import { HoldStage } from './HoldStage';
import { AskStage } from './AskStage';
import { ReportStage } from './ReportStage';

const STAGES = ['Prepare', 'Hold', 'Ask and commit', 'Report back'] as const;
type Stage = (typeof STAGES)[number];

interface Props {
  meeting: Meeting;
  person: Person;
  templates: Template[];
  commitments: Commitment[];
  settings: Settings;
  timeZone: string;
  api: PanelApi;
}

/**
 * One 1:1 from preparation to report-back. Edits collect in a local draft that autosaves as a
 * patch based on the stored revision; fields another tab changed meanwhile are reported, not
 * overwritten.
 */
export function MeetingFlow({ meeting, person, templates, commitments, settings, timeZone, api }: Props) {
  const draftKey = `${meeting.id}:meeting`;
  const base = useRef(meeting);
  const [draft, setDraft] = useState<Meeting>(() => restore(meeting, draftKey));
  const [stage, setStage] = useState<Stage>(meeting.status === 'in-progress' ? 'Hold' : 'Prepare');
  const [conflict, setConflict] = useState<{ fields: string[]; stored: Meeting }>();

  const save = async (next: Meeting) => {
    const patch = diffMeeting(base.current, next);
    if (!Object.keys(patch).length) return;
    const { meeting: stored, conflicts } = await api.saveMeeting(next.id, base.current.rev, patch);
    base.current = stored;
    if (conflicts.length) setConflict({ fields: conflicts, stored });
  };
  const { status, error, flush } = useAutosave(draft, save, 600, draftKey);

  // Fresh data from the background (e.g. after Start): keep local edits on top of it.
  useEffect(() => {
    // A view fetched before our last save landed is older than what we hold: ignore it.
    if (meeting.rev < base.current.rev || (meeting.rev === base.current.rev && meeting.status === base.current.status)) return;
    const previous = base.current;
    base.current = meeting;
    // Functional: an edit queued in the same render (a stage pre-filling a field) is kept.
    setDraft((current) => ({ ...meeting, ...diffMeeting(previous, current) }) as Meeting);
  }, [meeting]);

  useEffect(() => {
    if (readDraft(draftKey)) void flush();
  }, []);

  const update = (patch: Partial<Meeting>) => setDraft((d) => ({ ...d, ...patch }));
  const template = templates.find((t) => t.id === draft.templateId) ?? templates[0]!;
  /** Saves what is typed first, then runs `work` (start, finish, cancel) on the saved 1:1. */
  const whenDone = async (work: () => Promise<void>) => {
    await flush();
    await work();
  };

  return (
    <section class="occ-section occ-meeting" aria-labelledby="occ-meeting-title">
      <h3 id="occ-meeting-title">
        {meeting.status === 'in-progress' ? '1:1 in progress' : 'Planned 1:1'} · {template.name}
      </h3>
      <nav class="occ-stages" aria-label="1:1 stages">
        {STAGES.map((name) => (
          <button key={name} type="button" class="occ-stage" aria-current={stage === name ? 'step' : undefined} onClick={() => setStage(name)}>
            {name}
          </button>
        ))}
      </nav>
      {stage === 'Prepare' ? <PrepStage draft={draft} template={template} templates={templates} timeZone={timeZone} update={update} onCalendar={() => downloadCalendar(meetingEvent(draft, person), `1-1 with ${person.name}`)} /> : null}
      {stage === 'Hold' ? (
        <HoldStage draft={draft} template={template} update={update} onStart={() => whenDone(() => api.startMeeting(draft.id))} onAsk={() => setStage('Ask and commit')} />
      ) : null}
      {stage === 'Ask and commit' ? (
        <AskStage draft={draft} commitments={commitments} timeZone={timeZone} update={update} api={api} onNext={() => setStage('Report back')} />
      ) : null}
      {stage === 'Report back' ? (
        <ReportStage draft={draft} person={person} template={template} timeZone={timeZone} update={update} onFinish={() => whenDone(() => api.finishMeeting(draft.id))} />
      ) : null}
      <p class="occ-status" role="status" aria-live="polite">
        {statusText(status, error)}
      </p>
      {/* Last in the section and sticky, so it shows wherever in the 1:1 the organizer is typing. */}
      {conflict ? (
        <div class="occ-notice occ-notice--conflict" role="alert">
          <p>Another tab saved newer text for {describeFields(conflict.fields)} of this 1:1. Keep yours, or take theirs?</p>
          <button
            type="button"
            class="occ-button"
            onClick={() => {
              setDraft((d) => ({ ...d, ...Object.fromEntries(conflict.fields.map((f) => [f, conflict.stored[f as keyof Meeting]])) }));
              setConflict(undefined);
            }}
          >
            Use the other tab’s text
          </button>
          <button
            type="button"
            class="occ-button"
            onClick={async () => {
              const patch = Object.fromEntries(conflict.fields.map((f) => [f, draft[f as keyof Meeting]]));
              const { meeting: stored } = await api.saveMeeting(draft.id, conflict.stored.rev, patch, true);
              base.current = stored;
              setConflict(undefined);
            }}
          >
            Keep mine
          </button>
        </div>
      ) : null}
      <button type="button" class="occ-link" onClick={() => whenDone(() => api.cancelMeeting(draft.id))}>
        Cancel this 1:1
      </button>
      {settings.organizerName ? <p class="occ-muted">Organizer: {settings.organizerName}</p> : null}
    </section>
  );
}

/** A draft this tab could not save (extension update) wins over the stored copy. */
function restore(meeting: Meeting, key: string): Meeting {
  try {
    const saved = readDraft(key);
    const parsed = saved ? (JSON.parse(saved) as Meeting) : undefined;
    return parsed?.id === meeting.id ? { ...meeting, ...diffMeeting(meeting, parsed) } as Meeting : meeting;
  } catch {
    return meeting;
  }
}
