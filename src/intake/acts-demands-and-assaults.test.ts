// Acts told by the form of a demand ("Immediately release A", "to free A"), by a length given ("got six years"), by a
// beating or an assault, by a killing's noun ("the murder of A") and by a criminal prosecution; a shared surname after
// two given names ("Leyla and Arif Y.") and a Russian name after a transitive verb. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

const has = (acts: (string | number | null)[][], kind: string, person: string, months?: number) =>
  acts.some((a) => a[0] === kind && a[1] === person && (months === undefined || a[3] === months));

describe('demands by their form', () => {
  it('reads "Immediately release A, B and C" opening a point as a detention of each', () => {
    const acts = namedActs(
      'The coalition asks the government to:\n– Immediately release Farid Osmanov, Nurlan Kasimov and Gulnara Sadykova and ensure their access to lawyers;\n– Repeal the law.',
    );
    for (const p of ['Farid Osmanov', 'Nurlan Kasimov', 'Gulnara Sadykova']) assert.ok(has(acts, 'detention', p), p);
  });

  it('reads "to release A" after a long apposition naming the one asked', () => {
    const acts = namedActs(
      'We call on the government, and specifically the President of the Republic, Alexander Morozov, to release Pavel Sidorenko and drop all charges.',
    );
    assert.ok(has(acts, 'detention', 'Pavel Sidorenko'));
    assert.ok(!has(acts, 'detention', 'Alexander Morozov'));
  });

  it('reads "to unconditionally free A" as a detention, and "to free speech" as none', () => {
    assert.ok(
      has(
        namedActs('The senators asked the minister to unconditionally free Tran Van Minh, a blogger.'),
        'detention',
        'Tran Van Minh',
      ),
    );
    assert.deepEqual(
      namedActs('Rustam Aliyev said the reform aimed to free speech from state control.').filter(
        (a) => a[0] === 'detention',
      ),
      [],
    );
  });

  it('reads "still in jail" and "currently under arrest" as a detention, not a new arrest', () => {
    const acts = namedActs(
      'Several activists are still in jail, including Nguyen Van Thanh and Le Thi Hoa. Pham Van Duc is currently under arrest.',
    );
    assert.ok(has(acts, 'detention', 'Nguyen Van Thanh'));
    assert.ok(has(acts, 'detention', 'Le Thi Hoa'));
    assert.ok(has(acts, 'detention', 'Pham Van Duc'));
    assert.ok(!has(acts, 'arrest', 'Pham Van Duc'));
  });
});

describe('lengths given and convictions', () => {
  it('reads "A got six years" as a sentence of 72 months', () => {
    assert.ok(has(namedActs('Marat Ospanov got six years.'), 'sentence', 'Marat Ospanov', 72));
  });

  it('reads "a 7 1/2 year jail term" as 90 months', () => {
    assert.ok(
      has(namedActs('Daler Nazarov, another blogger, got a 7 1/2 year jail term.'), 'sentence', 'Daler Nazarov', 90),
    );
  });

  it('reads « purge des peines totalisant 11 ans et demi » as a sentence of 138 months', () => {
    const acts = namedActs('Boris Lebedev purge des peines totalisant 11 ans et demi dans une colonie pénitentiaire.', {
      language: 'fr',
    });
    assert.ok(has(acts, 'sentence', 'Boris Lebedev', 138));
  });

  it('reads "the conviction of A" as a sentence, and "political convictions" as none', () => {
    assert.ok(
      has(namedActs('The statement condemns the unjust conviction of Timur Saliyev.'), 'sentence', 'Timur Saliyev'),
    );
    assert.deepEqual(
      namedActs('Timur Saliyev never hid his political convictions.').filter((a) => a[0] === 'sentence'),
      [],
    );
  });
});

describe('beatings, assaults and killings', () => {
  it('reads "guards beat A and B" and "were also reportedly attacked" as ill-treatment of each', () => {
    const acts = namedActs(
      'Security guards beat Rauf Ismayilov and Aysel Guliyeva in April. Two others – Elvin Hasanov and Nigar Abbasova – were also reportedly attacked.',
    );
    for (const p of ['Rauf Ismayilov', 'Aysel Guliyeva', 'Elvin Hasanov', 'Nigar Abbasova'])
      assert.ok(has(acts, 'ill_treatment', p), p);
  });

  it('reads « a été violemment agressé » as ill-treatment', () => {
    const acts = namedActs('Le journaliste Emin Babayev a été violemment agressé par des policiers le 3 mai.', {
      language: 'fr',
    });
    assert.ok(has(acts, 'ill_treatment', 'Emin Babayev'));
  });

  it('reads "the killing of editor A" as a killing of A, and "complicity in the murder of a police officer" as none', () => {
    assert.ok(
      has(
        namedActs('Those responsible for the killing of editor Ramin Tagiyev in 2005 are free.'),
        'killing',
        'Ramin Tagiyev',
      ),
    );
    const acts = namedActs(
      'Bakhtiyar Usmanov is serving a life sentence on charges of complicity in the murder of a police officer, mr. Usmanov says he is innocent.',
    );
    assert.ok(!acts.some((a) => a[0] === 'killing'));
  });
});

describe('a criminal prosecution', () => {
  it('reads «прекратить уголовное преследование А» as a charge', () => {
    const acts = namedActs('Учёные потребовали прекратить уголовное преследование Тимура Касымова.', {
      language: 'ru',
      morph,
    });
    assert.ok(has(acts, 'charge', 'Тимур Касымов'));
  });
});

describe('names', () => {
  it('reads "Leyla and Arif Yunus" as two people, each with the acts told of both', () => {
    const p = propose({ text: 'The police arrested Elena and Pavel Sidorenko in May 2014.' });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Elena Sidorenko', 'Pavel Sidorenko'],
    );
    const acts = namedActs('The police arrested Elena and Pavel Sidorenko in May 2014.');
    assert.ok(has(acts, 'arrest', 'Elena Sidorenko'));
    assert.ok(has(acts, 'arrest', 'Pavel Sidorenko'));
  });

  it('gives "Leyla and Arif Yunusov" the woman\'s surname written in full elsewhere', () => {
    const p = propose({
      text: 'We defend Elena and Pavel Sidorenkov. Elena Sidorenkova was kept under surveillance.',
    });
    assert.deepEqual(p.persons.map((x) => x.name).sort(), ['Elena Sidorenkova', 'Pavel Sidorenkov']);
  });

  it("keeps a woman's surname ending in a consonant undeclined («Лейлы и Арифа Юнус»)", () => {
    const p = propose({ text: 'Суд вынес решение по делу Марины и Тимура Шмидт.', language: 'ru', morph });
    assert.ok(p.persons.some((x) => x.name === 'Марина Шмидт'));
  });

  it('reads a name after a transitive verb as an accusative («задержали Марину Иванову» is Марина Иванова)', () => {
    const p = propose({ text: 'Вчера полицейские задержали Марину Иванову у здания суда.', language: 'ru', morph });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Марина Иванова'],
    );
  });
});
