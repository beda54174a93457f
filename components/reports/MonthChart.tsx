import { format } from 'date-fns';
import type { MonthFigures } from '../../lib/rules/report';
import { dateLocale } from '../../lib/dates';
import { t } from '../../lib/i18n';

const series = [
  { key: 'held', label: () => t('reports.column.held'), color: 'var(--chart-1)' },
  { key: 'asks', label: () => t('reports.column.asks'), color: 'var(--chart-2)' },
  { key: 'commitmentsKept', label: () => t('reports.column.commitmentsKept'), color: 'var(--chart-3)' },
] as const;

/**
 * Under each group of bars, the month in short ("Nov 2026", "nov 2026"): the full name
 * ("noviembre de 2026") would run into its neighbours when a year of months is shown.
 */
function axisLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return format(new Date(y, m - 1, 15), 'MMM yyyy', { locale: dateLocale() });
}

/** Grouped bars per month, drawn as SVG: no chart library ships with the extension. */
export function MonthChart({ months }: { months: MonthFigures[] }) {
  const width = 820;
  const height = 220;
  const pad = { top: 12, right: 8, bottom: 28, left: 34 };
  const max = Math.max(1, ...months.flatMap((m) => series.map((s) => m[s.key])));
  const step = Math.max(1, Math.ceil(max / 4));
  const top = step * Math.ceil(max / step);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const slot = plotW / Math.max(1, months.length);
  const bar = Math.max(2, Math.min(22, (slot - 8) / series.length));
  const y = (v: number) => pad.top + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  // One sentence per month, read out by screen readers in place of the bars.
  const summary = months.map((m) => t('reports.chart.month', [m.label, String(m.held), String(m.asks), String(m.commitmentsKept)])).join('; ');

  return (
    <figure style={{ margin: 0 }}>
      <svg class="chart" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('reports.chart.label', [summary])}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="var(--border)" />
            <text x={pad.left - 6} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x0 = pad.left + i * slot + (slot - bar * series.length) / 2;
          return (
            <g key={m.month}>
              {series.map((s, j) => (
                <rect key={s.key} x={x0 + j * bar} y={y(m[s.key])} width={bar - 1} height={Math.max(0, pad.top + plotH - y(m[s.key]))} fill={s.color} rx={2}>
                  <title>{t('reports.chart.bar', [m.label, s.label(), String(m[s.key])])}</title>
                </rect>
              ))}
              <text x={pad.left + i * slot + slot / 2} y={height - 8} text-anchor="middle">
                {axisLabel(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <i style={{ background: s.color }} />
            {s.label()}
          </li>
        ))}
      </ul>
    </figure>
  );
}
