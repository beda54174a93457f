import { useEffect, useState } from 'preact/hooks';
import type { ExportedFile } from '../../lib/protocol/data';
import type { RestoreCounts } from '../../lib/store/backup';
import type { RestoreProgressNote } from '../../lib/restore-progress';
import { t, uiLanguage } from '../../lib/i18n';
import { downloadText } from '../common/download';

interface Props {
  exportBackup(): Promise<ExportedFile>;
  /** `onProgress` hears how far the restore has got while it runs. */
  importBackup(text: string, mode: 'merge' | 'replace', onProgress: (note: RestoreProgressNote) => void): Promise<RestoreCounts>;
  /** Whether the browser keeps this extension's data even when the disk fills up. */
  storage(): Promise<'granted' | 'denied' | 'unknown'>;
  reportsUrl: string;
}

export function DataSection({ exportBackup, importBackup, storage, reportsUrl }: Props) {
  const [persisted, setPersisted] = useState<'granted' | 'denied' | 'unknown'>();
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RestoreProgressNote>();

  useEffect(() => void storage().then(setPersisted), []);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ ok: true, text: await work() });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };
  const count = (n: number) => n.toLocaleString(uiLanguage());

  return (
    <section class="card" aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p class="note">
        Everything stays in this browser; nothing is sent anywhere. Keep a backup file somewhere safe, and use{' '}
        <a href={reportsUrl}>Reports</a> for spreadsheets of your 1:1s.
      </p>
      <p>
        {persisted === undefined
          ? t('panel.storage.checking')
          : persisted === 'granted'
            ? t('panel.storage.persistent')
            : persisted === 'denied'
              ? t('panel.storage.notPersistent')
              : t('panel.storage.unknown')}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const backup = await exportBackup();
              downloadText(backup);
              return `Backup saved as ${backup.filename}.`;
            })
          }
        >
          Download a backup
        </button>
      </div>
      <fieldset class="step">
        <legend>Restore from a backup</legend>
        <div class="field">
          <label for="backup-file">Backup file</label>
          <input id="backup-file" type="file" accept="application/json,.json" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
        </div>
        <div role="radiogroup" aria-label="How to restore" class="actions">
          <label class="check">
            <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            Merge with what is here (nothing is duplicated; the newer edit wins)
          </label>
          <label class="check">
            <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            Replace everything here with the file
          </label>
        </div>
        <div class="actions">
          <button
            type="button"
            disabled={!file || busy}
            onClick={() =>
              run(async () => {
                setMessage(undefined);
                setProgress({ phase: 'checking', done: 0, total: 0 });
                const counts = await importBackup(await file!.text(), mode, setProgress);
                return `Restored: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} already up to date.`;
              })
            }
          >
            Restore
          </button>
        </div>
        {progress ? (
          <div class="field">
            <label for="restore-progress">
              {progress.phase === 'checking' ? t('data.restoreChecking') : t('data.restoreWriting', [count(progress.done), count(progress.total)])}
            </label>
            {/* No value while checking: the bar shows that work goes on, without a share. */}
            {progress.phase === 'checking' ? <progress id="restore-progress" /> : <progress id="restore-progress" max={progress.total} value={progress.done} />}
          </div>
        ) : null}
      </fieldset>
      <p role="status" class={message?.ok ? 'status' : 'error'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
