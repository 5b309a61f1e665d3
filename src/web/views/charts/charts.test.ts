import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import { i18nFor } from '../../../i18n/i18n.ts';
import { BarChart } from './bar-chart.tsx';
import { ColumnChart } from './column-chart.tsx';
import { linear, stepOf, stepRanges } from './scale.ts';
import { countryShapes, WorldMap } from './world-map.tsx';

const en = i18nFor('en');

describe('chart scales', () => {
  it('map counts linearly and survive an empty chart', () => {
    assert.equal(linear(4, 200)(1), 50);
    assert.equal(linear(0, 200)(3), 0);
  });

  it('put counts into five steps and describe the steps for the legend', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((n) => stepOf(n, 5)),
      [0, 1, 2, 3, 4],
    );
    assert.deepEqual(
      [1, 10, 11, 50].map((n) => stepOf(n, 50)),
      [0, 0, 1, 4],
    );
    assert.equal(stepOf(1, 1), 4);
    assert.deepEqual(stepRanges(2), [
      { step: 2, from: 1, to: 1 },
      { step: 4, from: 2, to: 2 },
    ]);
    assert.deepEqual(stepRanges(50)[0], { step: 0, from: 1, to: 10 });
    assert.deepEqual(stepRanges(0), []);
  });
});

describe('charts', () => {
  it('draw one bar per row, labelled, with a table of the same figures', () => {
    const html = render(
      BarChart({
        i: en,
        id: 'c',
        title: 'Things',
        headers: ['Kind', 'Count'],
        rows: [
          { label: 'A <b>', value: 1200 },
          { label: 'B', value: 0 },
        ],
      }),
    );
    assert.match(html, /<svg class="chart" role="img" aria-label="Things: A &lt;b>: 1,200"/);
    assert.equal(html.match(/<rect /g)?.length, 2);
    assert.match(html, /<th scope="row">A &lt;b><\/th><td>1,200<\/td>/);
    assert.ok(!html.includes('style='));
  });

  it('say so when there is nothing to draw', () => {
    const html = render(ColumnChart({ i: en, id: 'y', title: 'Years', headers: ['Year', 'Cases'], rows: [] }));
    assert.match(html, /aria-label="Years: No figures yet"/);
  });

  it('project the countries once and link only those with cases', () => {
    assert.equal(countryShapes(), countryShapes());
    assert.ok(countryShapes().length > 170);
    const html = render(
      WorldMap({
        i: i18nFor('ru'),
        id: 'm',
        title: 'Map',
        hint: 'Hint',
        counts: [
          { country: 'KZ', count: 5 },
          { country: 'FR', count: 1 },
        ],
      }),
    );
    assert.equal(html.match(/<a href="\/cases\?country=/g)?.length, 4);
    assert.match(html, /<title>Казахстан: 5 дел<\/title>/);
    assert.match(html, /<title>Франция: 1 дело<\/title>/);
  });

  it('put the map legend in HTML under the map, where it keeps the page text size however small the map is drawn', () => {
    const html = render(
      WorldMap({ i: en, id: 'm', title: 'Map', hint: 'Hint', counts: [{ country: 'KZ', count: 50 }] }),
    );
    const map = /<svg class="chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    assert.doesNotMatch(map, /<text/, 'no text drawn inside the map');
    const legend = /<div class="map-legend">[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    assert.equal(legend.match(/<li>/g)?.length, 5);
    assert.match(legend, /1–10/);
  });

  it('draw the bar chart axis beside each bar only, never across a label', () => {
    const html = render(
      BarChart({
        i: en,
        id: 'c',
        title: 'Things',
        headers: ['Kind', 'Count'],
        rows: [
          { label: 'A', value: 3 },
          { label: 'B', value: 1 },
        ],
      }),
    );
    const labels = [...html.matchAll(/<text x="0" y="(\d+)">[AB]<\/text>/g)].map((m) => Number(m[1]));
    const axes = [...html.matchAll(/<line x1="0.5" x2="0.5" y1="(\d+)" y2="(\d+)"/g)].map((m): [number, number] => [
      Number(m[1]),
      Number(m[2]),
    ]);
    assert.equal(labels.length, 2);
    // A 16-unit label spans about 12 units above its baseline and 4 below: no axis segment may overlap that span.
    for (const y of labels)
      for (const [a, b] of axes) assert.ok(b < y - 12 || a > y + 4, `axis ${a}–${b} crosses the label at ${y}`);
  });
});
