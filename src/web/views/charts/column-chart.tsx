// A vertical bar chart drawn on the server, for counts along a time axis. No script, no inline style.
import { chartSummary, DataTable } from './data-table.tsx';
import type { ChartProps } from './bar-chart.tsx';
import { AXIS_STROKE, BAR_FILL, linear, px } from './scale.ts';

// Narrow enough that the labels (16 units, drawn at 14 px or more once fitted to a column or a phone) stay legible.
const WIDTH = 360;
const HEIGHT = 200;
const TOP = 20;
const BOTTOM = 26;
const SIDE = 4;
/** Room an axis label needs, so labels never overlap however many columns there are. */
const LABEL_ROOM = 44;

/** A figure with a vertical bar chart, its caption and its figures as a table. */
export function ColumnChart(props: ChartProps) {
  const { i, id, title, rows } = props;
  const plotWidth = WIDTH - 2 * SIDE;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = TOP + plotHeight;
  const band = plotWidth / Math.max(rows.length, 1);
  const barWidth = Math.max(1, Math.min(band * 0.7, 60));
  const y = linear(Math.max(0, ...rows.map((r) => r.value)), plotHeight);
  const labelEvery = Math.max(1, Math.ceil(LABEL_ROOM / band));
  const summary = chartSummary(i, title, rows);
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {props.note ? <p class="hint">{props.note}</p> : null}
      <svg
        class="chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
      >
        <title>{summary}</title>
        {rows.length === 0 ? (
          <text x={WIDTH / 2} y={HEIGHT / 2} text-anchor="middle">
            {i.t('chart.empty')}
          </text>
        ) : null}
        {rows.map((r, k) => {
          const centre = SIDE + band * (k + 0.5);
          const h = r.value > 0 ? Math.max(2, y(r.value)) : 0;
          return (
            <g>
              <rect
                x={px(centre - barWidth / 2)}
                y={px(baseline - h)}
                width={px(barWidth)}
                height={px(h)}
                fill={BAR_FILL}
              />
              {band >= 22 && r.value > 0 ? (
                <text x={px(centre)} y={px(baseline - h - 5)} text-anchor="middle">
                  {i.number(r.value)}
                </text>
              ) : null}
              {k % labelEvery === 0 ? (
                <text x={px(centre)} y={HEIGHT - 6} text-anchor="middle">
                  {r.label}
                </text>
              ) : null}
            </g>
          );
        })}
        <line
          x1={SIDE}
          x2={WIDTH - SIDE}
          y1={baseline + 0.5}
          y2={baseline + 0.5}
          stroke={AXIS_STROKE}
          stroke-width={1}
        />
      </svg>
      <DataTable i={i} caption={title} headers={props.headers} rows={rows} />
    </figure>
  );
}
