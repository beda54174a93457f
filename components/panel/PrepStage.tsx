import type { Meeting, MeetingMode, Template } from '../../lib/model';
import { t, uiLanguage } from '../../lib/i18n';
import { byLanguage } from '../../lib/templates/by-language';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { LIMITS } from '../../lib/limits';
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
      <h4 class="occ-stage-title" tabIndex={-1} data-stage-top data-focus-heading>
        {t('panel.prep.title')}
      </h4>
      {template.worksheet.length ? <p class="occ-hint">{t('panel.prep.worksheet', [template.worksheet.join(' · ')])}</p> : null}
      <TextField label={t('panel.prep.relationship')} value={prep.relationship} onChange={(relationship) => setPrep({ relationship })} limit={LIMITS.short} focusFirst />
      <TextField label={t('panel.prep.knownAbout')} multiline value={prep.knownAbout} onChange={(knownAbout) => setPrep({ knownAbout })} limit={LIMITS.long} />
      <TextField label={t('panel.prep.myStory')} multiline value={prep.myStory} onChange={(myStory) => setPrep({ myStory })} limit={LIMITS.long} />
      <TextField label={t('panel.prep.questions')} multiline value={prep.questions} onChange={(questions) => setPrep({ questions })} limit={LIMITS.long} />
      <fieldset class="occ-choice">
        <legend class="occ-label">{t('panel.prep.asks')}</legend>
        {asks.map((value, i) => (
          <TextField key={i} label={t('panel.prep.askN', [String(i + 1)])} value={value} onChange={(v) => setAsk(i, v)} limit={LIMITS.short} />
        ))}
      </fieldset>
      <h5 class="occ-subhead">{t('panel.prep.logisticsTitle')}</h5>
      <TextField
        label={t('panel.prep.when')}
        type="datetime-local"
        value={toLocalInput(draft.scheduledAt, timeZone)}
        onChange={(value) => update({ scheduledAt: fromLocalInput(value, timeZone) })}
        hint={t('panel.prep.whenHint')}
      />
      <TextField
        label={t('panel.prep.length')}
        type="number"
        min={5}
        max={240}
        value={String(draft.plannedMinutes)}
        onChange={(value) => {
          const minutes = Math.round(Number(value));
          if (minutes >= 5 && minutes <= 240) update({ plannedMinutes: minutes });
        }}
      />
      <TextField label={t('panel.prep.place')} value={draft.place} onChange={(place) => update({ place })} hint={t('panel.prep.placeHint')} limit={LIMITS.short} />
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
      <TextField label={t('panel.prep.logistics')} value={prep.logistics} onChange={(logistics) => setPrep({ logistics })} limit={LIMITS.short} />
      <SelectField
        label={t('panel.prep.model')}
        value={draft.templateId}
        onChange={(templateId) => update({ templateId, currentStep: 0 })}
        groups={byLanguage(templates, uiLanguage()).map((group) => ({
          label: group.lang === 'es' ? t('panel.prep.modelsSpanish') : t('panel.prep.modelsEnglish'),
          options: group.templates.map((x) => [x.id, x.name] as const),
        }))}
        hint={template.source}
      />
      {draft.scheduledAt !== undefined ? (
        <button type="button" class="occ-button" onClick={onCalendar}>
          {t('panel.prep.calendar')}
        </button>
      ) : null}
    </div>
  );
}
