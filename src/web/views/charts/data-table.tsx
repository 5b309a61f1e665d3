// The text alternative of a chart: the same figures as a real table, folded away under a summary.
import type { I18n } from '../../../i18n/i18n.ts';

/** One row of a chart: what is counted, the count, and where the counted records are listed. */
export interface ChartRow {
  label: string;
  value: number;
  href?: string;
}

/** A one-sentence description of a chart for screen readers: its title and every non-zero row. */
export function chartSummary(i: I18n, title: string, rows: readonly ChartRow[]): string {
  const items = rows
    .filter((r) => r.value > 0)
    .map((r) => i.t('chart.item', { label: r.label, value: i.number(r.value) }));
  const list =
    items.length > 0
      ? new Intl.ListFormat(i.locale, { style: 'short', type: 'unit' }).format(items)
      : i.t('chart.empty');
  return i.t('chart.summary', { title, items: list });
}

/** The figures of a chart as a two-column table inside <details class="data-table">. */
export function DataTable(props: {
  i: I18n;
  caption: string;
  headers: readonly [string, string];
  rows: readonly ChartRow[];
}) {
  const { i, caption, headers, rows } = props;
  return (
    <details class="data-table">
      <summary>{i.t('chart.showData')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers[0]}</th>
            <th scope="col">{headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{r.href ? <a href={r.href}>{r.label}</a> : r.label}</th>
              <td>{i.number(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
