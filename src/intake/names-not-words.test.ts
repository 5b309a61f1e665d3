// Organisations and events that are names, not words: common nouns and adjectives are never proposed as records,
// multi-word names stay whole with their abbreviation, straight quotes work like curly ones, events are titled
// by what happened in the nominative.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const ruLetter = [
  'Уважаемый господин Президент!',
  'Визитом в Астану Вы можете помочь заключённым. Председатель правления фонда «Свобода слова» Марат Ахметов арестован 3 марта 2024 года.',
  'С уважением,',
  'Ирина Белова, председатель правления «Правовой инициативы»',
  'Олег Савин, председатель правления',
].join('\n');

describe('organisations and events that are names', () => {
  it('never proposes the common nouns of a Russian signature as organisations', () => {
    const p = propose({ text: ruLetter });
    const orgs = p.organisations.map((o) => o.name);
    assert.ok(orgs.includes('Правовой инициативы'), orgs.join('|'));
    assert.ok(orgs.includes('Свобода слова'), 'a quoted name after «фонда»');
    assert.ok(!orgs.some((o) => /председатель|правлени/iu.test(o)), orgs.join('|'));
    const savin = p.signatories.find((s) => s.name === 'Олег Савин');
    assert.deepEqual([savin?.title, savin?.organisation], ['председатель правления', null]);
    assert.equal(p.signatories.find((s) => s.name === 'Ирина Белова')?.affiliations[0]?.role, 'Председатель правления');
  });
  it('titles an event by what happened, not by a noun in the instrumental', () => {
    const p = propose({ text: ruLetter });
    assert.ok(
      p.events.some((e) => e.title === 'Визит в Астану'),
      p.events.map((e) => e.title).join('|'),
    );
    assert.ok(!p.events.some((e) => /^Визитом/u.test(e.title)));
  });
  it('keeps a multi-word name whole with its abbreviation, unquotes straight quotes and skips adjectives and titles', () => {
    const text =
      "Kazakhstani police detained members of the Union of Independent Journalists of Kazakhstan (UIJK) and of the party 'Alga' on 3 March 2024. The UIJK protested. European Chairman Serik Abenov was detained.";
    const p = propose({ text });
    const union = p.organisations.find((o) => o.name === 'Union of Independent Journalists of Kazakhstan');
    assert.equal(union?.abbreviation, 'UIJK');
    assert.equal(union?.spans.filter((s) => s.text === 'UIJK').length, 2, 'both mentions of the abbreviation join it');
    assert.equal(p.organisations.find((o) => o.name === 'Alga')?.kind, 'party');
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Serik Abenov'],
    );
    assert.ok(!p.organisations.some((o) => /Kazakhstani|European|Chairman/.test(o.name)));
  });
});

describe('regions, prizes and prepositions are not persons', () => {
  it('leaves out "Central Asia", «Южного Кавказа», "Nobel Laureates" and « Selon Viasna »', () => {
    const persons = (text: string) => propose({ text }).persons.map((p) => p.name);
    assert.deepEqual(
      persons(
        'Muzaffar Suleymanov, Europe and Central Asia researcher, and Steve Swerdlow, Central Asia researcher, spoke.',
      ),
      ['Muzaffar Suleymanov', 'Steve Swerdlow'],
    );
    assert.deepEqual(persons('Правозащитники Центральной Азии и Южного Кавказа, Марат Ахметов и Ирина Белова.'), [
      'Марат Ахметов',
      'Ирина Белова',
    ]);
    assert.deepEqual(
      persons('Svetlana Alexievich and 56 other Nobel Laureates signed. The Nobel Peace Prize was given.'),
      ['Svetlana Alexievich'],
    );
    assert.deepEqual(persons('Selon Viasna, le pays comptait des prisonniers. Ales Bialiatski est détenu.'), [
      'Ales Bialiatski',
    ]);
  });
  it('knows the Russian short names of countries («Азербайджан», «Туркменистан»)', () => {
    const p = propose({ text: 'В Азербайджане арестован журналист Хафиз Бабалы. Туркменистан не ответил.' });
    assert.deepEqual(
      p.places.filter((x) => x.kind === 'country').map((x) => x.country),
      ['AZ', 'TM'],
    );
  });
});
