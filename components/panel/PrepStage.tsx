import type { Meeting, MeetingMode, Template } from '../../lib/model';
import { t } from '../../lib/i18n';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { SelectField, TextField } from './fields';

interface Props {
  draft: Meeting;
  template: Template;
  templates: Template[];
  timeZone: string;
  update(patch: Partial<Meeting>): void;
  /** Offers the scheduled 1:1 as a calendar file. */
  onCalendar(): void;
}

/** The prep worksheet and the logistics. Scheduling sets the confirmation reminders. */
export function PrepStage({ draft, template, templates, timeZone, update, onCalendar }: Props) {
  const prep = draft.prep;
  const setPrep = (patch: Partial<Meeting['prep']>) => update({ prep: { ...prep, ...patch } });
  const asks = [0, 1, 2].map((i) => prep.asks[i] ?? '');
  const setAsk = (index: number, value: string) => {
    const next = [...asks];
    next[index] = value;
    // Keep order (best first) but drop trailing blanks.
    while (next.length && !next[next.length - 1]) next.pop();
    setPrep({ asks: next });
  };
  return (
    <div class="occ-stage-body">
      <SelectField
        label="Agenda model"
        value={draft.templateId}
        onChange={(templateId) => update({ templateId, currentStep: 0 })}
        options={templates.map((t) => [t.id, t.name] as const)}
        hint={template.source}
      />
      {template.worksheet.length ? <p class="occ-hint">Worksheet: {template.worksheet.join(' · ')}</p> : null}
      <TextField label="How you know them, or who referred you" value={prep.relationship} onChange={(relationship) => setPrep({ relationship })} />
      <TextField label="What you already know about them" multiline value={prep.knownAbout} onChange={(knownAbout) => setPrep({ knownAbout })} />
      <TextField label="What you will share of your own story, and why" multiline value={prep.myStory} onChange={(myStory) => setPrep({ myStory })} />
      <TextField label="Questions you want to ask" multiline value={prep.questions} onChange={(questions) => setPrep({ questions })} />
      <fieldset class="occ-choice">
        <legend class="occ-label">Possible asks, best fit first</legend>
        {asks.map((value, i) => (
          <TextField key={i} label={`Ask ${i + 1}`} value={value} onChange={(v) => setAsk(i, v)} />
        ))}
      </fieldset>
      <h4 class="occ-subhead">Logistics</h4>
      <TextField
        label="Date and time"
        type="datetime-local"
        value={toLocalInput(draft.scheduledAt, timeZone)}
        onChange={(value) => update({ scheduledAt: fromLocalInput(value, timeZone) })}
        hint="Confirmation reminders are set for two days before and the morning of the day."
      />
      <TextField
        label="Planned length (minutes)"
        type="number"
        min={5}
        max={240}
        value={String(draft.plannedMinutes)}
        onChange={(value) => {
          const minutes = Math.round(Number(value));
          if (minutes >= 5 && minutes <= 240) update({ plannedMinutes: minutes });
        }}
      />
      <TextField label="Place" value={draft.place} onChange={(place) => update({ place })} hint="Somewhere they are comfortable, at no cost to them." />
      <SelectField
        label={t('writeback.modeField.label')}
        value={draft.mode}
        onChange={(mode) => update({ mode: mode as MeetingMode })}
        options={[
          ['in-person', t('writeback.modeField.inPerson')],
          ['video', t('writeback.modeField.video')],
          ['phone', t('writeback.modeField.phone')],
        ]}
      />
      <TextField label="Access or food needs" value={prep.logistics} onChange={(logistics) => setPrep({ logistics })} />
      {draft.scheduledAt !== undefined ? (
        <button type="button" class="occ-button" onClick={onCalendar}>
          Add to my calendar (.ics)
        </button>
      ) : null}
    </div>
  );
}
