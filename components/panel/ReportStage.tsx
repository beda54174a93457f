import { useEffect } from 'preact/hooks';
import type { LadderLevel, Meeting, Person, Template } from '../../lib/model';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { SelectField, TextField } from './fields';
import { ladderLabels } from '../../lib/rules/labels';
import { clip, LIMITS } from '../../lib/limits';

interface Props {
  draft: Meeting;
  person: Person;
  template: Template;
  timeZone: string;
  update(patch: Partial<Meeting>): void;
  onFinish(): void;
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
    story: r.story || draft.learned,
    // Twenty steps of long notes can add up past what a report holds: cut, never refused.
    notes: r.notes || clip(stepNotes, LIMITS.long),
  };
}

/** The report-back organizations ask for; finishing sets the follow-ups. */
export function ReportStage({ draft, person, template, timeZone, update, onFinish }: Props) {
  const r = draft.report;
  const set = (patch: Partial<Meeting['report']>) => update({ report: { ...r, ...patch } });

  useEffect(() => {
    const filled = prefillReport(draft, person, template);
    if (JSON.stringify(filled) !== JSON.stringify(r)) update({ report: filled });
  }, []);

  const referralText = r.referrals.map((x) => (x.contact ? `${x.name}, ${x.contact}` : x.name)).join('\n');
  return (
    <div class="occ-stage-body">
      <TextField label="The issue they care most about" value={r.issue} onChange={(issue) => set({ issue })} />
      <TextField label="Their story, in brief" multiline value={r.story} onChange={(story) => set({ story })} />
      <TextField label="Skills, experience, resources, contacts" multiline value={r.skills} onChange={(skills) => set({ skills })} />
      <TextField label="What they would enjoy doing" value={r.enjoys} onChange={(enjoys) => set({ enjoys })} />
      <TextField label="Best way to reach them" value={r.bestWay} onChange={(bestWay) => set({ bestWay })} />
      <TextField label="Access needs" value={r.accessNeeds} onChange={(accessNeeds) => set({ accessNeeds })} />
      <TextField
        label="People to talk with next (one per line: name, contact)"
        multiline
        value={referralText}
        onChange={(text) =>
          set({
            referrals: text
              .split('\n')
              .map((line) => line.split(','))
              .filter(([name]) => name?.trim())
              .map(([name, ...contact]) => ({ name: name!.trim(), contact: contact.join(',').trim() })),
          })
        }
      />
      <SelectField
        label="Ladder of engagement"
        value={r.ladder}
        onChange={(ladder) => set({ ladder: ladder as LadderLevel })}
        options={Object.entries(ladderLabels) as [string, string][]}
      />
      <TextField label="Staff debrief with" value={r.staffName} onChange={(staffName) => set({ staffName })} />
      <TextField
        label="Debrief date and time"
        type="datetime-local"
        value={toLocalInput(r.staffDate, timeZone)}
        onChange={(value) => set({ staffDate: fromLocalInput(value, timeZone) })}
      />
      <TextField label="Notes" multiline rows={5} value={r.notes} onChange={(notes) => set({ notes })} />
      <label class="occ-check">
        <input type="checkbox" checked={draft.private} onChange={(e) => update({ private: e.currentTarget.checked })} />
        Keep these notes private (left out of exports)
      </label>
      <button type="button" class="occ-button occ-button--primary" onClick={onFinish}>
        Finish the 1:1
      </button>
      <p class="occ-hint">Finishing sets the thank-you, reminders before each commitment, checks on them, and a later check-in.</p>
    </div>
  );
}
