// One act told in two ways, and words around an act that change what it is: an extradition decided and opposed, a
// fine that is part of a sentence, a call for the release of people the text says were freed, a term told in a
// relative clause, a wanted list in Russian, and a nationality before a name.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

describe('one act told twice, or told with another', () => {
  let morph: RussianMorph;
  before(async () => {
    morph = await loadRussianMorph();
  });
  it('reads an extradition that "will be" done as decided, and drops the request told of it', () => {
    const kinds = (text: string) => namedActs(text, { language: 'ru', morph }).map((a) => a[0]);
    assert.deepEqual(
      kinds(
        'Гражданин Узбекистана Мурод Юлдашев будет экстрадирован на родину. Правозащитники призывают отказаться от экстрадиции Юлдашева.',
      ).filter((k) => String(k).startsWith('extradition')),
      ['extradition_decision'],
    );
    assert.deepEqual(
      namedActs('Paul Martin will be extradited to Uzbekistan.').map((a) => a[0]),
      ['extradition_decision'],
    );
    // Asked for only, it stays a request.
    assert.deepEqual(
      namedActs('Uzbekistan asked Russia for the extradition of Paul Martin.').map((a) => a[0]),
      ['extradition_request'],
    );
  });
  it('reads «объявил в международный розыск» and «в межгосударственном розыске» as a wanted list', () => {
    assert.deepEqual(
      namedActs('Узбекистан объявил в международный розыск Мурода Юлдашева.', { language: 'ru', morph }).map(
        (a) => a[0],
      ),
      ['other'],
    );
    assert.deepEqual(
      namedActs('Мурод Юлдашев находился в межгосударственном розыске.', { language: 'ru', morph }).map((a) => a[0]),
      ['other'],
    );
  });
  it('counts a fine told with the same person’s sentence as part of it, and a fine alone as a fine', () => {
    const kinds = (text: string) => namedActs(text).map((a) => a[0]);
    assert.deepEqual(kinds('Anna Berg was fined 50,000 soms and placed under five years of probation supervision.'), [
      'sentence',
    ]);
    assert.deepEqual(kinds('On May 13 a court fined journalist Anna Berg for an article.'), ['fine']);
  });
  it('gives a term told in a relative clause to the name it hangs on, and to a whole list before "who"', () => {
    const sentences = (text: string) => namedActs(text).filter((a) => a[0] === 'sentence');
    assert.deepEqual(
      sentences(
        'At the trial the prosecution requested a six-year sentence for Paul Martin and nine months for Marc Leroy, who ended up with a six-month jail term.',
      ).map((a) => [a[1], a[3]]),
      [['Marc Leroy', 6]],
    );
    assert.deepEqual(
      namedActs(
        'The journalists Paul Martin, Marc Leroy, and Anna Berg, who had criticised officials, have been killed.',
      )
        .filter((a) => a[0] === 'killing')
        .map((a) => a[1])
        .sort(),
      ['Anna Berg', 'Marc Leroy', 'Paul Martin'],
    );
  });
  it('proposes no detention for a call to free people the text says were freed', () => {
    const text = (freed: string) =>
      `On 16 February Paul Martin and Marc Leroy ${freed}. There was strong pressure for the release of Paul Martin and Marc Leroy.`;
    assert.deepEqual(namedActs(text('were freed from prison')), []);
    assert.deepEqual(
      namedActs(text('went on hunger strike')).map((a) => [a[0], a[1]]),
      [
        ['detention', 'Paul Martin'],
        ['detention', 'Marc Leroy'],
      ],
    );
  });
});

describe('a nationality is not a name', () => {
  it('keeps "Turkmen", "Tajik" out of the name they stand before', () => {
    const names = (text: string) => propose({ text }).persons.map((p) => p.name);
    assert.deepEqual(names('On 16 February the two Turkmen Paul Martin and Marc Leroy were freed.'), [
      'Paul Martin',
      'Marc Leroy',
    ]);
    assert.deepEqual(names('Jailed Turkmen activists freed. The Tajik Anna Berg spoke.'), ['Anna Berg']);
  });
});

