import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './countries.ts';
import { LOCALES } from './locales.ts';

describe('country names', () => {
  it('names every country in each language of the interface', () => {
    const codes = Object.keys(countries.getAlpha2Codes());
    assert.ok(codes.length > 240);
    for (const locale of LOCALES) {
      const names = countries.getNames(locale);
      assert.deepEqual(
        codes.filter((c) => !names[c]),
        [],
        `countries without a name in ${locale}`,
      );
    }
    assert.equal(countries.getName('KZ', 'ru'), 'Казахстан');
    assert.equal(countries.getName('KZ', 'kk'), 'Қазақстан');
  });

  it('loads no other language', () => {
    assert.deepEqual(countries.langs().sort(), [...LOCALES].sort());
  });
});
