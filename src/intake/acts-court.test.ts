// The court's side of a verdict and of custody: the judge who pronounces a sentence is not its victim, and an arrest
// for a term of months is the custody a court ordered (a detention), while a term of hours or days stays an arrest.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import { actLengths } from './act-test-helpers.ts';

const acts = (text: string) => actLengths(text);

describe('the judge is not the victim', () => {
  it('gives no sentence to the judge named as the one who pronounced it', () => {
    const ru = acts(
      'Судья Ернар Касымбеков признал всех виновным и назначил каждому из них по 4 года ограничения свободы.',
    );
    assert.ok(!ru.some(([, who]) => who === 'Ернар Касымбеков'), JSON.stringify(ru));
    const en = acts('Judge Zholdoshbek Sulaimanov sentenced the poet to three years in prison.');
    assert.ok(!en.some(([, who]) => who === 'Zholdoshbek Sulaimanov'), JSON.stringify(en));
  });
  it('still gives the sentence to the defendant named beside the judge', () => {
    const got = acts('Judge Zholdoshbek Sulaimanov sentenced Timur Sadykov to three years in prison.');
    assert.deepEqual(got, [['sentence', 'Timur Sadykov', 36]]);
  });
  it('keeps a person whose title is not a judge as the victim', () => {
    assert.deepEqual(acts('The lawyer Timur Sadykov was sentenced to three years in prison.'), [
      ['sentence', 'Timur Sadykov', 36],
    ]);
  });
});

describe('an arrest for a term of months is a detention', () => {
  it('reads «арестовали на два месяца», "arrested for two months" and « arrêté pour deux mois » as detentions', () => {
    // Without the Russian analyser loaded the names stay in the case they are written in.
    assert.deepEqual(
      acts('Пятерых арестовали на два месяца - Нурлана Темиргалиева и Айдара Мубаракова.').map(([k]) => k),
      ['detention', 'detention'],
    );
    assert.deepEqual(acts('Timur Sadykov was arrested for two months by a Bishkek court.'), [
      ['detention', 'Timur Sadykov', null],
    ]);
    assert.deepEqual(acts('Ilya Razumov a été arrêté pour deux mois.'), [['detention', 'Ilya Razumov', null]]);
  });
  it('leaves a term of hours or days, and an arrest with no term, as an arrest', () => {
    assert.deepEqual(acts('Timur Sadykov was arrested for 15 days.'), [['arrest', 'Timur Sadykov', null]]);
    assert.deepEqual(acts('Игорь Лосик задержан на 72 часа.'), [['arrest', 'Игорь Лосик', null]]);
    assert.deepEqual(acts('Timur Sadykov was arrested on 3 May 2025 in Bishkek.'), [['arrest', 'Timur Sadykov', null]]);
  });
});

describe('probation and searches told in other words', () => {
  it('reads "placed under five years of probation supervision" as a sentence served at liberty', () => {
    const got = propose({ text: 'Timur Sadykov was placed under five years of probation supervision.' }).acts;
    assert.deepEqual(
      got.map((a) => [a.kind, a.person, a.sentenceMonths, a.sentenceKind]),
      [['sentence', 'Timur Sadykov', 60, 'restricted_freedom']],
    );
  });
  it('reads "a search was conducted at her home" and "in searching his home" as searches', () => {
    assert.deepEqual(acts('Leyla Yunus was not there when a search was conducted at her home.'), [
      ['search', 'Leyla Yunus', null],
    ]);
    assert.deepEqual(acts('Investigators claimed to have found a grenade in searching the home of Timur Sadykov.'), [
      ['search', 'Timur Sadykov', null],
    ]);
  });
  it('does not read a search for a person or a web search as one', () => {
    assert.deepEqual(acts('Timur Sadykov led the search for the missing climbers.'), []);
    assert.deepEqual(acts('A search of the archive by Timur Sadykov found the letter.'), []);
  });
});

describe('"each of them" after a group counted in the sentence before', () => {
  const verdict = (count: string, names: string) =>
    `26 августа суд вынес приговор по делу ${count} активистов. Судья Ернар Касымбеков признал всех виновным и назначил каждому из них по 4 года ограничения свободы. «${names} признать виновными», - зачитал судья.`;
  it('gives the length to each name of the list of that many names in the sentence after', () => {
    const got = propose({ text: verdict('двух', 'Timur Sadykov и Leyla Yunus') }).acts.filter(
      (a) => a.kind === 'sentence' && a.person !== null,
    );
    assert.deepEqual(
      got.map((a) => [a.person, a.sentenceMonths]),
      [
        ['Timur Sadykov', 48],
        ['Leyla Yunus', 48],
      ],
    );
  });
  it('gives it to nobody when the count and the list disagree', () => {
    const got = propose({ text: verdict('пяти', 'Timur Sadykov и Leyla Yunus') }).acts.filter(
      (a) => a.kind === 'sentence' && a.person !== null,
    );
    assert.deepEqual(got, []);
  });
});

describe('«обвиняют» is a charge', () => {
  it('reads «его обвиняют в вымогательстве» and «обвиняли» as charges of the one person named before', () => {
    const got = propose({
      text: 'В Душанбе задержан журналист Timur Sadykov. Его обвиняют в вымогательстве.',
    }).acts.map((a) => [a.kind, a.person]);
    assert.deepEqual(got, [
      ['arrest', 'Timur Sadykov'],
      ['charge', 'Timur Sadykov'],
    ]);
  });
  it('does not read «обвинять» in a demand or the noun «обвинитель» as one', () => {
    const got = propose({ text: 'Timur Sadykov призвал не обвинять журналистов. Обвинитель молчал.' }).acts;
    assert.deepEqual(got, []);
  });
});

describe('an extradition carried out is a decision', () => {
  it('reads "had been extradited" and « a été extradé » as a decision', () => {
    assert.deepEqual(acts('Timur Sadykov had been extradited from the UAE to Bishkek.'), [
      ['extradition_decision', 'Timur Sadykov', null],
    ]);
    assert.deepEqual(acts('Ilya Razumov a été extradé vers Minsk.'), [['extradition_decision', 'Ilya Razumov', null]]);
  });
  it('keeps a request to extradite, and "faces extradition", as a request', () => {
    assert.deepEqual(acts('Moscow asked Kyiv to extradite Timur Sadykov.'), [
      ['extradition_request', 'Timur Sadykov', null],
    ]);
    assert.deepEqual(acts('Timur Sadykov faces extradition to Uzbekistan.'), [
      ['extradition_request', 'Timur Sadykov', null],
    ]);
  });
});
