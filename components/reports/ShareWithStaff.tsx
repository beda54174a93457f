import { useEffect, useId, useState } from 'preact/hooks';
import type { ExportedFile } from '../../lib/protocol/data';
import { t } from '../../lib/i18n';
import { downloadText } from '../common/download';

export interface ShareApi {
  organizerName(): Promise<string>;
  saveOrganizerName(name: string): Promise<void>;
  exportTeamFile(from: number, to: number, includeNotes: boolean): Promise<ExportedFile>;
}

/**
 * "Share with staff": saves the team report file for the months chosen on the reports page.
 * Notes only when ticked; private notes never.
 */
export function ShareWithStaff({ api, range }: { api: ShareApi; range: { from: number; to: number } | undefined }) {
  const nameId = useId();
  const notesId = useId();
  const [name, setName] = useState('');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => void api.organizerName().then(setName, (e: Error) => setError(e.message)), []);

  const share = async () => {
    setStatus('');
    setError('');
    if (!range) return;
    if (!name.trim()) return setError(t('team.share.noName'));
    try {
      await api.saveOrganizerName(name.trim());
      const file = await api.exportTeamFile(range.from, range.to, includeNotes);
      downloadText(file);
      setStatus(t('team.share.saved', [file.filename]));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section class="card" aria-labelledby="share-h">
      <h2 id="share-h">{t('team.share.title')}</h2>
      <p class="note">{t('team.share.lead')}</p>
      <div class="grid">
        <div class="field">
          <label for={nameId}>{t('team.share.name')}</label>
          <input id={nameId} type="text" maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
      </div>
      <label class="check" for={notesId} style={{ marginTop: '10px' }}>
        <input id={notesId} type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.currentTarget.checked)} />
        {t('team.share.includeNotes')}
      </label>
      <div class="actions">
        <button type="button" class="primary" disabled={!range} onClick={() => void share()}>
          {t('team.share.button')}
        </button>
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
    </section>
  );
}
