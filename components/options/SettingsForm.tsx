import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { Settings, Template } from '../../lib/model';
import { t } from '../../lib/i18n';

interface Props {
  settings: Settings;
  templates: Template[];
  systemTimeZone: string;
  onSave(patch: Partial<Settings>): Promise<void>;
}

/** Number inputs keep their text while typed; they are read when the form is saved. */
const numberFields = [
  ['thankYouHours', 'Thank-you due within (hours)', 'After the 1:1 is finished.'],
  ['confirmDaysBefore', 'Confirm a 1:1 (days before)', 'A second confirmation comes on the day.'],
  ['confirmDayOfHour', 'Day-of confirmation (hour, 0–23)', 'Never later than two hours before the start.'],
  ['reminderHoursBefore', 'Remind before a commitment (hours)', 'For their commitments and your own.'],
  ['checkHoursAfter', 'Check a commitment after (hours)', 'To record whether it was kept.'],
  ['checkInDays', 'Relationship check-in (days after)', 'A call with no ask.'],
] as const;
type OffsetKey = (typeof numberFields)[number][0];

function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string, hintId?: string) => preact.ComponentChildren }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(id, hint ? `${id}-hint` : undefined)}
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export function SettingsForm({ settings, templates, systemTimeZone, onSave }: Props) {
  const [name, setName] = useState(settings.organizerName);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [templateId, setTemplateId] = useState(settings.defaultTemplateId);
  const [offsets, setOffsets] = useState<Record<OffsetKey, string>>(
    () => Object.fromEntries(numberFields.map(([key]) => [key, String(settings.offsets[key])])) as Record<OffsetKey, string>,
  );
  const [snoozeHours, setSnoozeHours] = useState(String(settings.snoozeMinutes / 60));
  const [quiet, setQuiet] = useState(settings.quietHours);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  useEffect(() => setStatus(undefined), [name, timeZone, templateId, offsets, snoozeHours, quiet]);

  const zones = useMemo(() => {
    const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    return timeZone && !list.includes(timeZone) ? [timeZone, ...list] : list;
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const numbers: Partial<Record<OffsetKey, number>> = {};
    for (const [key, label] of numberFields) {
      const value = Number(offsets[key]);
      if (offsets[key].trim() === '' || !Number.isFinite(value)) {
        setStatus({ ok: false, text: `“${label}” needs a number.` });
        return;
      }
      numbers[key] = value;
    }
    const snooze = Number(snoozeHours);
    if (snoozeHours.trim() === '' || !Number.isFinite(snooze)) {
      setStatus({ ok: false, text: '“Snooze for (hours)” needs a number.' });
      return;
    }
    try {
      await onSave({
        organizerName: name.trim(),
        timeZone,
        defaultTemplateId: templateId,
        offsets: numbers as Settings['offsets'],
        snoozeMinutes: Math.round(snooze * 60),
        quietHours: quiet,
      });
      setStatus({ ok: true, text: 'Settings saved.' });
    } catch (error) {
      setStatus({ ok: false, text: (error as Error).message });
    }
  };

  return (
    <form onSubmit={save} aria-label="Settings">
      <section class="card" aria-labelledby="you-h">
        <h2 id="you-h">You</h2>
        <p class="note">Your name goes into report exports; the time zone sets every due time.</p>
        <div class="grid">
          <Field label="Your name">{(id) => <input id={id} type="text" value={name} autocomplete="name" onInput={(e) => setName(e.currentTarget.value)} />}</Field>
          <Field label="Time zone">
            {(id) => (
              <select id={id} value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)}>
                <option value="">This computer’s ({systemTimeZone})</option>
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Default agenda model" hint="You can switch models for any one 1:1.">
            {(id, hint) => (
              <select id={id} value={templateId} aria-describedby={hint} onChange={(e) => setTemplateId(e.currentTarget.value)}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </section>

      <section class="card" aria-labelledby="fu-h">
        <h2 id="fu-h">Follow-up timing</h2>
        <p class="note">When reminders fall due. Changes apply to open follow-ups at once.</p>
        <div class="grid">
          {numberFields.map(([key, label, hint]) => (
            <Field key={key} label={label} hint={hint}>
              {(id, hintId) => (
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  aria-describedby={hintId}
                  value={offsets[key]}
                  onInput={(e) => setOffsets({ ...offsets, [key]: e.currentTarget.value })}
                />
              )}
            </Field>
          ))}
          <Field label="Snooze for (hours)" hint="What Snooze does in notifications and lists.">
            {(id, hintId) => <input id={id} type="number" step="0.25" aria-describedby={hintId} value={snoozeHours} onInput={(e) => setSnoozeHours(e.currentTarget.value)} />}
          </Field>
        </div>
      </section>

      <section class="card" aria-labelledby="quiet-h">
        <h2 id="quiet-h">Quiet hours</h2>
        <p class="note">{t('reminders.quietNote')}</p>
        <label class="check">
          <input type="checkbox" checked={quiet.enabled} onChange={(e) => setQuiet({ ...quiet, enabled: e.currentTarget.checked })} />
          Hold notifications during quiet hours
        </label>
        <div class="grid" style={{ marginTop: '10px' }}>
          <Field label="Quiet from">{(id) => <input id={id} type="time" value={quiet.start} onInput={(e) => setQuiet({ ...quiet, start: e.currentTarget.value })} />}</Field>
          <Field label="Quiet until">{(id) => <input id={id} type="time" value={quiet.end} onInput={(e) => setQuiet({ ...quiet, end: e.currentTarget.value })} />}</Field>
        </div>
      </section>

      <div class="actions">
        <button class="primary" type="submit">
          Save settings
        </button>
        <span role="status" class={status?.ok ? 'status' : 'error'}>
          {status?.text ?? ''}
        </span>
      </div>
    </form>
  );
}
