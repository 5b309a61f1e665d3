// A person named by a role in the sentence of the act: "the activist" stands for the one person the sentence before
// names, "the editor of …" for the name opening the next sentence (one name per role); and the term of a custody
// ("detained … for two months") is no sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actLengths } from './act-test-helpers.ts';

const acts = (text: string) => actLengths(text);

describe('a role stands for a person named in the next or the previous sentence', () => {
  it('gives the act of "the activist" to the one person of the sentence before', () => {
    assert.deepEqual(acts('Timur Sadykov spoke at the rally. The activist was arrested on the next day.'), [
      ['arrest', 'Timur Sadykov', null],
    ]);
  });
  it('does not when the sentence before names two people', () => {
    assert.deepEqual(
      acts('Timur Sadykov spoke with Ilya Razumov at the rally. The activist was arrested on the next day.').filter(
        ([, who]) => who !== null,
      ),
      [],
    );
  });
  it('gives a sentence told of "the editor of …" to the name opening the next sentence', () => {
    assert.deepEqual(
      acts(
        'The editor of the independent daily has been jailed for nine years. Timur Sadykov was accused of extortion.',
      ),
      [
        ['sentence', 'Timur Sadykov', 108],
        ['charge', 'Timur Sadykov', null],
      ],
    );
  });
  it('gives a sentence told of two roles to the two names of the next sentence, and not to a name farther in', () => {
    const fr = acts(
      'Un journaliste et une avocate ont été condamnés chacun à six ans de prison. Selon cette source, Timur Sadykov et Leyla Yunus étaient accusés.',
    ).filter(([k]) => k === 'sentence');
    assert.deepEqual(fr, [
      ['sentence', 'Timur Sadykov', 72],
      ['sentence', 'Leyla Yunus', 72],
    ]);
    const one = acts(
      'Un journaliste et une avocate ont été condamnés chacun à six ans de prison. Selon cette source, Timur Sadykov était accusé.',
    ).filter(([k, who]) => k === 'sentence' && who !== null);
    assert.deepEqual(one, []);
    const far = acts(
      'The editor of the independent daily has been jailed for nine years. Human rights groups, in a statement issued in London on Monday, said that Timur Sadykov was innocent.',
    ).filter(([k, who]) => k === 'sentence' && who !== null);
    assert.deepEqual(far, []);
  });
});

describe('the term of a custody is no sentence', () => {
  it('reads "detained … for two months, then released from prison" as no sentence', () => {
    const got = acts(
      'Timur Sadykov was detained in the pre-trial detention center for two months, then released from prison.',
    );
    assert.ok(!got.some(([k]) => k === 'sentence'), JSON.stringify(got));
    assert.ok(
      got.some(([, who]) => who === 'Timur Sadykov'),
      JSON.stringify(got),
    );
  });
  it('keeps "jailed for nine years" and "sentenced … for two months" as sentences', () => {
    assert.deepEqual(acts('Timur Sadykov was jailed for nine years.'), [['sentence', 'Timur Sadykov', 108]]);
    assert.deepEqual(acts('Timur Sadykov was detained and later sentenced to prison for two months.').slice(-1), [
      ['sentence', 'Timur Sadykov', 2],
    ]);
  });
});

describe('a name inside a relative clause is not the subject of the verb after it', () => {
  it('gives "was given 21 years" to the name the clause hangs on, and the clause\'s own arrest to the name in it', () => {
    const got = acts(
      'Ilya Razumov was arrested in May. Timur Sadykov, who intended to represent his colleague, Razumov, after his arrest, was given 21 years in jail.',
    );
    assert.ok(
      got.some(([k, who, n]) => k === 'sentence' && who === 'Timur Sadykov' && n === 252),
      JSON.stringify(got),
    );
    assert.ok(!got.some(([k, who]) => k === 'sentence' && who === 'Ilya Razumov'), JSON.stringify(got));
  });
  it('keeps the name nearest the verb when no relative clause stands between', () => {
    const got = acts('Timur Sadykov met his colleague, Ilya Razumov, who was given 21 years in jail.');
    assert.ok(
      got.some(([k, who]) => k === 'sentence' && who === 'Ilya Razumov'),
      JSON.stringify(got),
    );
  });
});

describe('a list named far before the verb', () => {
  it("gives « … avant d'être arrêtés » to both names of the list that opens the sentence", () => {
    const got = acts(
      "Timur Sadykov et Leyla Yunus avaient tous deux quitté le pays, comme des milliers de leurs compatriotes qui ont fui la répression, mais étaient revenus en août avant d'être arrêtés.",
    );
    assert.deepEqual(got, [
      ['arrest', 'Timur Sadykov', null],
      ['arrest', 'Leyla Yunus', null],
    ]);
  });
  it('does not give "release all political prisoners" to a list named before', () => {
    const got = acts(
      'Timur Sadykov and Leyla Yunus are members of the National Council, and the authors of the statement demand that the authorities stop this repression and release all political prisoners.',
    );
    assert.deepEqual(got, []);
  });
});
