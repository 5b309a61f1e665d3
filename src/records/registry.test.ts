// Slugs are read in the address bar: every letter of a name keeps a Latin counterpart, Kazakh letters included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSlug } from './registry.ts';

describe('slugs', () => {
  it('transliterate Kazakh letters instead of dropping them', () => {
    assert.equal(makeSlug('Асқар Ермырзаұлы'), 'askar-ermyrzauly');
    assert.equal(makeSlug('ҚОЖАХМЕТОВ Арман Төлешұлы'), 'kozhakhmetov-arman-toleshuly');
  });

  it('leave Russian and Latin names as they were', () => {
    assert.equal(makeSlug('Мухтар Аблязов'), 'mukhtar-ablyazov');
    assert.equal(makeSlug('Roza Tuletayeva'), 'roza-tuletayeva');
  });
});
