// Transliteration tables and name parts: every common system's spelling of a name reduces to the same skeleton,
// Kazakh letters fold to their Russified forms, patronymics are a part of their own, initials and order are handled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BGN_PCGN, GOST_779_ALT, ICAO_DOC_9303, SCIENTIFIC, translate, type Schema } from 'iuliia';
import { nameParts, nameSearchKeys } from '../../src/domain/names.ts';
import { compareNames, namesMatch, outline } from '../../src/domain/similarity.ts';
import { foldText } from '../../src/text/fold.ts';
import { cyrillicToLatin, skeletons } from '../../src/text/transliterate.ts';

const NAMES = [
  'Юлия Щеглова',
  'Артём Краевой',
  'Андрей Видный',
  'Ян Разъездной',
  'Людмила Алексеева',
  'Фёдор Шепелев',
  'Евгений Жовтис',
  'Цой Хасанов',
  'Илья Подъярский',
  'Наталья Ёлкина',
];
const SYSTEMS: [string, Schema][] = [
  ['ICAO 9303', ICAO_DOC_9303],
  ['BGN/PCGN', BGN_PCGN],
  ['GOST 7.79 B', GOST_779_ALT],
  ['scholarly', SCIENTIFIC],
];

describe('transliteration tables', () => {
  for (const [label, schema] of SYSTEMS) {
    it(`reduces ${label} spellings to the Cyrillic name's skeleton`, () => {
      for (const name of NAMES)
        assert.deepEqual(skeletons(translate(name, schema)), skeletons(name), `${name} → ${translate(name, schema)}`);
    });
    it(`matches every ${label} sample name of the iuliia package with its source`, () => {
      for (const [src, lat] of schema.samples)
        if (src!.split(' ').length <= 3 && !src!.includes(',')) assert.ok(namesMatch(src!, lat!), `${src} / ${lat}`);
    });
  }

  it('folds the Kazakh letters to the Russified ones', () => {
    assert.equal(cyrillicToLatin('ә ғ қ ң ө ұ ү һ і'), cyrillicToLatin('а г к н о у у х и'));
    assert.deepEqual(
      skeletons('Қайратұлы Жұмабаев Әлия Бекмұхамбетова'),
      skeletons('Кайратулы Жумабаев Алия Бекмухамбетова'),
    );
    assert.deepEqual(skeletons('Kairatuly Zhumabayev Aliya'), skeletons('Қайратұлы Жұмабаев Әлия'));
  });

  it('folds text for full-text search: case, accents, ё/е, Kazakh letters, apostrophes', () => {
    assert.equal(foldText('Ёлка ÉLECTIONS répression'), 'елка elections repression');
    assert.equal(foldText('Қазақстан'), 'казакстан');
    assert.equal(foldText("O'Brien — d’Arc"), 'obrien darc');
  });

  it('keeps consonant outlines apart for different names and together for one name', () => {
    assert.equal(outline(skeletons('Kozlov')[0]!), outline(skeletons('Koslow')[0]!));
    assert.notEqual(outline(skeletons('Светова')[0]!), outline(skeletons('Светлова')[0]!));
  });
});

describe('name parts', () => {
  it('takes the patronymic out as its own part, whatever its language', () => {
    assert.equal(nameParts('Мухтар Кабулович Аблязов').patronymic, 'kabul');
    assert.equal(nameParts('ABLYAZOV Mukhtar Kabulovich').patronymic, 'kabul');
    assert.equal(nameParts('Жұмабаев Арман Қайратұлы').patronymic, 'kairat');
    assert.equal(nameParts('Жумабаев Арман Кайратович').patronymic, 'kairat');
    assert.ok(namesMatch('Бекмухамбетова Гульнар Серикқызы', 'Бекмухамбетова Гульнар Сериковна'));
    assert.ok(nameSearchKeys('Бекмухамбетова Гульнар Серикқызы').includes('~serik'));
    assert.equal(nameParts('Алексеева Людмила Михайловна').patronymic, 'mixail');
    assert.equal(nameParts('Məmmədov Əli Hüseyn oğlu').patronymic, 'xusein');
    assert.equal(nameParts('Əliyeva Aynur Vaqif qızı').patronymic, 'vakif');
    assert.deepEqual(nameParts('Мухтар Кабулович Аблязов').tokens, ['muxtar', 'ablazov']);
  });

  it('reads initials and leaves the order to the comparison', () => {
    assert.deepEqual(nameParts('Ablyazov M.K.').initials, ['m', 'k']);
    assert.deepEqual(nameParts('Ablyazov M.K.').tokens, ['ablazov']);
    assert.ok(namesMatch('Ablyazov M.', 'Mukhtar Ablyazov'));
    assert.ok(!namesMatch('Ablyazov A.', 'Mukhtar Ablyazov'));
    assert.ok(namesMatch('ABLYAZOV Mukhtar', 'Мухтар Аблязов'));
  });

  it('matches the two patronymic forms of one father, and not of another', () => {
    assert.ok(namesMatch('Абдрахманов Сауытбек Абдрахманұлы', 'Абдрахманов Сауытбек Абдрахманович'));
    assert.ok(!namesMatch('Жумабаев Арман Кайратович', 'Жумабаев Арман Серикович'));
    assert.deepEqual(compareNames('Жумабаев Арман Кайратович', 'Жумабаев Арман Серикович').reasons, [
      'different patronymics',
    ]);
  });

  it('gives the search index a key per word and the father’s name of a patronymic', () => {
    const keys = nameSearchKeys('Жұмабаев Арман Қайратұлы');
    for (const k of ['zhumabaev', 'arman', 'kairatuli', '~kairat']) assert.ok(keys.includes(k), k);
    assert.ok(nameSearchKeys('Janbolat').includes(skeletons('Жанболат')[0]!), 'j read as ж too');
  });

  it('tells masculine from feminine forms', () => {
    assert.ok(!namesMatch('Anna Ivanov', 'Анна Иванова'));
    assert.ok(!namesMatch('Евгений Жовтис', 'Евгения Жовтис'));
    assert.ok(!namesMatch('Ostrovsky Ivan', 'Островская Ивана'));
  });
});
