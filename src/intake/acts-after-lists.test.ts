// Acts told of a group right after the list that names it: «Все арестованные …» under a list set out a name a line.
// Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('a group told of after a list set out', () => {
  const list =
    'Согласно решению суда, до 10 апреля в СИЗО будут находиться:\nАрман Садыков – сотрудник редакции;\nДина Омарова – журналист;\nБерик Жумабаев.\n';

  it('gives «Все арестованные … с предъявленными им обвинениями» to each name of the list above', () => {
    const acts = namedActs(list + 'Все арестованные ранее заявляли, что не согласны с предъявленными им обвинениями.', {
      morph,
    });
    for (const p of ['Арман Садыков', 'Дина Омарова', 'Берик Жумабаев']) {
      assert.ok(hasAct(acts, 'detention', p), p);
      assert.ok(hasAct(acts, 'charge', p), p);
    }
  });

  it('does not reach a list with a paragraph of prose between', () => {
    const acts = namedActs(
      list +
        'Их родственники пришли к зданию суда. Журналисты редакции провели пресс-конференцию. Все задержанные ранее заявляли, что не согласны с предъявленными им обвинениями.',
      { morph },
    );
    assert.ok(!hasAct(acts, 'charge', 'Дина Омарова'));
  });
});
