import { useId, useState } from 'preact/hooks';
import type { ReportTotals } from '../../lib/rules/report';
import type { TeamRollup } from '../../lib/rules/team';
import { t } from '../../lib/i18n';
import { formatMonth } from '../../lib/dates';

const ALL = 'all';
type Column = keyof ReportTotals;
const columns: Column[] = ['held', 'asks', 'yes', 'commitmentsMade', 'commitmentsKept', 'followUpsOnTime', 'followUpsLate'];

function heading(c: Column): string {
  switch (c) {
    case 'held':
      return t('team.table.held');
    case 'asks':
      return t('team.table.asks');
    case 'yes':
      return t('team.table.yes');
    case 'commitmentsMade':
      return t('team.table.commitmentsMade');
    case 'commitmentsKept':
      return t('team.table.commitmentsKept');
    case 'followUpsOnTime':
      return t('team.table.followUpsOnTime');
    case 'followUpsLate':
      return t('team.table.followUpsLate');
    default:
      return c;
  }
}

/** Organizers by month: pick a month (or all of them); one row per organizer, the team's total below. */
export function TeamTable({ rollup }: { rollup: TeamRollup }) {
  const selectId = useId();
  const [month, setMonth] = useState(ALL);
  const shown = month === ALL || rollup.months.includes(month) ? month : ALL;
  const rows = rollup.organizers
    .map((o) => {
      const mine = rollup.rows.filter((r) => r.organizerId === o.organizerId && (shown === ALL || r.month === shown));
      if (!mine.length) return undefined;
      const sum = Object.fromEntries(columns.map((c) => [c, mine.reduce((n, r) => n + r.figures[c], 0)])) as Record<Column, number>;
      return { id: o.organizerId, name: o.name, sum, overdueNow: o.overdueNow };
    })
    .filter((r) => r !== undefined);
  const total = (c: Column) => rows.reduce((n, r) => n + r.sum[c], 0);

  return (
    <section class="card" aria-labelledby="team-table-h">
      <h2 id="team-table-h">{t('team.table.title')}</h2>
      <div class="field" style={{ maxWidth: '260px', margin: '8px 0 12px' }}>
        <label for={selectId}>{t('team.table.month')}</label>
        <select id={selectId} value={shown} onChange={(e) => setMonth(e.currentTarget.value)}>
          <option value={ALL}>{t('team.table.allMonths')}</option>
          {rollup.months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m)}
            </option>
          ))}
        </select>
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table>
          <caption class="muted" style={{ textAlign: 'left' }}>
            {shown === ALL ? t('team.table.captionAll') : t('team.table.captionMonth', [formatMonth(shown)])}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('team.table.organizer')}</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {heading(c)}
                </th>
              ))}
              <th scope="col">{t('team.table.overdueNow')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                {columns.map((c) => (
                  <td key={c}>{r.sum[c]}</td>
                ))}
                <td>{r.overdueNow}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('team.table.total')}</th>
              {columns.map((c) => (
                <td key={c}>{total(c)}</td>
              ))}
              <td>{rows.reduce((n, r) => n + r.overdueNow, 0)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="muted">{t('team.table.note')}</p>
    </section>
  );
}
