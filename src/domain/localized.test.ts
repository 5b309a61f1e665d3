import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import {
  allValues,
  guessTextLang,
  localizedInput,
  plainLangOf,
  recordLangOf,
  splitLocalized,
  textForReader,
} from './localized.ts';

describe('localized fields', () => {
  it('accepts a plain string or a map of known languages with non-empty values', () => {
    const schema = localizedInput(z.string().max(50));
    assert.equal(schema.parse('Дело'), 'Дело');
    assert.deepEqual(schema.parse({ ru: 'Дело', en: 'Case' }), { ru: 'Дело', en: 'Case' });
    assert.equal(schema.safeParse({ xx: 'Case' }).success, false);
    assert.equal(schema.safeParse({ en: '  ' }).success, false);
    assert.equal(schema.safeParse({}).success, false);
    assert.equal(schema.safeParse({ EN: 'Case' }).success, false);
  });

  it('keeps other languages when a plain string replaces the value in the record language, and replaces all with a map', () => {
    assert.deepEqual(splitLocalized('New', { ru: 'Новое' }, 'en'), { value: 'New', translations: { ru: 'Новое' } });
    assert.deepEqual(splitLocalized({ kk: 'Іс', en: 'Case' }, { ru: 'Дело' }, 'en'), {
      value: 'Case',
      translations: { kk: 'Іс' },
    });
    assert.deepEqual(splitLocalized(null, { ru: 'Дело' }, 'en'), { value: null, translations: { ru: 'Дело' } });
    // The stored English value sent back after the record's language became Russian stays English.
    assert.equal(plainLangOf('Case', 'Case', 'en', 'ru'), 'en');
    assert.deepEqual(splitLocalized('Case', { ru: 'Дело' }, 'ru', 'en'), {
      value: 'Дело',
      translations: { en: 'Case' },
    });
  });

  it('takes the record language from the input, the stored record, the first map key, then the default', () => {
    assert.equal(recordLangOf('kk', 'ru', 'x'), 'kk');
    assert.equal(recordLangOf(undefined, 'ru', { en: 'x' }), 'ru');
    assert.equal(recordLangOf(undefined, undefined, { fr: 'x', en: 'y' }), 'fr');
    assert.equal(recordLangOf(undefined, undefined, 'x'), 'en');
    assert.equal(recordLangOf(undefined, undefined, 'Дело'), 'ru');
  });

  it('falls back from the reader language to the original, then English, then any, and says so', () => {
    const values = allValues('Дело Козлова', 'ru', { en: 'Kozlov case', fr: 'Affaire Kozlov' });
    assert.deepEqual(textForReader(values, 'ru', 'ru'), { text: 'Дело Козлова', lang: 'ru', fallback: false });
    assert.deepEqual(textForReader(values, 'fr-FR', 'ru'), { text: 'Affaire Kozlov', lang: 'fr', fallback: false });
    assert.deepEqual(textForReader(values, 'kk', 'ru'), { text: 'Дело Козлова', lang: 'ru', fallback: true });
    assert.deepEqual(textForReader({ en: 'Case', fr: 'Affaire' }, 'kk', 'ru'), {
      text: 'Case',
      lang: 'en',
      fallback: true,
    });
    assert.deepEqual(textForReader({ fr: 'Affaire', de: 'Fall' }, 'kk', 'ru'), {
      text: 'Fall',
      lang: 'de',
      fallback: true,
    });
    assert.equal(textForReader({}, 'kk', 'ru'), undefined);
  });

  it('guesses the language of older values from their letters', () => {
    assert.equal(guessTextLang('Жаңаөзен оқиғасы'), 'kk');
    assert.equal(guessTextLang('Дело Козлова'), 'ru');
    assert.equal(guessTextLang('Kozlov case'), 'en');
  });
});
