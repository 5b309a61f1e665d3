// Whom a letter goes to, in further forms real letters and news use: a Russian list of dative titles of any length
// after «адресовано», «потребовали от X», "a letter to prime ministerial candidates A and B", an office and a state
// before the name, a salutation naming the addressee in full under a title line, "To the President K.-J. X" under a
// heading in title case, « Au directeur de …, X. » lines, and an action's list of officials to write to. Every sentence
// here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const addressees = (text: string) => propose({ text }).addressees.map((a) => a.name);
const titled = (text: string) => propose({ text }).addressees.map((a) => [a.name, a.title]);
const persons = (text: string) => propose({ text }).persons.map((p) => p.name);

before(async () => {
  await loadRussianMorph();
});

describe('Russian lists of titles in the dative', () => {
  it('reads every title and person after «Письмо адресовано», «его первому заместителю» and a body in brackets', () => {
    const text =
      'Письмо адресовано главе Администрации президента Олегу Воронину, его первому заместителю Сергею Кириенко, генеральному прокурору Игорю Седову и руководителю Следственного комитета (СК) России Павлу Громову.';
    assert.deepEqual(addressees(text), ['Олег Воронин', 'Сергей Кириенко', 'Игорь Седов', 'Павел Громов']);
  });

  it('reads «направлено» only after a word for the letter', () => {
    assert.deepEqual(addressees('Обращение было направлено генеральному прокурору Игорю Седову в пятницу.'), [
      'Игорь Седов',
    ]);
    assert.deepEqual(addressees('Активист был направлен следователю Игорю Седову на допрос.'), []);
  });

  it('reads «просил уполномоченного по правам человека в РФ X» in the accusative', () => {
    assert.deepEqual(
      addressees('Совет просил уполномоченного по правам человека в РФ Татьяну Ковалёву изучить дело журналистки.'),
      ['Татьяна Ковалёва'],
    );
  });

  it('reads «потребовали от X» in news of an appeal, the name in the genitive after the preposition', () => {
    assert.deepEqual(addressees('Освободить узников потребовали от Александра Лукашенко в открытом письме писатели.'), [
      'Александр Лукашенко',
    ]);
  });

  it('keeps a surname that does not decline as written, the given name in the nominative', () => {
    assert.deepEqual(addressees('Письмо адресовано генеральному секретарю ООН Сергею Кириенко.'), ['Сергей Кириенко']);
  });
});

describe('English and French addressees', () => {
  it('reads "a letter to prime ministerial candidates A and B"', () => {
    assert.deepEqual(
      addressees(
        'MP Ann Cole has co-signed a letter to prime ministerial candidates John Marsh and Peter Vale on Friday.',
      ),
      ['John Marsh', 'Peter Vale'],
    );
  });

  it('reads "Letter to Norwegian Minister of Foreign Affairs, X" with a name no list knows', () => {
    assert.deepEqual(titled('Letter to Norwegian Minister of Foreign Affairs, Bjørn Aasheim\n\nWe write to you.'), [
      ['Bjørn Aasheim', 'Minister of Foreign Affairs'],
    ]);
  });

  it('reads a salutation that names the addressee in full, with the title line above it', () => {
    const text = [
      'Heading of the page',
      '',
      'Anna Berg, Piet Lund and Tom Hale',
      '',
      'To the President of the Republic of Norland',
      '',
      'Mr. Viktor Ivanovich,',
      '',
      'I urge you to release the journalists.',
    ].join('\n');
    assert.deepEqual(titled(text), [['Viktor Ivanovich', 'President of the Republic of Norland']]);
    assert.deepEqual(addressees('Cher Vladimir Ivanovitch,\nUn homme est en train de mourir.'), [
      'Vladimir Ivanovitch',
    ]);
  });

  it('reads "To the President K.-J. X" under a heading in title case', () => {
    const text =
      'Statement Of Rights Groups On Events in Norland\n\nTo the President K.-J. Halden\n\nTo the international community\n\nWe call for calm.';
    assert.deepEqual(addressees(text), ['K.-J. Halden']);
  });

  it('reads « Au directeur de …, X. » lines anywhere in the text, a patronymic vouching for the name', () => {
    const text = [
      'Communiqué de presse:',
      '',
      'Au directeur exécutif du mouvement pour les droits de l’homme, Lev Aleksandrovitch Sorin.',
      '',
      'Au directeur de l’institut pour les droits humains, Valentin Mikhaïlovitch Gerts.',
      '',
      'De la part de nos camarades.',
    ].join('\n');
    assert.deepEqual(titled(text), [
      ['Lev Aleksandrovitch Sorin', 'Directeur exécutif du mouvement pour les droits de l’homme'],
      ['Valentin Mikhaïlovitch Gerts', 'Directeur de l’institut pour les droits humains'],
    ]);
  });

  it('reads the officials listed under an action’s "write to" line, the office before or after the name', () => {
    const text = [
      '1. Write a letter in your own words to one or both government officials listed. You can also email them.',
      '2. Let us know the actions you took.',
      'Andrey Petrov Prosecutor General of the Republic of Norland Vul. Lesnaya, 22 220030 Norgrad Email: office@example.org',
      'Ambassador Dmitry Lesin Embassy of Norland 1619 Main Ave NW Washington, DC 20009',
    ].join('\n');
    assert.deepEqual(titled(text), [
      ['Andrey Petrov', 'Prosecutor General of the Republic of Norland'],
      ['Dmitry Lesin', 'Ambassador'],
    ]);
  });
});

describe('names an office or a particle vouches for', () => {
  it('reads a name no list knows after an office, not a street or a palace on the next line', () => {
    assert.deepEqual(persons('Le ministre des Affaires étrangères, Jonas Berg, a reçu la lettre.'), ['Jonas Berg']);
    assert.deepEqual(persons('Office of the President of the Norland Republic\nPresidential Palace\nNorgrad'), []);
    assert.deepEqual(persons('Mme Theodora Lakis, ancienne ministre des Affaires Etrangères de la Grèce'), [
      'Theodora Lakis',
    ]);
  });

  it('keeps «al» and «bin» inside a name, and a nationality in the plural out of it', () => {
    assert.deepEqual(persons('We met Ahmed bin Salem and Omar al Hakim in Cairo.'), [
      'Ahmed bin Salem',
      'Omar al Hakim',
    ]);
    assert.deepEqual(persons('Nos camarades Kazakhs Esenbek Uktesbaev et Aimur Kurmanov sont en danger.'), [
      'Esenbek Uktesbaev',
      'Aimur Kurmanov',
    ]);
  });
});
