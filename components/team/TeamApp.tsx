import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/model';
import type { ExportedFile } from '../../lib/protocol/data';
import type { TeamImportResult } from '../../lib/protocol/team';
import type { TeamOrganizer, TeamRollup } from '../../lib/rules/team';
import { t } from '../../lib/i18n';
import { downloadText } from '../common/download';
import { MonthChart } from '../reports/MonthChart';
import { TeamImport } from './TeamImport';
import { TeamTable } from './TeamTable';
import { TeamDrives } from './TeamDrives';
import { TeamOrganizers } from './TeamOrganizers';
import { RecentContactSetting } from './RecentContactSetting';
import { formatMonth } from '../../lib/dates';

/** What the team page needs; the entrypoint wires it to messages, tests to plain functions. */
export interface TeamApi {
  getTeam(): Promise<TeamRollup>;
  importFile(text: string): Promise<TeamImportResult>;
  remove(organizerId: string): Promise<void>;
  exportCsv(): Promise<ExportedFile>;
  getSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  systemTimeZone: string;
  reportsUrl: string;
  optionsUrl: string;
}

/**
 * The team page: staff import each organizer's team report file and read everyone's numbers by
 * month, each drive's progress, a chart and a CSV. The files stay (in the extension's own store)
 * until removed here.
 */
export function TeamApp({ api }: { api: TeamApi }) {
  const [rollup, setRollup] = useState<TeamRollup>();
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const timeZone = settings?.timeZone || api.systemTimeZone;

  const load = () => api.getTeam().then(setRollup, (e: Error) => setError(e.message));
  useEffect(() => {
    void load();
    void api.getSettings().then(setSettings, (e: Error) => setError(e.message));
  }, []);

  const remove = async (o: TeamOrganizer) => {
    setStatus('');
    try {
      await api.remove(o.organizerId);
      setStatus(t('team.organizers.removed', [o.name]));
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div class="pg wide">
      <header class="pg-head">
        <h1>{t('team.page.title')}</h1>
        <span class="actions" style={{ marginTop: 0 }}>
          <a href={api.reportsUrl}>{t('team.page.reports')}</a>
          <a href={api.optionsUrl}>{t('team.page.options')}</a>
        </span>
      </header>
      <p class="pg-lead">{t('team.page.lead')}</p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <TeamImport importFile={api.importFile} onImported={() => void load()} timeZone={timeZone} />
      {status ? (
        <p class="status" role="status">
          {status}
        </p>
      ) : null}
      {rollup && !rollup.organizers.length ? <p class="muted">{t('team.page.empty')}</p> : null}
      {rollup?.organizers.length ? (
        <>
          <TeamTable rollup={rollup} />
          <section class="card" aria-labelledby="team-chart-h">
            <h2 id="team-chart-h">{t('team.page.chart')}</h2>
            <MonthChart months={rollup.totals.map((m) => ({ ...m, label: formatMonth(m.month) }))} />
          </section>
          <TeamDrives drives={rollup.drives} />
          <TeamOrganizers organizers={rollup.organizers} timeZone={timeZone} onRemove={(o) => void remove(o)} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => void api.exportCsv().then(downloadText, (e: Error) => setError(e.message))}>
              {t('team.page.csv')}
            </button>
          </div>
        </>
      ) : null}
      {settings ? (
        <RecentContactSetting
          days={settings.recentContactDays}
          onSave={async (recentContactDays) => setSettings(await api.saveSettings({ recentContactDays }))}
        />
      ) : null}
    </div>
  );
}
