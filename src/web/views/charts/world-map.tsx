// A world map of cases by country, drawn on the server from Natural Earth shapes (world-atlas). No tiles, no script.
// The projected outlines are computed once per process; a request only picks fills, titles and links.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { countries } from '../../../i18n/countries.ts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { I18n } from '../../../i18n/i18n.ts';
import { chartSummary, DataTable, type ChartRow } from './data-table.tsx';
import { NO_DATA_FILL, SEQUENTIAL_FILLS, stepOf, stepRanges } from './scale.ts';

const WIDTH = 960;
const MARGIN = 8;
/** Antarctica has no cases to show and would take a fifth of the height. */
const ANTARCTICA = '010';

/** One country's outline: its ISO 3166-1 alpha-2 code when it has one (Kosovo, N. Cyprus and Somaliland do not) and its SVG path. */
export interface CountryShape {
  alpha2: string | undefined;
  d: string;
}

function projectCountries(): { shapes: readonly CountryShape[]; height: number } {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const world: FeatureCollection<Geometry, { name: string }> = {
    type: 'FeatureCollection',
    features: all.features.filter((f) => f.id !== ANTARCTICA),
  };
  const projection = geoEqualEarth().fitWidth(WIDTH - 2 * MARGIN, world);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN, ty + MARGIN]);
  // Whole units are enough at this size, and keep the page a third lighter than one decimal.
  const path = geoPath(projection).digits(0);
  const shapes = world.features
    .map((f) => ({
      alpha2: f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id)),
      d: path(f) ?? '',
    }))
    .filter((s) => s.d !== '');
  return { shapes: Object.freeze(shapes), height: Math.ceil(path.bounds(world)[1][1] + MARGIN) };
}

// Projected on first use, not at start-up: it takes half a second of CPU that a server starting up (or a CLI command that
// never draws a map) should not wait for.
let projected: ReturnType<typeof projectCountries> | undefined;
const PROJECTED = () => (projected ??= projectCountries());

/** The projected outlines (cached for the life of the process). */
export function countryShapes(): readonly CountryShape[] {
  return PROJECTED().shapes;
}

/** Cases of one country, by its alpha-2 code. */
export interface CountryCount {
  country: string;
  count: number;
}

/** A figure with the world map of cases by country, its legend in HTML, and the same figures as a table. */
export function WorldMap(props: { i: I18n; id: string; title: string; hint: string; counts: readonly CountryCount[] }) {
  const { i, id, title, counts } = props;
  const { height, shapes } = PROJECTED();
  const byCode = new Map(counts.map((c) => [c.country.toUpperCase(), c.count]));
  const max = Math.max(0, ...counts.map((c) => c.count));
  const nameOf = (code: string) => i.country(code);
  const label = (code: string, n: number) => i.t('home.map.countryCases', { country: nameOf(code), n });
  const hasCases = (s: CountryShape) => s.alpha2 !== undefined && (byCode.get(s.alpha2) ?? 0) > 0;
  const shaded = shapes.filter(hasCases);
  const plain = shapes.filter((s) => !hasCases(s));
  const rows: ChartRow[] = counts.map((c) => ({
    label: nameOf(c.country),
    value: c.count,
    href: `/cases?country=${encodeURIComponent(c.country)}`,
  }));
  const legend = stepRanges(max);
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <p class="hint">{props.hint}</p>
      <svg
        class="chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{chartSummary(i, title, rows)}</title>
        <g aria-hidden="true" fill={NO_DATA_FILL} stroke="#ffffff" stroke-width={0.5}>
          {plain.map((s) => (
            <path d={s.d} />
          ))}
        </g>
        <g stroke="#ffffff" stroke-width={0.5}>
          {shaded.map((s) => {
            const code = s.alpha2 ?? '';
            const n = byCode.get(code) ?? 0;
            const text = label(code, n);
            return (
              <a href={`/cases?country=${encodeURIComponent(code)}`} aria-label={text}>
                <path d={s.d} fill={SEQUENTIAL_FILLS[stepOf(n, max)]}>
                  <title>{text}</title>
                </path>
              </a>
            );
          })}
        </g>
      </svg>
      {/* The legend is HTML under the map rather than text inside it: the map shrinks to a third on a phone, and so would
          any text drawn in it, while this keeps the page's own size. */}
      {legend.length > 0 ? (
        <div class="map-legend">
          <p id={`${id}-legend`}>{i.t('home.map.legend')}</p>
          <ul aria-labelledby={`${id}-legend`}>
            {legend.map((r) => (
              <li>
                <svg class="swatch" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true">
                  <rect width={16} height={16} fill={SEQUENTIAL_FILLS[r.step]} />
                </svg>{' '}
                {r.from === r.to ? i.number(r.from) : `${i.number(r.from)}–${i.number(r.to)}`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <DataTable i={i} caption={title} headers={[i.t('home.map.country'), i.t('chart.cases')]} rows={rows} />
    </figure>
  );
}
