import { useId, useState } from 'preact/hooks';
import type { TeamImportResult } from '../../lib/protocol/team';
import { formatWhen } from '../../lib/dates';
import { t } from '../../lib/i18n';

interface Props {
  importFile(text: string): Promise<TeamImportResult>;
  /** Called once all chosen files are done, to draw the page again. */
  onImported(): void;
  timeZone: string;
}

interface Line {
  ok: boolean;
  text: string;
}

/** One plain sentence per file: what happened to it. */
function describe(file: string, result: TeamImportResult, timeZone: string): Line {
  const when = (ms: number) => formatWhen(ms, timeZone);
  switch (result.status) {
    case 'added':
      return { ok: true, text: t('team.import.added', [file, result.organizerName, when(result.madeAt)]) };
    case 'replaced':
      return { ok: true, text: t('team.import.replaced', [file, result.organizerName, when(result.previousMadeAt), when(result.madeAt)]) };
    case 'stale':
      return { ok: false, text: t('team.import.stale', [file, result.organizerName, when(result.keptMadeAt), when(result.madeAt)]) };
    case 'refused':
      return { ok: false, text: t('team.import.refused', [file, result.problem]) };
  }
}

/**
 * Choose or drop any number of team report files. Each is checked on its own: a bad one is
 * refused with its reason and changes nothing; the others still land. Results list in file order.
 */
export function TeamImport({ importFile, onImported, timeZone }: Props) {
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const [over, setOver] = useState(false);

  const take = async (files: readonly File[]) => {
    if (!files.length) return;
    setBusy(true);
    const out: (Line | undefined)[] = files.map(() => undefined);
    // Two at a time: the background checks one file while the last one is being written. Each
    // file is still decided on its own, and the store keeps whichever of an organizer's files is newest.
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const i = next++;
        const file = files[i]!;
        try {
          out[i] = describe(file.name, await importFile(await file.text()), timeZone);
        } catch (e) {
          out[i] = { ok: false, text: t('team.import.failed', [file.name, (e as Error).message]) };
        }
        setLines(out.filter((line) => line !== undefined));
      }
    };
    await Promise.all([worker(), worker()]);
    setBusy(false);
    onImported();
  };

  return (
    <section
      class="card"
      aria-labelledby="team-import-h"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take([...(e.dataTransfer?.files ?? [])]);
      }}
      style={over ? { outline: '3px dashed var(--accent)' } : undefined}
    >
      <h2 id="team-import-h">{t('team.import.title')}</h2>
      <p class="note">{t('team.import.lead')}</p>
      <div class="field">
        <label for={inputId}>{t('team.import.files')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          multiple
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            void take([...(input.files ?? [])]).then(() => (input.value = ''));
          }}
        />
        <span class="hint">{t('team.import.drop')}</span>
      </div>
      {busy ? <p class="muted">{t('team.import.busy')}</p> : null}
      <div role="status" aria-label={t('team.import.results')}>
        {lines.length ? (
          <ul class="list">
            {lines.map((line, i) => (
              <li key={i} class={line.ok ? 'status' : 'error'}>
                {line.text}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
