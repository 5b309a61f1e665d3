// Acts told of people a sentence does not name: "they" a few sentences after a list, "the eleven", "the defendants" and
// «обвиняемых», a group counted "each" whose members are found; the one a pronoun stands for when the sentence before
// names two; names written two ways, a name vouched for by an age, "incarcerated". Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

const has = hasAct;

describe('a group told of without names', () => {
  it('gives "They had been charged" to the list named three sentences before', () => {
    const acts = namedActs(
      'On 3 May the trial of Farid Osmanov, Nurlan Kasimov and Gulnara Sadykova was to start. The defendants were not brought to court. The session was adjourned. They had been charged with "illegal gathering" after a protest.',
    );
    for (const p of ['Farid Osmanov', 'Nurlan Kasimov', 'Gulnara Sadykova']) assert.ok(has(acts, 'charge', p), p);
  });

  it('does not give an act to the list when "they" are the ones acting', () => {
    const acts = namedActs(
      'Le tribunal a jugé Farid Osmanov et Nurlan Kasimov. Ce jour-là, la salle était pleine. Ils ont condamné le recours à la force contre les manifestants.',
      { language: 'fr' },
    );
    assert.ok(!has(acts, 'sentence', 'Farid Osmanov'));
    assert.ok(!has(acts, 'sentence', 'Nurlan Kasimov'));
  });

  it('gives « ils se trouvent en détention » after a time phrase to the two named before', () => {
    const acts = namedActs(
      'Je voudrais vous parler de Leyla Mammadova et Arif Mammadov. Je sais que leur vie est en danger. Depuis trois mois, ils se trouvent en détention.',
      { language: 'fr' },
    );
    assert.ok(has(acts, 'detention', 'Leyla Mammadova'));
    assert.ok(has(acts, 'detention', 'Arif Mammadov'));
  });

  it('reads "The eleven are being held" as each of the eleven names before', () => {
    const names = [
      'Daniel Bekele',
      'Samuel Alemu',
      'Maria Tadesse',
      'David Girma',
      'Sara Haile',
      'Michael Kebede',
      'Hanna Worku',
      'Joseph Tesfaye',
      'Ruth Mekonnen',
      'Peter Abebe',
      'Martha Asfaw',
    ];
    const acts = namedActs(
      `On 25 March police arrested ${names.slice(0, -1).join(', ')} and ${names.at(-1)!}. The arrests were made during a private meeting. The eleven are currently being held at a police station.`,
    );
    for (const p of names) assert.ok(has(acts, 'detention', p), p);
  });

  it('reads «Их обвинили» and «Задержали обвиняемых» as acts of the defendants named before', () => {
    const acts = namedActs(
      'Суд приговорил Руслана Меметова к 12 годам, Эрнеста Аблаева к 10 годам. На заседании присутствовали родственники. Задержали обвиняемых еще в 2016 году. Их обвинили в участии в запрещенной организации.',
      { language: 'ru', morph },
    );
    assert.ok(has(acts, 'arrest', 'Руслан Меметов'), JSON.stringify(acts));
    assert.ok(has(acts, 'arrest', 'Эрнест Аблаев'));
    assert.ok(has(acts, 'charge', 'Руслан Меметов'));
    assert.ok(has(acts, 'charge', 'Эрнест Аблаев'));
  });

  it('gives the length a counted group got "each" to the members found and to those named later', () => {
    const acts = namedActs(
      'A military court on Wednesday sentenced two journalists and four protesters to three years in prison each. The two young people, including Kaung Min and Thida Aye, were arrested on Dec. 5. The others sentenced were Bo Bo Lin, Zaw Min, Ko Ko Htet and Aye Aye Mon.',
    );
    for (const p of ['Kaung Min', 'Thida Aye', 'Bo Bo Lin', 'Zaw Min', 'Ko Ko Htet', 'Aye Aye Mon'])
      assert.ok(has(acts, 'sentence', p, 36), p);
  });
});

