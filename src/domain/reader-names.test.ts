import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Name } from './common.ts';
import { nameForReader, namesForReader, nameTextFor } from './reader-names.ts';

const roza: Name[] = [
  { full: 'Roza Tuletayeva', script: 'Latn', kind: 'primary', lang: 'en' },
  { full: 'Tuletaeva R.', script: 'Latn', kind: 'transliteration' },
  { full: 'Роза Тулетаева', script: 'Cyrl', kind: 'alias', lang: 'ru' },
  { full: 'Роза Төлетаева', script: 'Cyrl', kind: 'alias', lang: 'kk' },
];

describe('names for a reader', () => {
  it('puts the form of the page language first, then the original, then the rest', () => {
    assert.deepEqual(
      namesForReader(roza, 'ru').map((n) => n.full),
      ['Роза Тулетаева', 'Роза Төлетаева', 'Roza Tuletayeva', 'Tuletaeva R.'],
    );
    assert.deepEqual(
      namesForReader(roza, 'kk')
        .map((n) => n.full)
        .slice(0, 2),
      ['Роза Төлетаева', 'Роза Тулетаева'],
    );
    assert.equal(nameTextFor(roza, 'en'), 'Roza Tuletayeva');
    assert.equal(nameTextFor(roza, 'fr'), 'Roza Tuletayeva');
    assert.equal(namesForReader(roza, 'ru').length, roza.length);
  });

  it('falls back to a name in the reader’s script, then to the original, never to an abbreviation', () => {
    const org: Name[] = [
      { full: 'ОВД-Инфо', script: 'Cyrl', kind: 'primary' },
      { full: 'OVD', script: 'Latn', kind: 'abbreviation' },
    ];
    assert.equal(nameTextFor(org, 'fr'), 'ОВД-Инфо');
    assert.equal(nameTextFor(org, 'ru'), 'ОВД-Инфо');
    assert.equal(nameTextFor([{ full: 'OVD', script: 'Latn', kind: 'abbreviation' }], 'ru'), 'OVD');
    assert.equal(nameTextFor([], 'ru'), '');
  });

  it('tells the language of the chosen name so that a page can mark it', () => {
    assert.deepEqual(nameForReader(roza, 'ru'), { full: 'Роза Тулетаева', lang: 'ru' });
    assert.deepEqual(nameForReader([{ full: 'Roza Tuletayeva', script: 'Latn', kind: 'primary' }], 'ru'), {
      full: 'Roza Tuletayeva',
      lang: undefined,
    });
    assert.deepEqual(nameForReader([{ full: 'Роза', script: 'Cyrl', kind: 'primary' }], 'kk-KZ'), {
      full: 'Роза',
      lang: 'kk',
    });
  });
});
