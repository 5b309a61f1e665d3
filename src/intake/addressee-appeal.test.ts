// Whom a news report says an appeal is addressed to, when the title carries words before it or a head of state's
// name follows it. Every sentence here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const addressees = (text: string) => propose({ text }).addressees.map((a) => a.name);

describe('addressees as the object of an appeal in news', () => {
  it('reads "urged self-styled Norland president X" and "called on Head of State X"', () => {
    assert.deepEqual(
      addressees('Forty writers have urged self-styled Norland president Viktor Halden to free the editors.'),
      ['Viktor Halden'],
    );
    assert.deepEqual(
      addressees('In its statement, the Union called on Head of State Marek Sorvald to release his critics.'),
      ['Marek Sorvald'],
    );
  });

  it('reads « appellent le Président norlandais, X, à libérer »', () => {
    assert.deepEqual(
      addressees(
        'Dans une lettre, deux fédérations appellent le Président norlandais, Viktor Halden, à libérer les reporters.',
      ),
      ['Viktor Halden'],
    );
  });

  it('does not read a third party named after the appeal in a letter', () => {
    const text =
      'Open letter on the Valley Courier\n\nDear Minister,\n\nWe urge you to call on President Viktor Halden to free the editors of the Valley Courier.\n\nSincerely,\nAnna Berg';
    assert.deepEqual(addressees(text), []);
  });
});
