// Names opened by a given name of the lists of many countries (the `gender-detection-from-name` tables), and the common
// words of those lists that stay out of names. Every sentence here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import { worldGivenNames } from './world-given-names.ts';

const persons = (text: string) => propose({ text }).persons.map((p) => [p.name, p.confidence]);

describe('given names of many countries', () => {
  it('reads a name named once whose given name only the lists know, unticked', () => {
    assert.deepEqual(persons('The court in Cairo jailed Khaled Darawi on Monday.'), [['Khaled Darawi', 'low']]);
  });

  it('ticks it when the name is used twice', () => {
    assert.deepEqual(persons('Hugh Willems wrote the report. Hugh Willems is a researcher.'), [
      ['Hugh Willems', 'high'],
    ]);
  });

  it('keeps out words the text also writes in lower case, and the common words of the lists', () => {
    assert.deepEqual(persons('Grace Period ended. There was no grace for them.'), []);
    assert.deepEqual(persons('Apple Daily was closed. Yeni Musavat was closed too.'), []);
    const names = worldGivenNames();
    assert.ok(names.has('jimmy') && names.has('khaled') && names.has('ursula'));
    assert.ok(!names.has('justice') && !names.has('court') && !names.has('georgia'));
  });
});
