// Words that name an act only in some uses: "extremist" is a label only when someone gives it, « mort » after
// « condamnations à » is a death sentence, not a death, and a murder someone is accused of organising is not theirs.
// Every sentence is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('the "extremist" label', () => {
  it('is no designation when it tells what someone is accused of', () => {
    for (const [text, language] of [
      ['According to the media, Ivan Petrov is accused of participation in an extremist organisation.', 'en'],
      [
        "D'après les médias, M. Marat Oralov est notamment accusé de participation à une organisation extrémiste.",
        'fr',
      ],
    ] as const) {
      const acts = namedActs(text, { language });
      assert.ok(!acts.some((a) => a[0] === 'designation_extremist'), JSON.stringify(acts));
      assert.ok(hasAct(acts, 'charge', language === 'en' ? 'Ivan Petrov' : 'Marat Oralov'), JSON.stringify(acts));
    }
  });

  it('is a designation when it is given: declared, recognised, put on the list', () => {
    const en = namedActs('In March the blogger Ivan Petrov was declared an extremist by a court in Astana.', {
      language: 'en',
    });
    assert.ok(hasAct(en, 'designation_extremist', 'Ivan Petrov'), JSON.stringify(en));
    const ru = namedActs('В марте блогер Иван Петров был внесён в перечень экстремистов и террористов.', {
      language: 'ru',
      morph,
    });
    assert.ok(hasAct(ru, 'designation_extremist', 'Иван Петров'), JSON.stringify(ru));
    const fr = namedActs('En mars, le blogueur Ivan Petrov a été déclaré extrémiste par un tribunal.', {
      language: 'fr',
    });
    assert.ok(hasAct(fr, 'designation_extremist', 'Ivan Petrov'), JSON.stringify(fr));
    const deemed = namedActs('The blog of Anna Petrova was deemed to be ‘extremist’ in 2014.', { language: 'en' });
    assert.ok(
      deemed.some((a) => a[0] === 'designation_extremist'),
      JSON.stringify(deemed),
    );
  });
});

describe('death sentences and prisoners', () => {
  it('reads « condamnations à mort » as sentences, not as deaths, even with « prisonniers » after them', () => {
    const acts = namedActs(
      'Les députés demandent de mettre un terme aux condamnations à mort prononcées contre Omid Dana et Reza Tabrizi et de libérer tous les prisonniers politiques.',
      { language: 'fr' },
    );
    assert.ok(!acts.some((a) => a[0] === 'death_in_custody'), JSON.stringify(acts));
    assert.ok(hasAct(acts, 'sentence', 'Omid Dana'), JSON.stringify(acts));
  });

  it('still reads a death in prison or after being jailed', () => {
    const acts = namedActs('The blogger Ivan Petrov died in prison in March.', { language: 'en' });
    assert.ok(hasAct(acts, 'death_in_custody', 'Ivan Petrov'), JSON.stringify(acts));
    const fr = namedActs('Le militant Marat Oralov est mort en détention le 3 mars 2021.', { language: 'fr' });
    assert.ok(hasAct(fr, 'death_in_custody', 'Marat Oralov'), JSON.stringify(fr));
  });
});

describe('a murder someone is accused of', () => {
  it('gives no killing to the one wanted for organising it', () => {
    for (const [text, language, name] of [
      [
        "Recherché dans son pays pour fraude et l'organisation du meurtre d'un banquier, M. Moukhtar Oralov avait reçu en 2020 l'asile politique.",
        'fr',
        'Moukhtar Oralov',
      ],
      [
        'Wanted at home for fraud and for organising the murder of a banker, Ivan Petrov was granted asylum in 2020.',
        'en',
        'Ivan Petrov',
      ],
    ] as const) {
      const acts = namedActs(text, { language });
      assert.ok(!hasAct(acts, 'killing', name), JSON.stringify(acts));
    }
  });

  it('still reads the murder of the one named after it', () => {
    const acts = namedActs('Five years after the murder of journalist Anna Petrova, nobody has been tried.', {
      language: 'en',
    });
    assert.ok(hasAct(acts, 'killing', 'Anna Petrova'), JSON.stringify(acts));
  });
});
