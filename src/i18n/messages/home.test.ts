import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES } from '../locales.ts';
import { homeMessages } from './home.ts';
import { kkHome } from './kk/home.ts';

const catalogue: Record<(typeof LOCALES)[number], Record<string, string>> = { ...homeMessages, kk: kkHome };
const SAMPLE = { n: 1, from: '5', to: 10, country: 'X', title: 'T', items: 'I', label: 'L', value: '2' };

describe('home messages', () => {
  it('have the same keys in every locale', () => {
    for (const locale of LOCALES)
      assert.deepEqual(Object.keys(catalogue[locale]).sort(), Object.keys(catalogue.en).sort(), locale);
  });

  it('parse and format in every locale, for every plural form', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogue[locale])) {
        for (const n of [0, 1, 2, 5, 21, 1.5]) {
          const text = String(new IntlMessageFormat(message, locale).format({ ...SAMPLE, n, to: n }));
          assert.ok(text.trim() !== '' && !/[{}]/.test(text), `${locale}: ${key} with n=${n}`);
        }
      }
    }
  });

  it('use Russian plural forms', () => {
    const f = (n: number) =>
      String(new IntlMessageFormat(catalogue.ru['home.map.countryCases']!, 'ru').format({ country: 'Казахстан', n }));
    assert.deepEqual([1, 3, 5, 21].map(f), [
      'Казахстан: 1 дело',
      'Казахстан: 3 дела',
      'Казахстан: 5 дел',
      'Казахстан: 21 дело',
    ]);
  });
});
