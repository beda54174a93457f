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
import { commitmentColumns, commitmentRows, csvHeader, csvLines, meetingColumns, meetingRows } from '../../export/csv';
import { commitmentsSlice, heldMeetingsSlice, meetingsContext, peopleOf } from '../../store/reports';
import { reportTotals } from '../../store/report-totals';
import { reportFromTotals } from '../../rules/report';
import { resolveTimeZone } from '../../rules/followups';
import type { Handlers } from '../router';

/** Rows per slice of a CSV export: each answer comes back in a few tens of milliseconds. */
const CSV_SLICE = 500;

export const dataHandlers: Pick<Handlers, 'getReport' | 'exportCsv' | 'exportBackup' | 'importBackup' | 'importTemplates'> = {
  async getReport({ from, to }) {
    const db = await getDB();
    const timeZone = resolveTimeZone(await getSettings(db));
    return { ...reportFromTotals(await reportTotals(db, timeZone), { from, to }), timeZone };
  },

  async exportCsv({ what, from, to, after, limit = CSV_SLICE }) {
    const db = await getDB();
    const settings = await getSettings(db);
    const timeZone = resolveTimeZone(settings);
    const span = `${format(new TZDate(from, timeZone), 'yyyy-MM-dd')}-to-${format(new TZDate(to, timeZone), 'yyyy-MM-dd')}`;
    const mime = 'text/csv;charset=utf-8';
    const period = { from, to };
    if (what === 'meetings') {
      const slice = await heldMeetingsSlice(db, period, limit, after);
      const { people, commitments } = await meetingsContext(db, slice.records);
      const rows = csvLines(meetingRows(slice.records, commitments, { people, organizer: settings.organizerName, timeZone }));
      return { filename: `1-1-reports-${span}.csv`, mime, text: (after ? '' : csvHeader(meetingColumns)) + rows, rows: slice.records.length, total: slice.total, after: slice.after };
    }
    const slice = await commitmentsSlice(db, period, limit, after);
    const people = await peopleOf(db, slice.records.map((c) => c.personKey));
    const rows = csvLines(commitmentRows(slice.records, { people, organizer: settings.organizerName, timeZone }));
    return { filename: `commitments-${span}.csv`, mime, text: (after ? '' : csvHeader(commitmentColumns)) + rows, rows: slice.records.length, total: slice.total, after: slice.after };
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
      const db = await getDB();
      const counts = await restoreBackup(db, checked.backup, mode, (p) => reporter.report({ phase: 'writing', ...p }));
      // Alarms, badge and notifications follow the restored follow-ups.
      await afterChange();
      // Build the report figures now, while the organizer reads the result, not on the reports page.
      void getSettings(db).then((settings) => reportTotals(db, resolveTimeZone(settings))).catch(() => undefined);
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
