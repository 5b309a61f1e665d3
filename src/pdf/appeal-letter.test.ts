import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { i18nFor } from '../i18n/i18n.ts';
import { renderLetter, type LetterContent } from './appeal-letter.ts';
import { LETTER_LABELS } from './labels.ts';

const content = (over: Partial<LetterContent> = {}): LetterContent => ({
  lang: 'kk',
  title: 'Ашық хат',
  body: 'Құрметті Президент мырза,\n\nӘділдік үшін.',
  date: '2014-12-04',
  addressees: [{ name: 'François Hollande', title: 'Président de la République française', organisation: null }],
  occasion: null,
  coSignatories: [{ name: 'Людмила Алексеева', title: null, organisation: 'МХГ' }],
  annex: { asOf: null, entries: [] },
  draft: false,
  createdAt: new Date('2014-12-04T10:00:00Z'),
  ...over,
});

describe('renderLetter', () => {
  it('writes every Kazakh, Russian and French letter in each style, so they read back as the same text', async () => {
    const letters = 'әғқңөұүһіӘҒҚҢӨҰҮҺІёЁйЙщЩъЪ«»éèêëàâçîïôûùüÿœæÉÈÊÀÇŒ’“”–—…№';
    // Body, bold (a heading), italic (a quotation) and bold italic: a letter missing from a font would read back as another character.
    const body = `${letters}\n\n## ${letters}\n\n> ${letters}\n\n> **${letters}**`;
    const pdf = await getDocumentProxy(
      new Uint8Array(await renderLetter(content({ body }), i18nFor('ru'), LETTER_LABELS.ru)),
    );
    const { text } = await extractText(pdf, { mergePages: true });
    await pdf.destroy();
    assert.equal(text.replace(/\s+/g, '').split(letters).length - 1, 4, text);
  });

  it('gives the same bytes for the same letter, and other bytes for another creation date', async () => {
    const i = i18nFor('ru');
    const a = await renderLetter(content(), i, LETTER_LABELS.ru);
    const b = await renderLetter(content(), i, LETTER_LABELS.ru);
    const c = await renderLetter(content({ createdAt: new Date('2015-01-01T00:00:00Z') }), i, LETTER_LABELS.ru);
    assert.equal(a.subarray(0, 5).toString(), '%PDF-');
    assert.ok(a.equals(b), 'deterministic');
    assert.ok(!a.equals(c), 'the creation date is in the file');
    assert.match(a.toString('latin1'), /\/Lang \(kk\)/);
  });
});
