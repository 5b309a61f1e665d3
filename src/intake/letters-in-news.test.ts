// News of a letter: the bodies that wrote it listed sentences later ("The watchdogs included A, B and the C"), and
// whom it went to when a title of another shape stands before the name ("EU foreign-policy chief X", "a letter to the
// Norlandian justice minister, Ayatollah X"). Every sentence here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const read = (text: string) => propose({ text, language: 'en' });

describe('news of a letter', () => {
  const news =
    'Seven press freedom groups have urged EU foreign-policy chief Maria Ferrante and other EU officials to press for the release of the blogger Timur Aliyev. In a letter made public on Monday, the groups said his health was failing. The watchdogs included Amnesty International, the Norland Press Institute, Free Voices Network and the Baltic Helsinki Committee.';

  it('reads the bodies of "The watchdogs included …" as the signers of the letter told of before', () => {
    const names = read(news).signatories.map((s) => s.name);
    for (const n of [
      'Amnesty International',
      'Norland Press Institute',
      'Free Voices Network',
      'Baltic Helsinki Committee',
    ])
      assert.ok(names.includes(n), JSON.stringify(names));
  });

  it('does not read such a list when no letter or appeal was told of', () => {
    const names = read(
      'Several parties met in the capital on Monday. The groups included the Green Union, the Farmers Party and the Liberal Forum.',
    ).signatories.map((s) => s.name);
    assert.deepEqual(names, []);
  });

  it('reads "urged EU foreign-policy chief X" as the addressee', () => {
    assert.deepEqual(
      read(news).addressees.map((a) => a.name),
      ['Maria Ferrante'],
    );
  });

  it('reads "in a letter to the Norlandian justice minister, Ayatollah X" as the addressee, without the honorific', () => {
    const a = read(
      'Thirty organisations have called for the release of the journalist Sara Kamali in a letter to the Norlandian justice minister, Ayatollah Hassan Reza Tabrizi. The letter was sent on 3 May.',
    ).addressees;
    assert.deepEqual(
      a.map((x) => x.name),
      ['Hassan Reza Tabrizi'],
    );
    assert.ok(!/Ayatollah/u.test(a[0]!.title ?? ''), a[0]!.title ?? '');
  });
});
