import { useId } from 'preact/hooks';
import type { Bar } from '../../utils/denials/charts';

/**
 * A small horizontal bar chart in SVG: a label and its value written beside every bar, so the picture
 * never depends on colour or on reading a scale. The SVG is an image whose name is the chart's title and
 * whose description lists every value; the same numbers are in a table view for screen readers and
 * anyone who prefers numbers. Colours come from the page's theme variables (light and dark).
 */
export interface BarChartProps {
  title: string;
  bars: Bar[];
  format: (value: number) => string;
  /** The first column's heading in the table view. */
  labelHeading: string;
  valueHeading: string;
}

const ROW = 22;
const LABEL_W = 170;
const VALUE_W = 90;
const WIDTH = 520;

export function describeBars(bars: readonly Bar[], format: (n: number) => string): string {
  return bars.length === 0 ? 'No data.' : bars.map((b) => `${b.label}: ${format(b.value)}`).join('; ');
}

export function BarChart({ title, bars, format, labelHeading, valueHeading }: BarChartProps) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barSpace = WIDTH - LABEL_W - VALUE_W;
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <figure class="chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      {bars.length === 0 ? (
        <p class="muted">Nothing to show for these filters.</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={`${id}-t`}
          aria-describedby={`${id}-d`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          class="chart-svg"
          preserveAspectRatio="xMinYMin meet"
        >
          <title>{title}</title>
          <desc id={`${id}-d`}>{describeBars(bars, format)}</desc>
          {bars.map((b, i) => {
            const y = i * ROW;
            const w = b.value > 0 ? Math.max(2, (b.value / max) * barSpace) : 0;
            return (
              <g key={b.label}>
                <text class="chart-label" x={LABEL_W - 6} y={y + 15} text-anchor="end">
                  {b.label}
                </text>
                <rect class="chart-bar" x={LABEL_W} y={y + 4} width={w} height={ROW - 8} rx={2} />
                <text class="chart-value" x={LABEL_W + w + 6} y={y + 15}>
                  {format(b.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <details class="chart-table">
        <summary>Table view: {title}</summary>
        <table class="lines">
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{format(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
