// Groups told of by their number and a plain noun («восемь мужчин», «всех пятерых»), standing for the people a
// sentence before named with an act; a year is no such number; a sentence that opens on a date in Russian or French
// is a sentence of its own; «сторона обвинения» is the prosecution, not a charge. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('a counted group of men, women or people', () => {
  it('gives «были задержаны трое мужчин» to the three searched in the sentence before but one', () => {
    const acts = namedActs(
      'Утром прошли обыски у Тимура Алиева (Алушта), Руслана Сеитова (Белогорск) и Эмиля Кадырова (Судак). По данным прокуратуры, возбуждены уголовные дела. После обысков были задержаны трое мужчин.',
      { language: 'ru', morph },
    );
    for (const name of ['Тимур Алиев', 'Руслан Сеитов', 'Эмиль Кадыров']) {
      assert.ok(hasAct(acts, 'search', name), JSON.stringify(acts));
      assert.ok(hasAct(acts, 'arrest', name), JSON.stringify(acts));
    }
  });

  it('does not give the act when the number differs from the names before', () => {
    const acts = namedActs(
      'Утром прошли обыски у Тимура Алиева (Алушта), Руслана Сеитова (Белогорск) и Эмиля Кадырова (Судак). После обысков были задержаны пятеро мужчин.',
      { language: 'ru', morph },
    );
    assert.ok(!acts.some((a) => a[0] === 'arrest'), JSON.stringify(acts));
  });
});

describe('numbers, dates and the prosecution', () => {
  it('does not read a year before a group noun as its number («2022 года в домах обвиняемых»)', () => {
    const acts = namedActs(
      'Энвер Кемалов и Эдем Рустемов были арестованы. Об уголовном деле стало известно летом 2022 года. 11 августа 2022 года в домах обвиняемых прошли обыски.',
      { language: 'ru', morph },
    );
    assert.ok(hasAct(acts, 'search', 'Энвер Кемалов'), JSON.stringify(acts));
    assert.ok(hasAct(acts, 'search', 'Эдем Рустемов'), JSON.stringify(acts));
  });

  it('ends a sentence before one opening on a date («арестованы. 11 августа 2022 года …»)', () => {
    const acts = namedActs(
      'Энвер Кемалов и Эдем Рустемов были арестованы. 11 августа 2022 года суд продлил срок следствия.',
      { language: 'ru', morph },
    );
    const arrests = acts.filter((a) => a[0] === 'arrest');
    assert.equal(arrests.length, 2, JSON.stringify(acts));
    assert.ok(
      arrests.every((a) => a[2] === null),
      JSON.stringify(acts),
    );
  });

  it('keeps "Dec. 5" inside its sentence', () => {
    const acts = namedActs('The reporter Kyaw Min Tun was arrested on Dec. 5 after soldiers drove into the crowd.', {
      language: 'en',
    });
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[1] === 'Kyaw Min Tun'),
      JSON.stringify(acts),
    );
  });

  it('gives «Всех пятерых также судят» to the five named before', () => {
    const acts = namedActs(
      'Суд приговорил к срокам Энвера Кемалова, Эдема Рустемова, Рината Велиева, Вилена Аметова и Сеитягу Аббасова. Всех пятерых также судят по статье о захвате власти.',
      { language: 'ru', morph },
    );
    const charged = acts.filter((a) => a[0] === 'charge').map((a) => a[1]);
    assert.equal(new Set(charged).size, 5, JSON.stringify(acts));
  });

  it('does not read «сторона обвинения запросила» as a charge', () => {
    const acts = namedActs(
      'Во время прений сторона обвинения запросила наказание пятерым фигурантам дела. Прокурор попросил назначить 17 лет колонии Энверу Кемалову, по 15 лет Эдему Рустемову и Ринату Велиеву, Вилену Аметову — 13 лет, а Сеитяге Аббасову — 11 лет.',
      { language: 'ru', morph },
    );
    assert.ok(!acts.some((a) => a[0] === 'charge'), JSON.stringify(acts));
  });
});
