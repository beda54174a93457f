import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/model';
import { parseFormLink, type FormField } from '../../lib/crm/writeback/form';
import { FACT_KEYS, type FactKey } from '../../lib/crm/writeback/summary';

interface Props {
  teamForm: Settings['teamForm'];
  onSave(teamForm: Settings['teamForm']): Promise<void>;
}

function factLabel(key: FactKey): string {
  const labels: Record<FactKey, string> = {
    date: t('writeback.fact.date'),
    organizer: t('writeback.fact.organizer'),
    person: t('writeback.fact.person'),
    email: t('writeback.fact.email'),
    phone: t('writeback.fact.phone'),
    agenda: t('writeback.fact.agenda'),
    mode: t('writeback.fact.mode'),
    ask: t('writeback.fact.ask'),
    answer: t('writeback.fact.answer'),
    theirCommitments: t('writeback.fact.theirCommitments'),
    myCommitments: t('writeback.fact.myCommitments'),
    issue: t('writeback.fact.issue'),
    story: t('writeback.fact.story'),
    skills: t('writeback.fact.skills'),
    enjoys: t('writeback.fact.enjoys'),
    bestWay: t('writeback.fact.bestWay'),
    accessNeeds: t('writeback.fact.accessNeeds'),
    referrals: t('writeback.fact.referrals'),
    ladder: t('writeback.fact.ladder'),
    staff: t('writeback.fact.staff'),
    notes: t('writeback.fact.notes'),
    summary: t('writeback.fact.summary'),
  };
  return labels[key];
}

/**
 * Options → The team's report form: paste the form's pre-filled link once (with a sample
 * answer typed in each field, so each is recognisable), then say which part of the report
 * fills each field.
 */
export function TeamFormSection({ teamForm, onSave }: Props) {
  const linkId = useId();
  const linkHintId = `${linkId}-hint`;
  const [link, setLink] = useState(teamForm.url);
  const [fields, setFields] = useState<Record<string, string>>(teamForm.fields);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const parsed = link.trim() ? parseFormLink(link) : undefined;
  const list: FormField[] = parsed?.ok ? parsed.fields : [];
  const problem =
    parsed && !parsed.ok
      ? parsed.problem === 'not-a-link'
        ? t('writeback.form.notALink')
        : parsed.problem === 'not-https'
          ? t('writeback.form.notHttps')
          : t('writeback.form.noFields')
      : '';

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      if (problem) throw new Error(problem);
      const kept = Object.fromEntries(list.map((f) => [f.name, fields[f.name] ?? '']).filter(([, v]) => v));
      await onSave({ url: link.trim(), fields: kept });
      setMessage({ ok: true, text: link.trim() ? t('writeback.form.saved') : t('writeback.form.cleared') });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };

  return (
    <section class="card" aria-labelledby="team-form-h">
      <h2 id="team-form-h">{t('writeback.form.title')}</h2>
      <p class="note">{t('writeback.form.lead')}</p>
      <form onSubmit={save}>
        <div class="field">
          <label for={linkId}>{t('writeback.form.link')}</label>
          <input id={linkId} type="url" value={link} aria-invalid={problem ? true : undefined} aria-describedby={linkHintId} onInput={(e) => setLink(e.currentTarget.value)} />
          <span class="hint" id={linkHintId}>
            {problem || t('writeback.form.linkHint')}
          </span>
        </div>
        {list.length ? (
          <fieldset>
            <legend>{t('writeback.form.mapping')}</legend>
            {list.map((field) => (
              <FieldMap key={field.name} field={field} value={fields[field.name] ?? ''} onChange={(v) => setFields((f) => ({ ...f, [field.name]: v }))} />
            ))}
          </fieldset>
        ) : null}
        <div class="actions">
          <button type="submit" class="primary">
            {t('writeback.form.save')}
          </button>
        </div>
      </form>
      <p role="status" class={message?.ok === false ? 'error' : 'status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

function FieldMap({ field, value, onChange }: { field: FormField; value: string; onChange(value: string): void }) {
  const id = useId();
  const label = field.sample ? t('writeback.form.fieldWithSample', [field.sample]) : t('writeback.form.fieldNamed', [field.name]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('writeback.form.leaveEmpty')}</option>
        {FACT_KEYS.map((key) => (
          <option key={key} value={key}>
            {factLabel(key)}
          </option>
        ))}
      </select>
    </div>
  );
}
