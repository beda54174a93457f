import { useEffect, useState } from 'preact/hooks';
import type { LadderLevel, Meeting, Person, Template } from '../../lib/model';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { ladderOptions } from '../../lib/rules/labels';
import { SelectField, TextField } from './fields';
import { clip, LIMITS } from '../../lib/limits';

interface Props {
  draft: Meeting;
  person: Person;
  template: Template;
  timeZone: string;
  update(patch: Partial<Meeting>): void;
}

/** What the 1:1 already holds, filled in where the report is still empty. */
export function prefillReport(draft: Meeting, person: Person, template: Template): Meeting['report'] {
  const r = draft.report;
  const stepNotes = template.steps
    .map((s) => [s.title, draft.steps[s.id]?.notes.trim()] as const)
    .filter(([, notes]) => notes)
    .map(([title, notes]) => `${title}: ${notes}`)
    .join('\n');
  return {
    ...r,
    bestWay: r.bestWay || person.bestWay,
    accessNeeds: r.accessNeeds || person.accessNeeds || draft.prep.logistics,
    ladder: r.ladder !== 'unknown' ? r.ladder : person.ladder,
    notes: r.notes || clip(stepNotes, LIMITS.long),
  };
}

/** Referrals as the report shows them, one a line. */
export function referralText(referrals: Meeting['report']['referrals']): string {
  return referrals.map((x) => (x.contact ? `${x.name}, ${x.contact}` : x.name)).join('\n');
}

function parseReferrals(text: string): Meeting['report']['referrals'] {
  return text
    .split('\n')
    .map((line) => line.split(','))
    .filter(([name]) => name?.trim())
    .map(([name, ...contact]) => ({ name: name!.trim(), contact: contact.join(',').trim() }));
}

/** The report-back organizations ask for. Finish (in the flow's footer) sets the follow-ups. */
export function ReportStage({ draft, person, template, timeZone, update }: Props) {
  const r = draft.report;
  const set = (patch: Partial<Meeting['report']>) => update({ report: { ...r, ...patch } });
  // The referrals box keeps what is typed (a trailing comma, a blank line) while it is parsed.
  const [referrals, setReferrals] = useState(() => referralText(r.referrals));
  useEffect(() => {
    if (JSON.stringify(parseReferrals(referrals)) !== JSON.stringify(r.referrals)) setReferrals(referralText(r.referrals));
  }, [r.referrals]);

  useEffect(() => {
    const filled = prefillReport(draft, person, template);
    if (JSON.stringify(filled) !== JSON.stringify(r)) update({ report: filled });
  }, []);

  return (
    <div class="occ-stage-body">
      <h4 class="occ-stage-title" tabIndex={-1} data-stage-top data-focus-heading>
        {t('panel.report.title')}
      </h4>
      <TextField label={t('panel.report.issue')} value={r.issue} onChange={(issue) => set({ issue })} limit={LIMITS.short} focusFirst />
      <TextField label={t('panel.report.learned')} multiline value={draft.learned} onChange={(learned) => update({ learned })} limit={LIMITS.long} />
      <TextField label={t('panel.report.story')} multiline value={r.story} onChange={(story) => set({ story })} limit={LIMITS.long} />
      <TextField label={t('panel.report.skills')} multiline value={r.skills} onChange={(skills) => set({ skills })} limit={LIMITS.long} />
      <TextField label={t('panel.report.enjoys')} value={r.enjoys} onChange={(enjoys) => set({ enjoys })} limit={LIMITS.short} />
      <TextField label={t('panel.report.bestWay')} value={r.bestWay} onChange={(bestWay) => set({ bestWay })} limit={LIMITS.short} />
      <TextField label={t('panel.report.accessNeeds')} value={r.accessNeeds} onChange={(accessNeeds) => set({ accessNeeds })} limit={LIMITS.short} />
      <TextField
        label={t('panel.report.referrals')}
        multiline
        value={referrals}
        onChange={(text) => {
          setReferrals(text);
          set({ referrals: parseReferrals(text) });
        }}
      />
      <SelectField
        label={t('panel.report.ladder')}
        value={r.ladder}
        onChange={(ladder) => set({ ladder: ladder as LadderLevel })}
        options={ladderOptions()}
      />
      <TextField label={t('panel.report.staffName')} value={r.staffName} onChange={(staffName) => set({ staffName })} limit={LIMITS.short} />
      <TextField
        label={t('panel.report.staffDate')}
        type="datetime-local"
        value={toLocalInput(r.staffDate, timeZone)}
        onChange={(value) => set({ staffDate: fromLocalInput(value, timeZone) })}
      />
      <TextField label={t('panel.report.notes')} multiline rows={5} value={r.notes} onChange={(notes) => set({ notes })} limit={LIMITS.long} />
      <label class="occ-check">
        <input type="checkbox" checked={draft.private} onChange={(e) => update({ private: e.currentTarget.checked })} />
        {t('panel.report.private')}
      </label>
    </div>
  );
}
