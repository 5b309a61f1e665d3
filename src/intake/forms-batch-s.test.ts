// Forms of a batch of unseen letters and news from Myanmar, Cambodia, Venezuela, Nicaragua and Central Asia: Burmese
// names, "Dear Prime Minister Hun Sen," with a name of two words, a list of bodies one per line under "Signing
// organizations:", a length given to a group "each" and the members named later, «10 годам 1 месяцу», a name before «суд
// приговорил» as the verb's object, « Celle-ci est accusée », and a law's date that is not the act's. Every sentence
// here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

before(async () => {
  await loadRussianMorph();
});

describe('names and letters', () => {
  it('reads Burmese names, which have no family name, and gives a group length "each" to members named later', () => {
    const text =
      'A military court sentenced nine protesters to a maximum three years in prison each. The others sentenced were Bo Bo Lin, Kyaw Zin Oo, and Mya Kyu Thin.';
    assert.deepEqual(
      propose({ text }).persons.map((p) => p.name),
      ['Bo Bo Lin', 'Kyaw Zin Oo', 'Mya Kyu Thin'],
    );
    assert.deepEqual(
      namedActs(text).map((a) => [a[0], a[1], a[3]]),
      [
        ['sentence', 'Bo Bo Lin', 36],
        ['sentence', 'Kyaw Zin Oo', 36],
        ['sentence', 'Mya Kyu Thin', 36],
      ],
    );
  });

  it('reads "Dear Prime Minister Hun Sen," and "Dear Mr President Tokayev,"', () => {
    const addressees = (text: string) => propose({ text }).addressees.map((a) => [a.name, a.title]);
    assert.deepEqual(addressees('Dear Prime Minister Hun Sen,\nWe write to you.'), [['Hun Sen', 'Prime Minister']]);
    assert.deepEqual(addressees('Dear Mr President Tokayev,\nWe write to you.'), [['Tokayev', null]]);
  });

  it('reads the bodies under "Signing organizations:" one per line, none of them a person', () => {
    const text = [
      'The letter asks for his release.',
      '',
      'Signing organizations:',
      '',
      'Acción Solidaria',
      'Foro Penal',
      'Centro de Justicia y Paz (CEPAZ)',
      'Un Mundo sin Mordaza',
    ].join('\n');
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.kind]),
      [
        ['Acción Solidaria', 'organisation'],
        ['Foro Penal', 'organisation'],
        ['Centro de Justicia y Paz', 'organisation'],
        ['Un Mundo sin Mordaza', 'organisation'],
      ],
    );
    assert.deepEqual(p.persons, []);
  });
});

describe('acts', () => {
  it('reads «к 10 годам 1 месяцу» as 121 months and a name before «суд приговорил» in the nominative', () => {
    const acts = namedActs(
      'Жангелди Джаксымов был приговорен к 10 годам 1 месяцу колонии. Кошкарбая Торемуратова суд приговорил к 5 годам.',
      { language: 'ru' },
    );
    assert.deepEqual(
      acts.map((a) => [a[1], a[3]]),
      [
        ['Жангелди Джаксымов', 121],
        ['Кошкарбай Торемуратов', 60],
      ],
    );
  });

  it('does not date an arrest by the law it was made under', () => {
    const acts = namedActs(
      'Le 5, l’ancien diplomate Arturo Cruzado est arrêté en vertu de la loi de « défense du peuple » de décembre 2020.',
      { language: 'fr' },
    );
    assert.deepEqual(acts, [['arrest', 'Arturo Cruzado', null, null]]);
  });
});

describe('lists set out one a line', () => {
  it('reads each line of «в СИЗО будут находиться:» with a role after a dash, «кызы» and «уулу» kept in the name', () => {
    const text = [
      'Суд водворил под стражу сотрудников редакции.',
      'Согласно решению суда, до 13 марта в СИЗО будут находиться:',
      'Махабат Тажибек кызы – директор проектов редакции и жена Болота Темирова;',
      'Сапар Акунбеков – сотрудник редакции;',
      'Максат Таджибек уулу – сотрудник редакции;',
      'Джумабек Турдалиев.',
      'Все арестованные заявляли о невиновности.',
    ].join('\n');
    assert.deepEqual(
      namedActs(text, { language: 'ru' })
        .filter((a) => a[0] === 'detention')
        .map((a) => a[1]),
      ['Махабат Тажибек кызы', 'Сапар Акунбеков', 'Максат Таджибек уулу', 'Джумабек Турдалиев'],
    );
  });
});

describe('an urgent action’s "Write to:" block', () => {
  it('reads "Honorable X" under its title line, not the one under "And copy:", and names after "the torture of"', () => {
    const text = [
      'Conduct an effective investigation into the torture of Robson Chiwara.',
      'Write to:',
      'Minister of Justice, Legal and Parliamentary Affairs',
      'Honorable Ziyambi Ziyara',
      'Mgandane Building',
      'Salutation: Dear Minister,',
      'And copy:',
      'His Excellency Cecil Toendepi Chinamo',
      'Ambassador',
    ].join('\n');
    const p = propose({ text });
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [['Ziyambi Ziyara', 'Minister of Justice, Legal and Parliamentary Affairs']],
    );
    assert.ok(p.persons.some((x) => x.name === 'Robson Chiwara'));
    assert.ok(!p.persons.some((x) => x.name === 'All Jailed'));
  });
});
