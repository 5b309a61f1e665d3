// An appeal's letter as a PDF in one of its languages. Who may have it is decided by appealView: the public gets published
// appeals, those who may edit appeals also get drafts (marked as such on every page). Whoever asks, the PDF holds only what
// publication would show: confirmed co-signatories, the annex of public cases, and the occasion when it is public.
import { createHash } from 'node:crypto';
import type { Ctx } from '../../context.ts';
import { addresseeTitleFor, PUBLISHED_STATUSES } from '../../domain/appeal.ts';
import { fieldForReader, type ReaderText } from '../../domain/localized.ts';
import { IdSchema, SlugSchema } from '../../domain/common.ts';
import { AppError } from '../../errors.ts';
import { i18nFor } from '../../i18n/i18n.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import type { LetterContent } from '../../pdf/appeal-letter.ts';
import { LETTER_LABELS } from '../../pdf/labels.ts';
import { appealView } from './get-appeal.ts';

/** A rendered letter and what its download is called. */
export interface AppealPdf {
  bytes: Buffer;
  /** ASCII only, safe in any header: "<slug>.<lang>.pdf". */
  fileName: string;
  /** The letter's title, for a Unicode file name. */
  title: string;
  draft: boolean;
}

const LANG = /^[a-z]{2,3}$/;
// Published letters never change, and the output is deterministic: keep the last few, so a popular appeal is not typeset
// again for every reader. Keyed by a digest of the content, so any change (a withdrawn co-signatory) makes a new entry.
const CACHE_SIZE = 64;
const cache = new Map<string, Buffer>();

function remember(key: string, bytes: Buffer): void {
  cache.delete(key);
  cache.set(key, bytes);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** The appeal's letter in `lang` as a PDF; not_found when the appeal is not visible or has no text in that language. */
export async function appealLetterPdf(ctx: Ctx, idOrSlug: string, lang: string): Promise<AppealPdf> {
  if (!LANG.test(lang)) throw new AppError('not_found', `No letter in "${lang}"`);
  // Only a slug or an id can name an appeal; anything else (a NUL byte PostgreSQL would refuse) is simply not there.
  if (!SlugSchema.safeParse(idOrSlug).success && !IdSchema.safeParse(idOrSlug).success)
    throw new AppError('not_found', 'No such appeal');
  const view = await appealView(ctx, idOrSlug, lang);
  const { appeal, text } = view;
  if (!text || text.lang !== lang) throw new AppError('not_found', `The appeal has no text in "${lang}"`);
  const draft = !PUBLISHED_STATUSES.includes(appeal.status);
  const locale = isLocale(lang) ? lang : 'en';
  const content: LetterContent = {
    lang,
    title: text.title,
    body: text.body,
    draft,
    date: appeal.letterDate ?? appeal.publishedAt?.slice(0, 10) ?? null,
    // Addressee titles and the occasion in the letter's language; one in another language says so.
    addressees: appeal.addressees.map((a) => ({
      name: a.name,
      title: markedText(addresseeTitleFor(a, lang), locale),
      organisation: a.organisation,
    })),
    occasion:
      view.occasion && view.occasion.confidentiality === 'public'
        ? {
            title:
              markedText(
                fieldForReader(view.occasion.title, view.occasion.lang, view.occasion.translations.title, lang),
                locale,
              ) ?? view.occasion.title,
            startDate: view.occasion.startDate,
            endDate: view.occasion.endDate,
          }
        : null,
    coSignatories: view.coSignatories
      .filter((s) => s.status === 'confirmed')
      .map((s) => ({ name: s.name, title: s.title, organisation: s.organisation })),
    annex: {
      asOf: view.annex.frozenAt,
      entries: view.annex.entries.map(({ digest: _d, updatedSincePublication: _u, ...e }) => e),
    },
    createdAt: new Date(appeal.publishedAt ?? appeal.updatedAt),
  };
  const key = createHash('sha256')
    .update(JSON.stringify([locale, content]))
    .digest('hex');
  let bytes = draft ? undefined : cache.get(key);
  if (!bytes) {
    // The letter writer (PDF library, fonts, Markdown parser) is loaded with the first letter asked for, not at start.
    const { renderLetter } = await import('../../pdf/appeal-letter.ts');
    bytes = await renderLetter(content, i18nFor(locale), LETTER_LABELS[locale]);
    if (!draft) remember(key, bytes);
  }
  return { bytes, fileName: `${appeal.slug.replace(/[^a-z0-9-]/gi, '-')}.${lang}.pdf`, title: text.title, draft };
}

/** A value for the letter, followed by "(Not translated: Russian)" in the letter's language when it fell back to another. */
function markedText(t: ReaderText | undefined, locale: Locale): string | null {
  if (!t) return null;
  const i = i18nFor(locale);
  return t.fallback ? `${t.text} (${i.t('common.untranslated', { language: i.language(t.lang) })})` : t.text;
}
