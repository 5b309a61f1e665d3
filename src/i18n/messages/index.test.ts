import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES } from '../locales.ts';
import { MESSAGES } from './index.ts';

describe('message catalogue', () => {
  it('has every key in every language, and nothing empty', () => {
    const english = Object.keys(MESSAGES.en).sort();
    assert.ok(english.length > 100);
    for (const locale of LOCALES) {
      const keys = Object.keys(MESSAGES[locale]).sort();
      assert.deepEqual(
        keys.filter((k) => !english.includes(k)),
        [],
        `${locale} has keys English lacks`,
      );
      assert.deepEqual(
        english.filter((k) => !keys.includes(k)),
        [],
        `${locale} lacks keys`,
      );
      for (const [key, text] of Object.entries(MESSAGES[locale]))
        assert.ok(text.trim().length > 0 || key.startsWith('vocab.'), `${locale} ${key} is empty`);
    }
  });

  it('parses every message and uses the same placeholders in every language', () => {
    type El = { type: number; value?: unknown; options?: Record<string, { value: El[] }>; children?: El[] };
    // Argument names from the parsed message (literal text inside plural branches is not an argument).
    const collect = (els: El[], out: Set<string>): Set<string> => {
      for (const el of els) {
        if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') out.add(el.value);
        for (const option of Object.values(el.options ?? {})) collect(option.value, out);
        if (el.children) collect(el.children, out);
      }
      return out;
    };
    const placeholders = (m: string, locale: string) =>
      [...collect(new IntlMessageFormat(m, locale).getAst() as unknown as El[], new Set())].sort();
    for (const [key, en] of Object.entries(MESSAGES.en)) {
      for (const locale of LOCALES) {
        const text = MESSAGES[locale][key as keyof typeof MESSAGES.en];
        assert.doesNotThrow(() => new IntlMessageFormat(text, locale), `${locale} ${key}`);
        assert.deepEqual(placeholders(text, locale), placeholders(en, 'en'), `${locale} ${key} placeholders`);
      }
    }
  });

  it('writes Russian plurals for 1, 2 and 5', async () => {
    const { i18nFor } = await import('../i18n.ts');
    const ru = i18nFor('ru');
    assert.equal(ru.months(12), '1 год');
    assert.equal(ru.months(24), '2 года');
    assert.equal(ru.months(60), '5 лет');
    assert.equal(ru.months(90), '7 лет 6 месяцев');
    assert.equal(i18nFor('fr').months(144), '12 ans');
  });
});
