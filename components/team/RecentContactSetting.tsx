import { useEffect, useId, useState } from 'preact/hooks';
import { MAX_RECENT_CONTACT_DAYS } from '../../lib/model';
import { t } from '../../lib/i18n';

/** How far back the panel looks for someone already in touch with a person (the setting). */
export function RecentContactSetting({ days, onSave }: { days: number; onSave(days: number): Promise<void> }) {
  const id = useId();
  const [value, setValue] = useState(String(days));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => setValue(String(days)), [days]);

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_RECENT_CONTACT_DAYS) return setError(t('team.setting.invalid', [String(MAX_RECENT_CONTACT_DAYS)]));
    setError('');
    try {
      await onSave(n);
      setStatus(t('team.setting.saved'));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section class="card" aria-labelledby="team-setting-h">
      <h2 id="team-setting-h">{t('team.setting.title')}</h2>
      <p class="note">{t('team.setting.lead')}</p>
      <form onSubmit={save} class="actions" style={{ alignItems: 'flex-end' }}>
        <div class="field">
          <label for={id}>{t('team.setting.days')}</label>
          <input id={id} type="number" min={1} max={MAX_RECENT_CONTACT_DAYS} step={1} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('team.setting.save')}</button>
        {status ? (
          <span class="status" role="status">
            {status}
          </span>
        ) : null}
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
