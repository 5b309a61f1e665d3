import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Person } from '../domain/person.ts';
import { personMatches } from '../domain/filter-match.ts';
import { nameMatchKey } from '../intake/match-key.ts';
import { makeSlug } from '../records/registry.ts';
import { personDoc } from '../records/search-docs.ts';
import { foldText } from './fold.ts';

/** Two spellings every caller must treat as one, and the key foldText gives both. */
const SAME: [written: string, other: string, key: string][] = [
  ['Қайратұлы Ержан', 'Кайратулы Ержан', 'каиратулы ержан'],
  ['ӘБДІРАЙЫМ Асқар', 'Абдирайым Аскар', 'абдираиым аскар'],
  ['Өтеғұл Жаңабек', 'Отегул Жанабек', 'отегул жанабек'],
  ['Һамит Үміт', 'Хамит Умит', 'хамит умит'],
  ['Ёлкин Сергей', 'Елкин Сергеи', 'елкин сергеи'],
  // A Latin «C» and «e» typed inside Cyrillic words, and a Cyrillic «а» inside a Latin one.
  ['Cерік Tулeтаев', 'Серік Тулетаев', 'серик тулетаев'],
  ['Ablyаzov Mukhtar', 'Ablyazov Mukhtar', 'ablyazov mukhtar'],
  ["O'Brien Siobhán", 'OBrien Siobhan', 'obrien siobhan'],
  ['Їжак Ґонта Ўладзімір', 'Ижак Гонта Уладзимир', 'ижак гонта уладзимир'],
  // The Belarusian ў after a vowel is the Russian в; elsewhere (Uzbek Тўхтаев, a first Ў) it stays у.
  ['Агееў Яўген', 'Агеев Явген', 'агеев явген'],
  ['ТЎХТАЕВ Ўктам', 'Тухтаев Уктам', 'тухтаев уктам'],
  ['ÉLECTIONS  répression', 'elections repression', 'elections repression'],
];

const person = (full: string) => ({ names: [{ full, kind: 'primary', script: 'Cyrl' }] }) as unknown as Person; // only the names are read

describe('foldText, the one folding function', () => {
  for (const [a, b, key] of SAME) {
    it(`${a} / ${b}: every caller agrees`, () => {
      assert.equal(foldText(a), key);
      assert.equal(foldText(b), key);
      // List filters (in the application, for sealed records; SQL compares the same keys).
      assert.ok(personMatches(person(a), { q: b }), 'filter a by b');
      assert.ok(personMatches(person(b), { q: a }), 'filter b by a');
      // Intake's name matching.
      assert.equal(nameMatchKey(a), nameMatchKey(b));
      // Slugs.
      assert.equal(makeSlug(a), makeSlug(b));
      // The search index's title key.
      assert.equal(
        personDoc({ ...person(a), id: 'p', slug: 's', confidentiality: 'public', updatedAt: '' }).titleKey,
        key,
      );
    });
  }

  it('keeps apart what differs', () => {
    assert.notEqual(foldText('Омаров'), foldText('Умаров'));
    assert.notEqual(makeSlug('Иванов'), makeSlug('Иванова'));
    assert.equal(personMatches(person('Қайратұлы Ержан'), { q: 'Серік' }), false);
  });

  it('slugs are the folded text in Latin letters', () => {
    assert.equal(makeSlug('Асқар Ермырзаұлы ӘБДІРАЙЫМ'), 'askar-ermyrzauly-abdiraiym');
    assert.equal(makeSlug('Cерік O’Brien'), 'serik-obrien');
  });

  it('leaves no mark, no double space, no edge space', () => {
    for (const text of ['  Жаңа—Өзен  ', 'd’Arc`s ʹ test', 'Ⅻ ﬁnal', '\tтаб\nстрока']) {
      const k = foldText(text);
      assert.equal(k, k.normalize('NFKD').replace(/\p{M}/gu, ''));
      assert.doesNotMatch(k, /^\s|\s$|\s{2}|[^\p{L}\p{N} ]/u);
    }
  });
});
