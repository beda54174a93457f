import { useEffect, useState } from 'preact/hooks';
import type { Settings, Template } from '../../lib/model';
import type { ExportedFile, ImportTemplatesResult } from '../../lib/protocol/data';
import type { RestoreCounts } from '../../lib/store/backup';
import type { DeletedTemplate } from '../../lib/store/templates';
import type { TemplateChoice } from '../../lib/rules/template-import';
import type { RestoreProgressNote } from '../../lib/restore-progress';
import { SettingsForm } from './SettingsForm';
import { TemplatesSection } from './TemplatesSection';
import { DataSection } from './DataSection';
import { t } from '../../lib/i18n';

import { ConnectionsSection, type ConnectionsApi } from './ConnectionsSection';
import { TeamFormSection } from './TeamFormSection';

/** What the options page needs; the entrypoint wires it to messages, tests to plain functions. */
export interface OptionsApi {
  getSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  listTemplates(): Promise<Template[]>;
  saveTemplate(template: Template): Promise<Template>;
  deleteTemplate(id: string): Promise<DeletedTemplate>;
  importTemplates(text: string, choices?: Record<string, TemplateChoice>): Promise<ImportTemplatesResult>;
  exportBackup(): Promise<ExportedFile>;
  importBackup(text: string, mode: 'merge' | 'replace', onProgress: (note: RestoreProgressNote) => void): Promise<RestoreCounts>;
  storage(): Promise<'granted' | 'denied' | 'unknown'>;
  systemTimeZone: string;
  reportsUrl: string;
  teamUrl?: string;

  /** CRM write-back: connections (absent in tests that do not need them). */
  connections?: ConnectionsApi;
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings>();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [error, setError] = useState('');
  // Bumped after a restore, so the settings form shows the restored values.
  const [generation, setGeneration] = useState(0);

  const load = () =>
    Promise.all([api.getSettings(), api.listTemplates()])
      .then(([s, t]) => {
        setSettings(s);
        setTemplates(t);
        setGeneration((g) => g + 1);
      })
      .catch((e: Error) => setError(e.message));
  useEffect(() => void load(), []);
  const reloadTemplates = () => api.listTemplates().then(setTemplates);

  return (
    <div class="pg">
      <header class="pg-head">
        <h1>1:1 Companion options</h1>
        <a href={api.reportsUrl}>Reports</a>
        {api.teamUrl ? <a href={api.teamUrl}>{t('team.page.link')}</a> : null}
      </header>
      <p class="pg-lead">Set up how the panel prepares your 1:1s and when it reminds you to follow up.</p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {settings ? (
        <SettingsForm
          key={generation}
          settings={settings}
          templates={templates}
          systemTimeZone={api.systemTimeZone}
          onSave={async (patch) => setSettings(await api.saveSettings(patch))}
        />
      ) : (
        <p>Loading…</p>
      )}
      <TemplatesSection
        templates={templates}
        onSave={async (t) => {
          await api.saveTemplate(t);
          await reloadTemplates();
        }}
        onDelete={async (id) => {
          const { movedDefaultTo } = await api.deleteTemplate(id);
          // It was the default: the settings form shows the built-in one that took its place.
          await (movedDefaultTo ? load() : reloadTemplates());
        }}
        onImport={async (text, choices) => {
          const result = await api.importTemplates(text, choices);
          if ('saved' in result) await reloadTemplates();
          return result;
        }}
      />
      {api.connections ? <ConnectionsSection api={api.connections} /> : null}
      {settings ? <TeamFormSection key={generation} teamForm={settings.teamForm} onSave={async (teamForm) => setSettings(await api.saveSettings({ teamForm }))} /> : null}
      <DataSection
        exportBackup={api.exportBackup}
        importBackup={async (text, mode, onProgress) => {
          const counts = await api.importBackup(text, mode, onProgress);
          await load();
          return counts;
        }}
        storage={api.storage}
        reportsUrl={api.reportsUrl}
      />
    </div>
  );
}
