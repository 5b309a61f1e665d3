// A news agency's credits for its translator and editor, blanked like photo credits (its reporters stay); a participle
// told of a group right after its noun ("individuals arrested"); what a person denounced ("comments denouncing
// allegations of torture") no act done to them; and « M. Rajab » after « M. Nabeel Rajab … Mme Sumaya Rajab » the man.
// Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';

describe('an agency credit line', () => {
  it('keeps the reporters and leaves out the translator and the editor', () => {
    const text =
      'La justice turque a placé en détention 16 journalistes, dont Serdar Kaya. (Reportage Daren Miller et Ece Yilmaz ; version française Augustin Lebrun, édité par Sophie Marchal)';
    const names = propose({ text, language: 'fr' }).persons.map((p) => p.name);
    for (const name of ['Daren Miller', 'Ece Yilmaz']) assert.ok(names.includes(name), JSON.stringify(names));
    for (const name of ['Augustin Lebrun', 'Sophie Marchal', 'Reportage Daren Miller'])
      assert.ok(!names.includes(name), JSON.stringify(names));
  });
});

describe('a participle after a noun for people', () => {
  it('is told of them, not of the names before', () => {
    const acts = namedActs(
      'Two more protesters, Temur Gelashvili and Davit Kapanadze, have each been sentenced to four years, the tenth and eleventh jail terms handed down to individuals arrested in connection with the protests since November 2024.',
      { language: 'en' },
    );
    assert.ok(!acts.some((a) => a[0] === 'arrest' && a[2] === '2024-11'), JSON.stringify(acts));
    assert.ok(
      acts.some((a) => a[0] === 'sentence' && a[1] === 'Temur Gelashvili'),
      JSON.stringify(acts),
    );
  });

  it('is still told of one named "among" them', () => {
    const acts = namedActs('Ivan Petrov was among the protesters arrested on 3 May 2024.', { language: 'en' });
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[1] === 'Ivan Petrov' && a[2] === '2024-05-03'),
      JSON.stringify(acts),
    );
  });
});

describe('the honorific of a surname alone, and what one denounced', () => {
  const text =
    'Nous appelons les autorités à lever l’interdiction de voyager de M. Nabeel Karim, afin qu’il puisse assister sa femme, Mme Sumaya Karim. M. Karim est accusé d’avoir « insulté un organe statutaire », sur la base de commentaires publiés en mars 2015 dénonçant des allégations de torture des détenus.';

  it('gives « M. Karim » to the man, not to the woman named last', () => {
    const acts = namedActs(text, { language: 'fr' });
    assert.ok(
      acts.some((a) => a[0] === 'charge' && a[1] === 'Nabeel Karim'),
      JSON.stringify(acts),
    );
    assert.ok(!acts.some((a) => a[1] === 'Sumaya Karim' && a[0] === 'charge'), JSON.stringify(acts));
  });

  it('reads no torture of the one who denounced it', () => {
    const acts = namedActs(text, { language: 'fr' });
    assert.ok(!acts.some((a) => a[0] === 'torture'), JSON.stringify(acts));
  });
});
