import { useId, useMemo } from 'preact/hooks';
import {
  atRiskByDaysLeft,
  denialsByCause,
  denialsByPayerPerWeek,
  type PayerWeeks,
} from '../../utils/denials/charts';
import type { WorklistRow } from '../../utils/denials/worklist';
import { formatMoney } from '../../utils/notes/format';
import { BarChart } from './BarChart';

/** The worklist's three pictures, for the rows the filters leave. */
export interface ChartsProps {
  rows: readonly WorklistRow[];
  today: string;
}

const count = (n: number) => String(n);
const dollars = (n: number) => formatMoney(n) ?? '$0.00';
const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;

const CELL_W = 34;
const ROW_H = 24;
const LABEL_W = 180;

/** Small multiples: one row per payer, a bar per week, the count written on each bar. */
function PayerWeeksChart({ data }: { data: PayerWeeks }) {
  const id = useId();
  const title = `Denials by payer per week (last ${data.weeks.length} weeks)`;
  const max = Math.max(1, ...data.series.flatMap((s) => s.counts));
  const width = LABEL_W + data.weeks.length * CELL_W + 10;
  const height = (data.series.length + 1) * ROW_H;
  const described =
    data.series.length === 0
      ? 'No denials in these weeks.'
      : data.series
          .map(
            (s) =>
              `${s.payer}: ${s.counts.map((n, i) => `week of ${shortDate(data.weeks[i]!)} ${n}`).join(', ')}`,
          )
          .join('; ');
  return (
    <figure class="chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      {data.series.length === 0 ? (
        <p class="muted">No denials in these weeks for these filters.</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={`${id}-t`}
          aria-describedby={`${id}-d`}
          viewBox={`0 0 ${width} ${height}`}
          class="chart-svg"
        >
          <title>{title}</title>
          <desc id={`${id}-d`}>{described}</desc>
          <g>
            {data.series.map((s, row) => (
              <g key={s.payer}>
                <text class="chart-label" x={LABEL_W - 6} y={row * ROW_H + 16} text-anchor="end">
                  {s.payer.length > 26 ? `${s.payer.slice(0, 25)}…` : s.payer}
                </text>
                {s.counts.map((n, i) => {
                  const h = n > 0 ? Math.max(2, (n / max) * (ROW_H - 6)) : 0;
                  return (
                    <g key={data.weeks[i]}>
                      <rect
                        class="chart-bar"
                        x={LABEL_W + i * CELL_W + 2}
                        y={row * ROW_H + ROW_H - 2 - h}
                        width={CELL_W - 16}
                        height={h}
                      />
                      <text
                        class="chart-value small"
                        x={LABEL_W + i * CELL_W + CELL_W - 13}
                        y={row * ROW_H + 16}
                      >
                        {n || ''}
                      </text>
                    </g>
                  );
                })}
              </g>
            ))}
            {data.weeks.map((w, i) => (
              <text key={w} class="chart-axis" x={LABEL_W + i * CELL_W + 2} y={height - 6}>
                {shortDate(w)}
              </text>
            ))}
          </g>
        </svg>
      )}
      <details class="chart-table">
        <summary>Table view: {title}</summary>
        <table class="lines">
          <thead>
            <tr>
              <th scope="col">Payer</th>
              {data.weeks.map((w) => (
                <th scope="col" key={w}>
                  Week of {shortDate(w)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.series.map((s) => (
              <tr key={s.payer}>
                <th scope="row">{s.payer}</th>
                {s.counts.map((n, i) => (
                  <td key={data.weeks[i]}>{n}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function Charts({ rows, today }: ChartsProps) {
  const byCause = useMemo(() => denialsByCause(rows), [rows]);
  const weeks = useMemo(() => denialsByPayerPerWeek(rows, today), [rows, today]);
  const atRisk = useMemo(() => atRiskByDaysLeft(rows), [rows]);
  return (
    <section class="charts" aria-labelledby="charts-h">
      <h2 id="charts-h">Pictures of these claims</h2>
      <BarChart
        title="Denied claims by cause"
        bars={byCause}
        format={count}
        labelHeading="Cause"
        valueHeading="Claims"
      />
      <PayerWeeksChart data={weeks} />
      <BarChart
        title="Dollars at risk by days left to act"
        bars={atRisk}
        format={dollars}
        labelHeading="Days left"
        valueHeading="At risk"
      />
    </section>
  );
}
