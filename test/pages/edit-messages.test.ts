// The edit screens' messages: valid ICU in every locale, every placeholder filled, nothing left untranslated by accident.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES } from '../../src/i18n/locales.ts';
import { editMessages } from '../../src/i18n/messages/edit.ts';
import { kkEdit } from '../../src/i18n/messages/kk/edit.ts';

const catalogue: Record<(typeof LOCALES)[number], Record<string, string>> = { ...editMessages, kk: kkEdit };
const VALUES = { n: 3, count: 2, label: 'L', title: 'T', role: 'R' };

describe('edit messages', () => {
  it('parse and format in every locale with no placeholder left over', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogue[locale])) {
        const text = String(new IntlMessageFormat(message, locale).format(VALUES));
        assert.ok(text.trim() !== '' && !/[{}]/.test(text), `${locale}: ${key} → ${text}`);
        assert.ok(!message.includes("'"), `${locale}: ${key} uses an ASCII apostrophe (ICU quoting); write ’`);
      }
    }
  });

  it('are translated: the Russian and French texts differ from the English ones, except names and codes', () => {
    const same = new Set([
      'edit.file.sha256',
      'edit.dashboard.type',
      'edit.file.mediaType',
      'edit.recordType.organisation',
      'edit.recordType.source',
      'edit.recordTypes.organisation',
      'edit.recordTypes.source',
      'edit.f.organisationId',
      'edit.f.description',
      'edit.f.lat',
      'edit.f.lon',
      'edit.f.note',
      'edit.f.notes',
      'edit.f.article',
      'edit.f.date',
      'edit.f.sourceId',
      'edit.f.title',
    ]);
    for (const locale of ['ru', 'fr', 'kk'] as const) {
      for (const [key, message] of Object.entries(catalogue[locale])) {
        if (!same.has(key)) assert.notEqual(message, catalogue.en[key], `${locale}: ${key} is still in English`);
      }
    }
  });
});