describe('words in quotes are not a name', () => {
  it('reads no person in «Нур Отан» or "Ak Zhol", and still reads a name quoted on one side only', () => {
    const names = (text: string) => propose({ text }).persons.map((p) => p.name);
    assert.deepEqual(names('Его обвиняют в постах о партии власти «Нур Отан» в конце марта.'), []);
    assert.deepEqual(names('The party "Ak Zhol" met Paul Martin.'), ['Paul Martin']);
    assert.deepEqual(names('«Paul Martin was arrested», said Anna Berg.'), ['Paul Martin', 'Anna Berg']);
  });
});

describe('names a count of people vouches for, and lengths given respectively', () => {
  const text = (count: string) =>
    `Selon l’agence Belta, Valdas Poutko et Yarik Broudek, ${count} autres accusés en exil, ont été condamnés ` +
    'respectivement dans cette affaire, par contumace, à 20 ans et 19 ans de prison.';
  it('reads « A et B, deux autres accusés » as two persons, each with their length', () => {
    assert.deepEqual(
      propose({ text: text('deux'), language: 'fr' }).persons.map((p) => p.name),
      ['Valdas Poutko', 'Yarik Broudek'],
    );
    assert.deepEqual(namedActs(text('deux'), { language: 'fr' }), [
      ['sentence', 'Valdas Poutko', null, 240],
      ['sentence', 'Yarik Broudek', null, 228],
    ]);
  });
  it('reads no person when the count does not match, or counts bodies rather than people', () => {
    assert.deepEqual(
      propose({ text: text('trois'), language: 'fr' }).persons.map((p) => p.name),
      [],
    );
    assert.deepEqual(
      propose({ text: 'Greater Rights Watch and Open Voice International, two groups, wrote.' }).persons,
      [],
    );
  });
});

describe('electric shocks', () => {
  it('reads electric shocks as torture in the three languages, and a shock of news as nothing', () => {
    const kinds = (text: string, language: 'en' | 'fr' | 'ru' = 'en') => namedActs(text, { language }).map((a) => a[0]);
    assert.deepEqual(kinds('Paul Martin has been subjected to electric shocks in custody.'), ['torture']);
    assert.deepEqual(kinds('Paul Martin a subi des décharges électriques.', 'fr'), ['torture']);
    assert.deepEqual(kinds('The news came as a shock to Paul Martin.'), []);
  });
});

describe('what a verdict found someone guilty of', () => {
  it('reads "found guilty of", « déclaré coupable de », «признан виновным по статьям» as the charge too', () => {
    const kinds = (text: string, language: 'en' | 'fr' | 'ru' = 'en') =>
      namedActs(text, { language })
        .map((a) => a[0])
        .sort();
    assert.deepEqual(kinds('Paul Martin was sentenced to 10 years. He was found guilty of tax evasion.'), [
      'charge',
      'sentence',
    ]);
    assert.deepEqual(
      kinds('Paul Martin a été déclaré coupable d’escroquerie et condamné à trois ans de prison.', 'fr'),
      ['charge', 'sentence'],
    );
  });
  it('reads «признан виновным по статьям» as the charge too', async () => {
    const morph = await loadRussianMorph();
    const kinds = namedActs('Житель Худжанда Джахонгир Муродов был признан виновным по статьям о призывах.', {
      language: 'ru',
      morph,
    }).map((a) => a[0]);
    assert.ok(kinds.includes('charge'), JSON.stringify(kinds));
  });
  it('reads no charge in a verdict that names no offence', () => {
    const kinds = (text: string) => namedActs(text).map((a) => a[0]);
    assert.deepEqual(kinds('Paul Martin was found guilty and sentenced to 10 years in prison.'), ['sentence']);
  });
});
