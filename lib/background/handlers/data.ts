import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { afterChange } from '../after-change';
import { getDB } from '../../store/db';
import { getSettings } from '../../store/settings';
import { listTemplates, saveTemplates } from '../../store/templates';
import { planTemplateImport } from '../../rules/template-import';
import { restoreProgressReporter } from '../../restore-progress';
import { t } from '../../i18n';
import { exportBackup, restoreBackup } from '../../store/backup';
import { parseBackup, parseTemplateFile } from '../../export/backup';
import { commitmentsCsv, meetingsCsv } from '../../export/csv';
import { buildReport } from '../../rules/report';
import { resolveTimeZone } from '../../rules/followups';
import type { Handlers } from '../router';

export const dataHandlers: Pick<Handlers, 'getReport' | 'exportCsv' | 'exportBackup' | 'importBackup' | 'importTemplates'> = {
  async getReport({ from, to }) {
    const db = await getDB();
    const timeZone = resolveTimeZone(await getSettings(db));
    const tx = db.transaction(['meetings', 'commitments', 'followups'], 'readonly');
    const [meetings, commitments, followups] = await Promise.all([
      tx.objectStore('meetings').getAll(),
      tx.objectStore('commitments').getAll(),
      tx.objectStore('followups').getAll(),
    ]);
    return { ...buildReport({ meetings, commitments, followups }, { from, to, timeZone }), timeZone };
  },

  async exportCsv({ what, from, to }) {
    const db = await getDB();
    const settings = await getSettings(db);
    const timeZone = resolveTimeZone(settings);
    const people = new Map((await db.getAll('people')).map((p) => [p.key, p]));
    const ctx = { people, organizer: settings.organizerName, timeZone };
    const inPeriod = (ms: number) => ms >= from && ms <= to;
    const commitments = (await db.getAll('commitments')).sort((a, b) => a.createdAt - b.createdAt);
    const span = `${format(new TZDate(from, timeZone), 'yyyy-MM-dd')}-to-${format(new TZDate(to, timeZone), 'yyyy-MM-dd')}`;
    const mime = 'text/csv;charset=utf-8';
    if (what === 'meetings') {
      const meetings = (await db.getAll('meetings'))
        .filter((m) => m.status === 'held' && inPeriod(m.startedAt ?? m.scheduledAt ?? m.createdAt))
        .sort((a, b) => (a.startedAt ?? a.scheduledAt ?? a.createdAt) - (b.startedAt ?? b.scheduledAt ?? b.createdAt));
      return { filename: `1-1-reports-${span}.csv`, mime, text: meetingsCsv(meetings, commitments, ctx) };
    }
    return { filename: `commitments-${span}.csv`, mime, text: commitmentsCsv(commitments.filter((c) => inPeriod(c.createdAt)), ctx) };
  },

  async exportBackup() {
    const db = await getDB();
    const now = Date.now();
    const backup = await exportBackup(db, now);
    const day = format(new TZDate(now, resolveTimeZone(backup.settings)), 'yyyy-MM-dd');
    return { filename: `1-1-companion-backup-${day}.json`, mime: 'application/json', text: JSON.stringify(backup) };
  },

  async importBackup({ text, mode, progress }) {
    const reporter = restoreProgressReporter(progress);
    try {
      reporter.report({ phase: 'checking', done: 0, total: 0 });
      // The one check of every record; the restore then writes them as they are.
      const checked = parseBackup(text);
      if (!checked.ok) throw new Error(checked.problem);
      const counts = await restoreBackup(await getDB(), checked.backup, mode, (p) => reporter.report({ phase: 'writing', ...p }));
      // Alarms, badge and notifications follow the restored follow-ups.
      await afterChange();
      return counts;
    } finally {
      reporter.end();
    }
  },

  async importTemplates({ text, choices }) {
    const checked = parseTemplateFile(text);
    if (!checked.ok) throw new Error(checked.problem);
    const db = await getDB();
    const stored = (await listTemplates(db)).filter((template) => !template.builtIn);
    const plan = planTemplateImport(checked.templates, stored, choices ?? {}, (template) => t('data.importedCopyName', [template.name]));
    if ('clashes' in plan) return plan;
    await saveTemplates(db, plan.save);
    return { saved: plan.save, skipped: plan.skipped };
  },
};
