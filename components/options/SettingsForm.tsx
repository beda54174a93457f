import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings, Template } from '../../lib/model';
import { t } from '../../lib/i18n';
import { Field } from './Field';

interface Props {
  settings: Settings;
  templates: Template[];
  systemTimeZone: string;
  onSave(patch: Partial<Settings>): Promise<void>;
}

/** Number inputs keep their text while typed; they are read when the form is saved. */
const numberFields = [
  ['thankYouHours', () => t('options.settings.thankYouHours'), () => t('options.settings.thankYouHoursHint')],
  ['confirmDaysBefore', () => t('options.settings.confirmDaysBefore'), () => t('options.settings.confirmDaysBeforeHint')],
  ['confirmDayOfHour', () => t('options.settings.confirmDayOfHour'), () => t('options.settings.confirmDayOfHourHint')],
  ['reminderHoursBefore', () => t('options.settings.reminderHoursBefore'), () => t('options.settings.reminderHoursBeforeHint')],
  ['checkHoursAfter', () => t('options.settings.checkHoursAfter'), () => t('options.settings.checkHoursAfterHint')],
  ['checkInDays', () => t('options.settings.checkInDays'), () => t('options.settings.checkInDaysHint')],
] as const;
type OffsetKey = (typeof numberFields)[number][0];


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
        setStatus({ ok: false, text: t('options.settings.needsNumber', [label()]) });
        return;
      }
      numbers[key] = value;
    }
    const snooze = Number(snoozeHours);
    if (snoozeHours.trim() === '' || !Number.isFinite(snooze)) {
      setStatus({ ok: false, text: t('options.settings.needsNumber', [t('options.settings.snoozeHours')]) });
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
      setStatus({ ok: true, text: t('options.settings.saved') });
    } catch (error) {
      setStatus({ ok: false, text: (error as Error).message });
    }
  };

  return (
    <form onSubmit={save} aria-label={t('options.settings.label')}>
      <section class="card" aria-labelledby="you-h">
        <h2 id="you-h">{t('options.settings.you')}</h2>
        <p class="note">{t('options.settings.youNote')}</p>
        <div class="grid">
          <Field label={t('options.settings.name')}>{(id) => <input id={id} type="text" value={name} autocomplete="name" onInput={(e) => setName(e.currentTarget.value)} />}</Field>
          <Field label={t('options.settings.timeZone')}>
            {(id) => (
              <select id={id} value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)}>
                <option value="">{t('options.settings.systemZone', [systemTimeZone])}</option>
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('options.settings.defaultModel')} hint={t('options.settings.defaultModelHint')}>
            {(id, hint) => (
              <select id={id} value={templateId} aria-describedby={hint} onChange={(e) => setTemplateId(e.currentTarget.value)}>
                {templates.map((model) => (
                  <option key={model.id} value={model.id}>
                    {model.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </section>

      <section class="card" aria-labelledby="fu-h">
        <h2 id="fu-h">{t('options.settings.timing')}</h2>
        <p class="note">{t('options.settings.timingNote')}</p>
        <div class="grid">
          {numberFields.map(([key, label, hint]) => (
            <Field key={key} label={label()} hint={hint()}>
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
          <Field label={t('options.settings.snoozeHours')} hint={t('options.settings.snoozeHoursHint')}>
            {(id, hintId) => <input id={id} type="number" step="0.25" aria-describedby={hintId} value={snoozeHours} onInput={(e) => setSnoozeHours(e.currentTarget.value)} />}
          </Field>
        </div>
      </section>

      <section class="card" aria-labelledby="quiet-h">
        <h2 id="quiet-h">{t('options.settings.quiet')}</h2>
        <p class="note">{t('reminders.quietNote')}</p>
        <label class="check">
          <input type="checkbox" checked={quiet.enabled} onChange={(e) => setQuiet({ ...quiet, enabled: e.currentTarget.checked })} />
          {t('options.settings.quietHold')}
        </label>
        <div class="grid" style={{ marginTop: '10px' }}>
          <Field label={t('options.settings.quietFrom')}>{(id) => <input id={id} type="time" value={quiet.start} onInput={(e) => setQuiet({ ...quiet, start: e.currentTarget.value })} />}</Field>
          <Field label={t('options.settings.quietUntil')}>{(id) => <input id={id} type="time" value={quiet.end} onInput={(e) => setQuiet({ ...quiet, end: e.currentTarget.value })} />}</Field>
        </div>
      </section>

      <div class="actions">
        <button class="primary" type="submit">
          {t('options.settings.save')}
        </button>
        <span role="status" class={status?.ok ? 'status' : 'error'}>
          {status?.text ?? ''}
        </span>
      </div>
    </form>
  );
}
