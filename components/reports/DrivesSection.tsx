import { useEffect, useId, useState } from 'preact/hooks';
import type { Drive } from '../../lib/model';
import type { DriveList } from '../../lib/protocol/team';
import type { Request } from '../../lib/protocol';
import { t } from '../../lib/i18n';
import { driveDates, driveName, progressText } from '../common/drive-text';

export type DriveInput = Request<'saveDrive'>;

export interface DrivesApi {
  list(): Promise<DriveList>;
  save(input: DriveInput): Promise<Drive>;
  remove(id: string): Promise<void>;
}

const blank = { name: '', goal: '', startDate: '', endDate: '' };
/** page.css styles the other input types; dates get the same look here. */
const dateStyle = { background: 'var(--card)', border: '1px solid var(--border)', borderRadius: '6px', padding: '7px 9px' };

/**
 * Drive goals on the reports page: every drive, current and past, with progress and pace, and a
 * form to set one ("40 1:1s between Nov 1 and Nov 30") or change it.
 */
export function DrivesSection({ api }: { api: DrivesApi }) {
  const ids = { name: useId(), goal: useId(), start: useId(), end: useId() };
  const [list, setList] = useState<DriveList>();
  const [form, setForm] = useState<{ id?: string; name: string; goal: string; startDate: string; endDate: string }>(blank);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const load = () => api.list().then(setList, (e: Error) => setError(e.message));
  useEffect(() => void load(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    const goal = Number(form.goal);
    if (!Number.isInteger(goal) || goal < 1) return setError(t('team.drive.goalInvalid'));
    if (!form.startDate || !form.endDate) return setError(t('team.drive.datesMissing'));
    if (form.startDate > form.endDate) return setError(t('team.drive.endsBeforeStart'));
    setError('');
    try {
      const saved = await api.save({ ...(form.id ? { id: form.id } : {}), name: form.name.trim(), goal, startDate: form.startDate, endDate: form.endDate });
      setForm(blank);
      setStatus(t('team.drive.saved', [driveName(saved)]));
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const edit = (d: Drive) => setForm({ id: d.id, name: d.name, goal: String(d.goal), startDate: d.startDate, endDate: d.endDate });
  const remove = async (d: Drive) => {
    await api.remove(d.id).catch((e: Error) => setError(e.message));
    setStatus(t('team.drive.removed', [driveName(d)]));
    await load();
  };
  const set = (key: keyof typeof blank) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });

  return (
    <section class="card" aria-labelledby="drives-h">
      <h2 id="drives-h">{t('team.drive.title')}</h2>
      <p class="note">{t('team.drive.lead', [list?.timeZone.replaceAll('_', ' ') ?? ''])}</p>
      {list?.drives.length ? (
        <ul class="list">
          {list.drives.map(({ drive, progress }) => (
            <li key={drive.id} aria-label={driveName(drive)}>
              <div style={{ flex: '1 1 320px' }}>
                <strong>{driveName(drive)}</strong> <span class="muted">{driveDates(drive)}</span>
                <br />
                <progress max={progress.goal} value={Math.min(progress.held, progress.goal)} aria-hidden="true" style={{ width: '100%' }} />
                <br />
                <span class={progress.status === 'behind' || progress.status === 'missed' ? 'error' : undefined}>{progressText(progress, drive)}</span>
              </div>
              <div class="actions" style={{ marginTop: 0 }}>
                <button type="button" onClick={() => edit(drive)} aria-label={t('team.drive.editNamed', [driveName(drive)])}>
                  {t('team.drive.edit')}
                </button>
                <button type="button" class="danger" onClick={() => void remove(drive)} aria-label={t('team.drive.deleteNamed', [driveName(drive)])}>
                  {t('team.drive.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : list ? (
        <p class="muted">{t('team.drive.none')}</p>
      ) : null}
      <form onSubmit={submit} aria-label={form.id ? t('team.drive.editTitle') : t('team.drive.newTitle')}>
        <h3 style={{ margin: '14px 0 6px', fontSize: '15px' }}>{form.id ? t('team.drive.editTitle') : t('team.drive.newTitle')}</h3>
        <div class="grid">
          <div class="field">
            <label for={ids.name}>{t('team.drive.name')}</label>
            <input id={ids.name} type="text" maxLength={200} value={form.name} onInput={set('name')} placeholder={t('team.drive.namePlaceholder')} />
          </div>
          <div class="field">
            <label for={ids.goal}>{t('team.drive.goal')}</label>
            <input id={ids.goal} type="number" min={1} step={1} value={form.goal} onInput={set('goal')} />
          </div>
          <div class="field">
            <label for={ids.start}>{t('team.drive.start')}</label>
            <input id={ids.start} type="date" value={form.startDate} onInput={set('startDate')} style={dateStyle} />
          </div>
          <div class="field">
            <label for={ids.end}>{t('team.drive.end')}</label>
            <input id={ids.end} type="date" value={form.endDate} onInput={set('endDate')} style={dateStyle} />
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            {form.id ? t('team.drive.saveChanges') : t('team.drive.add')}
          </button>
          {form.id ? (
            <button type="button" onClick={() => setForm(blank)}>
              {t('team.drive.cancel')}
            </button>
          ) : null}
          {status ? (
            <span class="status" role="status">
              {status}
            </span>
          ) : null}
        </div>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
