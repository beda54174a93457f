import { TZDate } from '@date-fns/tz';
import { endOfMonth, format, startOfMonth, subMonths } from 'date-fns';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Report } from '../../lib/rules/report';
import type { CsvSlice } from '../../lib/protocol/data';
import type { PageCursor } from '../../lib/protocol/followups';
import { t, uiLanguage } from '../../lib/i18n';
import { formatMonth } from '../../lib/dates';
import { downloadText } from '../common/download';
import { MonthChart } from './MonthChart';
import { DrivesSection, type DrivesApi } from './DrivesSection';
import { ShareWithStaff, type ShareApi } from './ShareWithStaff';

export interface ReportsApi {
  getReport(from: number, to: number): Promise<Report>;
  /** One slice of the file; `after` (from the previous slice) asks for the next. */
  exportCsv(what: 'meetings' | 'commitments', from: number, to: number, after?: PageCursor): Promise<CsvSlice>;
  timeZone(): Promise<string>;
  optionsUrl: string;
  now(): number;
  /** Drive goals and "Share with staff" (issue 13). */
  drives?: DrivesApi;
  share?: ShareApi;
}

/** "2026-11" → the first and last millisecond of that month in the zone. */
function monthRange(fromMonth: string, toMonth: string, timeZone: string): { from: number; to: number } | undefined {
  const parse = (value: string) => {
    const m = /^(\d{4})-(\d{2})$/.exec(value);
    return m ? new TZDate(Number(m[1]), Number(m[2]) - 1, 1, timeZone) : undefined;
  };
  const a = parse(fromMonth);
  const b = parse(toMonth);
  if (!a || !b) return undefined;
  return { from: startOfMonth(a).getTime(), to: endOfMonth(b).getTime() };
}

const count = (n: number) => n.toLocaleString(uiLanguage());

/** Progress shows only for an export that takes longer than this. */
const PROGRESS_AFTER_MS = 1000;

/**
 * Builds a CSV a slice at a time, so the page stays responsive however large the file, and
 * reports how far it got. The slices are joined once, at the end.
 */
export async function buildCsv(
  api: Pick<ReportsApi, 'exportCsv'>,
  what: 'meetings' | 'commitments',
  range: { from: number; to: number },
  onProgress: (done: number, total: number) => void,
): Promise<{ filename: string; mime: string; text: string }> {
  const parts: string[] = [];
  let slice = await api.exportCsv(what, range.from, range.to);
  const total = slice.total ?? 0;
  let done = 0;
  for (;;) {
    parts.push(slice.text);
    done += slice.rows;
    onProgress(done, Math.max(done, total));
    if (!slice.after) break;
    slice = await api.exportCsv(what, range.from, range.to, slice.after);
  }
  return { filename: slice.filename, mime: slice.mime, text: parts.join('') };
}

const rows: [keyof Report['totals'], () => string][] = [
  ['held', () => t('reports.column.held')],
  ['asks', () => t('reports.column.asks')],
  ['yes', () => t('reports.column.yes')],
  ['ambivalent', () => t('reports.column.ambivalent')],
  ['no', () => t('reports.column.no')],
  ['commitmentsMade', () => t('reports.column.commitmentsMade')],
  ['commitmentsKept', () => t('reports.column.commitmentsKept')],
  ['followUpsOnTime', () => t('reports.column.followUpsOnTime')],
  ['followUpsLate', () => t('reports.column.followUpsLate')],
];

export function ReportsApp({ api }: { api: ReportsApi }) {
  const fromId = useId();
  const toId = useId();
  const [zone, setZone] = useState<string>();
  const [fromMonth, setFromMonth] = useState('');
  const [toMonth, setToMonth] = useState('');
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState('');
  const [exporting, setExporting] = useState<{ done: number; total: number; shown: boolean }>();

  useEffect(() => {
    void api.timeZone().then((tz) => {
      const now = new TZDate(api.now(), tz);
      setZone(tz);
      setFromMonth(format(subMonths(now, 5), 'yyyy-MM'));
      setToMonth(format(now, 'yyyy-MM'));
    }, (e: Error) => setError(e.message));
  }, []);

  const range = zone ? monthRange(fromMonth, toMonth, zone) : undefined;
  useEffect(() => {
    if (!zone) return;
    if (!range) return setError(t('reports.chooseMonths'));
    if (range.from > range.to) return setError(t('reports.monthsReversed'));
    setError('');
    api.getReport(range.from, range.to).then(setReport, (e: Error) => setError(e.message));
  }, [zone, fromMonth, toMonth]);

  // Month names in the interface's language (the report's own labels are for files).
  const months = report?.months.map((m) => ({ ...m, label: formatMonth(m.month) })) ?? [];

  const download = async (what: 'meetings' | 'commitments') => {
    if (!range || exporting) return;
    setExporting({ done: 0, total: 0, shown: false });
    const reveal = setTimeout(() => setExporting((p) => p && { ...p, shown: true }), PROGRESS_AFTER_MS);
    try {
      downloadText(await buildCsv(api, what, range, (done, total) => setExporting((p) => p && { ...p, done, total })));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      clearTimeout(reveal);
      setExporting(undefined);
    }
  };

  return (
    <div class="pg wide">
      <header class="pg-head">
        <h1>{t('reports.title')}</h1>
        <a href={api.optionsUrl}>{t('reports.options')}</a>
      </header>
      <p class="pg-lead">{zone ? t('reports.leadZone', [zone.replaceAll('_', ' ')]) : t('reports.lead')}</p>
      <section class="card" aria-label={t('reports.period')}>
        <div class="grid">
          <div class="field">
            <label for={fromId}>{t('reports.from')}</label>
            <input id={fromId} type="month" value={fromMonth} onInput={(e) => setFromMonth(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={toId}>{t('reports.to')}</label>
            <input id={toId} type="month" value={toMonth} onInput={(e) => setToMonth(e.currentTarget.value)} />
          </div>
        </div>
        <div class="actions">
          <button type="button" class="primary" disabled={!range || Boolean(exporting)} onClick={() => void download('meetings')}>
            {t('reports.downloadMeetings')}
          </button>
          <button type="button" disabled={!range || Boolean(exporting)} onClick={() => void download('commitments')}>
            {t('reports.downloadCommitments')}
          </button>
          <span class="muted">{t('reports.privateLeftOut')}</span>
        </div>
        {exporting?.shown ? (
          <div class="progress" role="status">
            <progress max={exporting.total || undefined} value={exporting.done} aria-label={t('reports.csvProgressLabel')} />
            <span>{t('reports.csvProgress', [count(exporting.done), count(exporting.total)])}</span>
          </div>
        ) : null}
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      {api.share ? <ShareWithStaff api={api.share} range={range} /> : null}
      {report ? (
        <>
          <section class="card" aria-labelledby="chart-h">
            <h2 id="chart-h">{t('reports.byMonth')}</h2>
            <MonthChart months={months} />
          </section>
          <section class="card" aria-labelledby="table-h">
            <h2 id="table-h">{t('reports.figures')}</h2>
            <div style={{ overflowX: 'auto' }}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.month')}</th>
                    {rows.map(([key, label]) => (
                      <th scope="col" key={key}>
                        {label()}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{m.label}</th>
                      {rows.map(([key]) => (
                        <td key={key}>{m[key]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('reports.total')}</th>
                    {rows.map(([key]) => (
                      <td key={key}>{report.totals[key]}</td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
        </>
      ) : null}
      {api.drives ? <DrivesSection api={api.drives} /> : null}
    </div>
  );
}
