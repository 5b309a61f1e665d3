// A horizontal bar chart drawn on the server: each row's label above its bar, the count after it. No script, no inline style.
import type { I18n } from '../../../i18n/i18n.ts';
import { chartSummary, DataTable, type ChartRow } from './data-table.tsx';
import { AXIS_STROKE, BAR_FILL, linear, px } from './scale.ts';

// Narrow enough that the labels (16 units, drawn at 14 px or more once the chart is fitted to a column or a phone's width)
// stay legible when three charts share a row.
const WIDTH = 360;
const ROW = 44;
const TOP = 4;
const VALUE_SPACE = 48;

/** What a chart shows: an id for its caption, a title, the table's column headers and the rows. */
export interface ChartProps {
  i: I18n;
  id: string;
  title: string;
  headers: readonly [string, string];
  rows: readonly ChartRow[];
  /** A sentence under the caption that explains how the figures are counted. */
  note?: string;
}

/** A figure with a horizontal bar chart, its caption and its figures as a table. */
export function BarChart(props: ChartProps) {
  const { i, id, title, rows } = props;
  const height = TOP + Math.max(rows.length, 1) * ROW;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const x = linear(max, WIDTH - VALUE_SPACE);
  const summary = chartSummary(i, title, rows);
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {props.note ? <p class="hint">{props.note}</p> : null}
      <svg
        class="chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
      >
        <title>{summary}</title>
        {rows.length === 0 ? (
          <text x={0} y={TOP + 18}>
            {i.t('chart.empty')}
          </text>
        ) : null}
        {rows.map((r, k) => {
          const top = TOP + k * ROW;
          const length = r.value > 0 ? Math.max(2, x(r.value)) : 0;
          return (
            <g>
              <text x={0} y={top + 15}>
                {r.label}
              </text>
              <rect x={0} y={top + 21} width={px(length)} height={16} fill={BAR_FILL} />
              <text x={px(length + 6)} y={top + 35}>
                {i.number(r.value)}
              </text>
              {/* The axis runs beside each bar only, so it never crosses the label above the next one. */}
              <line x1={0.5} x2={0.5} y1={top + 21} y2={top + 37} stroke={AXIS_STROKE} stroke-width={1} />
            </g>
          );
        })}
      </svg>
      <DataTable i={i} caption={title} headers={props.headers} rows={rows} />
    </figure>
  );
}
