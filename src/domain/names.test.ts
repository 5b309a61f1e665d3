// Patronymics of one father in Kazakh, Russian and Latin forms are one part; the duplicate finder's comparison pairs
// Kazakh and Russian forms of one person and keeps namesakes apart. Examples are made up for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameParts, nameSearchKeys, patronymicRoots } from './names.ts';
import { namesMatch } from './similarity.ts';
import { looseKey, skeletons } from '../text/transliterate.ts';

/** Whether two patronymics name the same father, as search reads them (one of their "~#" keys in common). */
function sameFather(a: string, b: string): boolean {
  const keys = (w: string) => new Set(patronymicRoots(skeletons(w)[0]!).map((r) => looseKey(r)));
  const ka = keys(a);
  return [...keys(b)].some((k) => ka.has(k));
}

describe('patronymics', () => {
  it('-ұлы, -улы, -uly and -ович, -ovich of one father are one patronymic', () => {
    for (const a of ['Серікұлы', 'Серикулы', 'Serikuly'])
      for (const b of ['Серикович', 'Serikovich']) assert.ok(sameFather(a, b), `${a} / ${b}`);
  });

  it('-қызы, -kyzy and -овна, -ovna of one father are one patronymic', () => {
    for (const a of ['Серікқызы', 'Serikkyzy'])
      for (const b of ['Сериковна', 'Serikovna']) assert.ok(sameFather(a, b), `${a} / ${b}`);
  });

  it('drops the -ин- Russian forms put before -ович, and folds the first vowel of the father name', () => {
    assert.ok(sameFather('Амангелдіұлы', 'Амангельдинович'));
    assert.ok(sameFather('Өтеғұлұлы', 'Утегулович'));
    assert.ok(!sameFather('Серікұлы', 'Бериковна'));
  });

  it('are found from either form in the search keys', () => {
    const keys = new Set(nameSearchKeys('Жанболат Серикович Тлеуов'));
    for (const k of nameSearchKeys('Серікұлы')) if (k.startsWith('~#')) assert.ok(keys.has(k), k);
  });
});

describe('whole names in Kazakh and Russian forms (duplicate finder)', () => {
  it('pairs the forms of one person', () => {
    const pairs = [
      ['Тілеуов Жанболат Серікұлы', 'Тлеуов Жанболат Серикович'],
      ['Пішенова Гүлнар Серікқызы', 'Пшенова Гульнар Сериковна'],
      ['Жұмабай Бақытжан', 'Жумабаев Бахытжан'],
      ['Жұмабеков Арман Төлешұлы', 'Джумабеков Арман Тулешович'],
      ['Өтегенов Ерлан', 'Утегенов Ерлан'],
      ['Тұрсынов Омар', 'TURSUNOV Omar'],
      ['Тұрсынов Арман Төлешұлы', 'TURSUNOV ArmanTuleshovich'],
      ['Cерік Тұрсынов', 'Серік Тұрсынов'],
    ];
    for (const [a, b] of pairs) assert.ok(namesMatch(a!, b!), `${a} / ${b}`);
  });

  it('keeps namesakes with another father, another first letter or the other gender apart', () => {
    assert.ok(!namesMatch('Тілеуов Жанболат Серікұлы', 'Тлеуов Жанболат Берикович'));
    assert.ok(!namesMatch('Омаров Ильяс', 'Умаров Ильяс'));
    assert.ok(!namesMatch('Жумабаев Ерлан', 'Жумабаева Ерлан'));
  });

  it('reads the Kazakh Ө at the start of a word as the У of the Russian form', () => {
    assert.ok(nameParts('Өтегенов Ерлан').variants[0]!.includes(skeletons('Утегенов')[0]!));
  });
});