describe('the one a pronoun stands for', () => {
  it('is the one the sentence before told an act of, when it names two', () => {
    const acts = namedActs(
      'Шодигуль Бобоева – мать журналиста Далера Имомова: он был арестован в июне 2022 года. Власти обвинили его в распространении ложной информации.',
      { language: 'ru', morph },
    );
    assert.ok(has(acts, 'charge', 'Далер Имомов'), JSON.stringify(acts));
    assert.ok(!has(acts, 'charge', 'Шодигуль Бобоева'));
  });

  it('is not a head of state named in passing in the sentence before', () => {
    const acts = namedActs(
      'Pavel Sidorenko is an opposition politician who has opposed the government of Vladimir Putin for years. He has faced threats for his criticism of the Putin regime. In April 2022, he was arrested for speaking out against the war.',
    );
    assert.ok(has(acts, 'arrest', 'Pavel Sidorenko'), JSON.stringify(acts));
    assert.ok(!acts.some((a) => a[1] === 'Vladimir Putin'));
  });
});

describe('names and words', () => {
  it('takes a Russian given name with a case ending the dictionary lacks for the same person', () => {
    const p = propose({
      text: 'Жена политзаключенного Рахматулло Раджабова обратилась к президенту. Я – жена Рахматуллохи Раджабова, который был схвачен дома.',
      language: 'ru',
      morph,
    });
    assert.equal(
      p.persons.filter((x) => /Раджаб/u.test(x.name)).length,
      1,
      JSON.stringify(p.persons.map((x) => x.name)),
    );
  });

  it('reads a name no list knows before an age set off by commas', () => {
    const acts = namedActs('Abdulloh Ghaznavi, 26, another blogger, got a 7 1/2 year jail term.');
    assert.ok(has(acts, 'sentence', 'Abdulloh Ghaznavi', 90), JSON.stringify(acts));
  });

  it('does not take "Since" for the start of a name', () => {
    const p = propose({
      text: 'Salijon Rakhmonov was sentenced in 2008. Since Rakhmonov’s arrest the region has lost its only independent voice.',
      language: 'en',
    });
    assert.ok(!p.persons.some((x) => /^Since/u.test(x.name)));
  });

  it('reads "has been incarcerated" as a detention', () => {
    assert.ok(
      has(namedActs('Since 23 January 2013, Vladimir Kozyrev has been incarcerated.'), 'detention', 'Vladimir Kozyrev'),
    );
  });

  it('reads a name the list of given names lacks, written alone before "has been", as that person', () => {
    const acts = namedActs(
      'The publisher of the Terara Network, Temerat Negassa, was arrested. In Gelan, Temerat has been detained at a police station since December 10, 2021.',
    );
    assert.ok(has(acts, 'detention', 'Temerat Negassa'), JSON.stringify(acts));
  });

  it('reads a name no list knows before ", a prominent blogger" (an indefinite article only)', () => {
    const acts = namedActs(
      'On 8 March, authorities arrested Seyoum Tadele, a prominent blogger and university lecturer.',
    );
    assert.ok(has(acts, 'arrest', 'Seyoum Tadele'), JSON.stringify(acts));
    const p = propose({
      text: 'A travers le journal Tribouna / Sayasi Kalam, le journaliste aurait contribué au blanchiment.',
      language: 'fr',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      [],
    );
  });

  it('keeps a given name of the world lists before a known one ("Jose Daniel Ferrer")', () => {
    const p = propose({
      text: 'Jose Daniel Ferrer a enduré plus de 100 jours de détention arbitraire.',
      language: 'fr',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Jose Daniel Ferrer'],
    );
  });
});

describe('words of detention', () => {
  it('reads « écrouée », « en maison d’arrêt » and « 100 jours de détention » as a detention', () => {
    const o = { language: 'fr' as const };
    assert.ok(
      has(
        namedActs('Floriane Irakoze est arrêtée en août. Elle est écrouée dans une prison de Bujumbura.', o),
        'detention',
        'Floriane Irakoze',
      ),
    );
    assert.ok(has(namedActs('Mukhtar Dzhakishev est encore en maison d’arrêt.', o), 'detention', 'Mukhtar Dzhakishev'));
    assert.ok(
      has(
        namedActs('Jose Daniel Ferrer a enduré plus de 100 jours de détention arbitraire.', o),
        'detention',
        'Jose Daniel Ferrer',
      ),
    );
  });

  it('reads «продление ареста» as a detention', () => {
    const acts = namedActs('Суд рассмотрел жалобу на продление ареста историку Юрию Дмитриеву.', {
      language: 'ru',
      morph,
    });
    assert.ok(has(acts, 'detention', 'Юрий Дмитриев'), JSON.stringify(acts));
  });
});
