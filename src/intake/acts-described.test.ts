// Victims a sentence does not name: a person described by a word of what they do, a pronoun whose sentence before also
// names a sitting head of state, a surname of three letters after "Mr", a possessive surname, a detention told with a
// place before "since" and a Russian surname that declines like an adjective. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('a person described, not named', () => {
  it('gives "The 68-year-old poet, who was sentenced …" to the one person the text calls a poet', () => {
    const acts = namedActs(
      'Activists demand the release of the dissident poet Arman Sultanbek. The 68-year-old poet, who was sentenced to 18 years in prison, is ill.',
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Arman Sultanbek' && a[3] === 216));
  });

  it('gives "a court has sentenced the editor of a website" to the person named later as its editor', () => {
    const acts = namedActs(
      'A court has sentenced the editor of a religious news website to eight years in prison.\n\nFarid Kerimli is the editor-in-chief of the website.',
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Farid Kerimli' && a[3] === 96));
  });

  it('gives it to no one when two people carry the word', () => {
    const acts = namedActs(
      'The poet Arman Sultanbek and the poet Dana Oralova were detained. The poet was sentenced to 18 years in prison.',
    );
    assert.ok(!acts.some((a) => a[0] === 'sentence'));
  });
});

describe('pronouns and surnames', () => {
  it('reads "he" past a sentence that names the person beside a sitting head of state', () => {
    const acts = namedActs(
      'In 2021, after protests against Alexander Lukashenko, Ales Halinski was again jailed. A prize was given to him in 2022. Since then, he has been sentenced to 10 years in prison.',
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Ales Halinski' && a[3] === 120));
  });

  it('reads a name no list knows whose three-letter surname is used after "Mr", and a possessive surname', () => {
    const named = (text: string) => propose({ text }).persons.map((p) => p.name);
    assert.deepEqual(named('We condemn the sentencing of Jimmy Lau. A British citizen, Mr Lau has been sentenced.'), [
      'Jimmy Lau',
    ]);
    assert.deepEqual(
      named('The release of Nazanin Farahani-Lloyd is urgent. Mrs Farahani-Lloyd’s MP wrote to the minister.'),
      ['Nazanin Farahani-Lloyd'],
    );
  });

  it('reads "has been detained in Iran since 2016" as a detention with its year', () => {
    const acts = namedActs('The journalist Nazanin Farahani-Lloyd has been detained in Iran since 2016.');
    assert.deepEqual(acts, [['detention', 'Nazanin Farahani-Lloyd', '2016', null]]);
  });

  it('reads «содержится в ИК-6» as a detention and «Навального» as Навальный', () => {
    const text = 'Освободите Навального!\n\nАлексей Навальный содержится в ИК-6 во Владимирской области.';
    assert.deepEqual(
      propose({ text, morph }).persons.map((p) => p.name),
      ['Алексей Навальный'],
    );
    assert.ok(namedActs(text, { morph }).some((a) => a[0] === 'detention' && a[1] === 'Алексей Навальный'));
  });
});
