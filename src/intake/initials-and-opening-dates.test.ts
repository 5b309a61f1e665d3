// Signers written with a middle initial and a bracket of party and state after each name ("Carolyn B. Maloney
// (Democrat-New York)"), "Representatives" before the first name; and the date that opens a sentence, which frames
// every act told in it ("On the afternoon of 15 January, police raided …; and arrested A"), unless the act is told
// in a participle or a relative clause, or said to come later; a cue with a date right after it keeps that date.
// Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

/** Whether the acts hold one of that kind told of that person on that date. */
const dated = (acts: (string | number | null)[][], kind: string, person: string, date: string | null) =>
  acts.some((a) => a[0] === kind && a[1] === person && a[2] === date);

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('signers with middle initials and brackets of party and state', () => {
  const TEXT =
    'Seven members of Congress wrote to President Arman Sadykov about the radio station. The letter was signed by Representatives Paul Hendry (Democrat-Ohio), Laura J. Whitfield (Democrat-New York), Mark Tolland (Republican-Texas) and Nora K. Bellamy (Democrat-Rhode Island).';

  it('reads each name whole, its initial kept, and nothing of the brackets', () => {
    const p = propose({ text: TEXT, language: 'en' });
    const signers = p.signatories.map((s) => s.name);
    assert.deepEqual(signers, ['Paul Hendry', 'Laura J. Whitfield', 'Mark Tolland', 'Nora K. Bellamy']);
    const persons = p.persons.map((x) => x.name);
    assert.ok(!persons.some((n) => /Democrat|Republican|Representatives/u.test(n)), JSON.stringify(persons));
  });
});

describe('a date that opens its sentence', () => {
  it('dates every act the sentence tells', () => {
    const acts = namedActs(
      'The network understands that on the afternoon of January 15, 2014, police raided the family home of Anvar Tursunov; seized computers and passports; and arrested Anvar Tursunov.',
      { language: 'en' },
    );
    assert.ok(dated(acts, 'search', 'Anvar Tursunov', '2014-01-15'), JSON.stringify(acts));
    assert.ok(dated(acts, 'arrest', 'Anvar Tursunov', '2014-01-15'), JSON.stringify(acts));
  });

  it('dates the acts of a Russian sentence that opens with a day and month', () => {
    const acts = namedActs(
      'Перепалка произошла 26 июня 2021 года. 28 июня Рустама Назарова вызвали в милицию, забрали телефон и задержали.',
      { language: 'ru', morph },
    );
    assert.ok(dated(acts, 'arrest', 'Рустам Назаров', '2021-06-28'), JSON.stringify(acts));
  });

  it('does not give it to an act told in a participle or said to come later', () => {
    const participle = namedActs(
      '29 сентября 2024 года были задержаны активисты. 26 августа суд вынес приговор по делу Рустама Назарова, задержанного по обвинению в организации беспорядков.',
      { language: 'ru', morph },
    );
    assert.ok(!dated(participle, 'arrest', 'Рустам Назаров', '2025-08-26'), JSON.stringify(participle));
    assert.ok(
      !participle.some((a) => a[0] === 'arrest' && String(a[2]).endsWith('-08-26')),
      JSON.stringify(participle),
    );
    const later = namedActs('On 3 May 2019 police searched the flat of Anvar Tursunov and later arrested him.', {
      language: 'en',
    });
    assert.ok(dated(later, 'search', 'Anvar Tursunov', '2019-05-03'), JSON.stringify(later));
    assert.ok(!later.some((a) => a[0] === 'arrest' && a[2] === '2019-05-03'), JSON.stringify(later));
  });
});

describe('a cue with its own date right after it', () => {
  it('does not give its date to the act of a relative clause before it', () => {
    const acts = namedActs(
      'Anvar Tursunov, who was detained at the police station where he went to testify on February 14, 2017, was imprisoned on February 27, 2017.',
      { language: 'en' },
    );
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[2] === '2017-02-14'),
      JSON.stringify(acts),
    );
    assert.ok(
      acts.some((a) => a[0] === 'detention' && a[2] === '2017-02-27'),
      JSON.stringify(acts),
    );
  });
});
