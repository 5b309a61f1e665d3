// Acts told of a group right after the list that names it («Все арестованные …» under a list set out a name a line),
// or after a sentence that told of the group without naming it («Всех пятерых …», then «в домах обвиняемых»).
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

describe('a group told of through another group reference', () => {
  it('gives «в домах обвиняемых» to the five that «Всех пятерых» stood for, with the date of its own sentence', () => {
    const acts = namedActs(
      'Прокурор попросил назначить 12 лет Арману Садыкову, по 10 лет Дине Омаровой и Берику Жумабаеву, а Олжасу Нурланову и Ерлану Касымову — 8 лет. Всех пятерых также судят по ст. 278 УК. Об уголовном деле стало известно летом 2022 года. 11 августа 2022 года в домах обвиняемых прошли обыски.',
      { morph },
    );
    for (const p of ['Арман Садыков', 'Дина Омарова', 'Берик Жумабаев', 'Олжас Нурланов', 'Ерлан Касымов'])
      assert.ok(
        acts.some((a) => a[0] === 'search' && a[1] === p && a[2] === '2022-08-11'),
        `${p}: ${JSON.stringify(acts.filter((a) => a[1] === p))}`,
      );
  });

  it('dates an act by its own sentence, not by a cue of the sentence before that names people', () => {
    const acts = namedActs(
      'Суд судит Ивана Петрова и Олега Волкова. 11 августа 2022 года в домах обвиняемых прошли обыски.',
      {
        morph,
      },
    );
    assert.ok(acts.some((a) => a[0] === 'search' && a[1] === 'Олег Волков' && a[2] === '2022-08-11'));
  });
});

describe('an act told again with a demonstrative', () => {
  it('does not give «По итогам этих обысков» searches to the names of its own sentence', () => {
    const acts = namedActs(
      'Утром у Арсена Нуриева прошли обыски. По итогам этих обысков были задержаны Ерлан Омаров и Берик Жумабаев.',
      { morph },
    );
    assert.ok(hasAct(acts, 'search', 'Арсен Нуриев'));
    assert.ok(!hasAct(acts, 'search', 'Ерлан Омаров'), JSON.stringify(acts));
    assert.ok(hasAct(acts, 'arrest', 'Ерлан Омаров'), JSON.stringify(acts));
  });
});
