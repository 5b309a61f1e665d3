// "Among those arrested are: A, former President of X; B, a former member of Y; Dr. C, Head of Z": a list whose items
// are parted by semicolons, each name with its office after it, told again of the group of the sentence before and on
// its date; and an act word inside a body's name ("National Committee for Martyrs and Victims of Torture") that tells
// no act. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';

const TEXT =
  'I would like to express my concern at the detention of some twenty defenders on 15 December 2008 for allegedly being part of a plot.\n\nAmong those arrested are: Abdulhadi Al-Khalil, former President of the BCHR and Protection Coordinator at Frontline; Ali Mushtaq, a former leading member of the Unemployed Committee living in the United Kingdom; Abdulraoof Al-Shami, former President of the National Committee for Martyrs and Victims of Torture; Dr. Abduljalil Alsinan, Head of the Human Rights Unit of the Haq Movement.';

describe('a list set out with semicolons', () => {
  it('reads every name of it, one unknown to the name lists too', () => {
    const names = propose({ text: TEXT, language: 'en' }).persons.map((p) => p.name);
    for (const name of ['Abdulhadi Al-Khalil', 'Ali Mushtaq', 'Abdulraoof Al-Shami', 'Abduljalil Alsinan'])
      assert.ok(names.includes(name), `${name}: ${JSON.stringify(names)}`);
  });

  it('gives each the arrest, on the date of the sentence before', () => {
    const acts = namedActs(TEXT, { language: 'en' });
    for (const name of ['Abdulhadi Al-Khalil', 'Ali Mushtaq', 'Abdulraoof Al-Shami', 'Abduljalil Alsinan'])
      assert.ok(
        acts.some((a) => a[0] === 'arrest' && a[1] === name && a[2] === '2008-12-15'),
        `${name}: ${JSON.stringify(acts)}`,
      );
  });

  it('reads no torture in the name of a committee for its victims', () => {
    const acts = namedActs(TEXT, { language: 'en' });
    assert.ok(!acts.some((a) => a[0] === 'torture'), JSON.stringify(acts));
    assert.ok(
      hasAct(
        namedActs('The activist Ivan Petrov was subjected to torture in custody.', { language: 'en' }),
        'torture',
        'Ivan Petrov',
      ),
    );
  });

  it('does not join two clauses parted by a semicolon', () => {
    const acts = namedActs(
      'Ivan Petrov, the editor, was released on 3 May; Oleg Sidorov remains under arrest since 2019.',
      { language: 'en' },
    );
    assert.ok(
      !hasAct(acts, 'arrest', 'Ivan Petrov') && !hasAct(acts, 'detention', 'Ivan Petrov'),
      JSON.stringify(acts),
    );
  });
});
