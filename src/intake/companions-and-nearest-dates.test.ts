// "arrested … along with his partner, A": a companion named after a noun set off by a comma shares the act, "the
// others, and B" does not; "by detaining her for questioning" an arrest; and of two dates in a sentence with one act,
// the nearer is the act's; a sentence opening on its participle, the subject after a semicolon. Every text is
// invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';

describe('a companion named after "along with"', () => {
  it('shares the act past a noun set off by a comma', () => {
    const acts = namedActs('The journalist Andrei Volkau was arrested in Minsk along with his partner, Irina Zhuk.', {
      language: 'en',
    });
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[1] === 'Irina Zhuk'),
      JSON.stringify(acts),
    );
  });

  it('is not one named after "the others, and"', () => {
    const acts = namedActs('Ivan Petrov was arrested along with the others, and Oleg Sidorov was released.', {
      language: 'en',
    });
    assert.ok(!acts.some((a) => a[0] === 'arrest' && a[1] === 'Oleg Sidorov'), JSON.stringify(acts));
  });
});

describe('the date of an act with two dates in its sentence', () => {
  it('is the nearer one, and "detaining her" is an arrest', () => {
    const acts = namedActs(
      'Aigul Sadykova reiterated her innocence as her trial began on May 2, 2023 and stated that the police violated her rights on April 24, 2023 by detaining her for questioning.',
      { language: 'en' },
    );
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[1] === 'Aigul Sadykova' && a[2] === '2023-04-24'),
      JSON.stringify(acts),
    );
  });
});

describe('a sentence opening on its participle', () => {
  it('tells the act of the subject after a semicolon', () => {
    const acts = namedActs(
      'Arrêtés le 26 novembre au soir et inculpés d’espionnage pour avoir publié dans leur journal, il y a six mois, des photos montrant des livraisons d’armes par les services secrets à des combattants ; Kemal Arslan, directeur du quotidien Gazete, risque vingt ans de prison.',
      { language: 'fr' },
    );
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[1] === 'Kemal Arslan'),
      JSON.stringify(acts),
    );
  });
});
