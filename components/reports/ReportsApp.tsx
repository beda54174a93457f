import { TZDate } from '@date-fns/tz';
import { endOfMonth, format, startOfMonth, subMonths } from 'date-fns';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Report } from '../../lib/rules/report';
import type { ExportedFile } from '../../lib/protocol/data';
import { downloadText } from '../common/download';
import { MonthChart } from './MonthChart';
import { DrivesSection, type DrivesApi } from './DrivesSection';
import { ShareWithStaff, type ShareApi } from './ShareWithStaff';

export interface ReportsApi {
  getReport(from: number, to: number): Promise<Report>;
  exportCsv(what: 'meetings' | 'commitments', from: number, to: number): Promise<ExportedFile>;
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

const rows: [keyof Report['totals'], string][] = [
  ['held', '1:1s held'],
  ['asks', 'Asks made'],
  ['yes', 'Clear yes'],
  ['ambivalent', 'Ambivalent'],
  ['no', 'No'],
  ['commitmentsMade', 'Commitments made'],
  ['commitmentsKept', 'Commitments kept'],
  ['followUpsOnTime', 'Follow-ups on time'],
  ['followUpsLate', 'Follow-ups late'],
];

export function ReportsApp({ api }: { api: ReportsApi }) {
  const fromId = useId();
  const toId = useId();
  const [zone, setZone] = useState<string>();
  const [fromMonth, setFromMonth] = useState('');
  const [toMonth, setToMonth] = useState('');
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState('');

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
    if (!range) return setError('Choose a first and a last month.');
    if (range.from > range.to) return setError('The first month is after the last one.');
    setError('');
    api.getReport(range.from, range.to).then(setReport, (e: Error) => setError(e.message));
  }, [zone, fromMonth, toMonth]);

  const download = (what: 'meetings' | 'commitments') =>
    range && api.exportCsv(what, range.from, range.to).then(downloadText, (e: Error) => setError(e.message));

  return (
    <div class="pg wide">
      <header class="pg-head">
        <h1>Reports</h1>
        <a href={api.optionsUrl}>Options</a>
      </header>
      <p class="pg-lead">Your 1:1s, asks, commitments and follow-through, month by month{zone ? ` (${zone.replaceAll('_', ' ')} time)` : ''}.</p>
      <section class="card" aria-label="Period">
        <div class="grid">
          <div class="field">
            <label for={fromId}>From month</label>
            <input id={fromId} type="month" value={fromMonth} onInput={(e) => setFromMonth(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={toId}>To month</label>
            <input id={toId} type="month" value={toMonth} onInput={(e) => setToMonth(e.currentTarget.value)} />
          </div>
        </div>
        <div class="actions">
          <button type="button" class="primary" disabled={!range} onClick={() => download('meetings')}>
            Download 1:1 reports (CSV)
          </button>
          <button type="button" disabled={!range} onClick={() => download('commitments')}>
            Download commitments (CSV)
          </button>
          <span class="muted">Private notes are left out.</span>
        </div>
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
            <h2 id="chart-h">By month</h2>
            <MonthChart months={report.months} />
          </section>
          <section class="card" aria-labelledby="table-h">
            <h2 id="table-h">Figures</h2>
            <div style={{ overflowX: 'auto' }}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    {rows.map(([key, label]) => (
                      <th scope="col" key={key}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.months.map((m) => (
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
                    <th scope="row">Total</th>
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
