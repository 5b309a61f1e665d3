// The interface languages and how one is chosen: the reader's saved choice, else the browser's Accept-Language, else English.

/** Languages the whole interface is written in. */
export const LOCALES = ['en', 'ru', 'fr', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/** Name of the cookie that keeps the reader's choice (no other data in it). */
export const LOCALE_COOKIE = 'lang';

/** True for a supported locale code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the locale: a valid cookie wins, then the best-weighted Accept-Language match, then English. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  return rankedLanguages(acceptLanguage).find(isLocale) ?? 'en';
}

/**
 * The language a JSON reader wants record values in: `?lang=` when given, else the best-weighted language of
 * Accept-Language that passes `known` (any language, not only the interface ones), else undefined.
 */
export function contentLanguage(
  queryLang: string | undefined,
  acceptLanguage: string | undefined,
  known: (code: string) => boolean,
): string | undefined {
  return queryLang ?? rankedLanguages(acceptLanguage).find(known);
}

/** The base languages of an Accept-Language header, best first. */
function rankedLanguages(acceptLanguage: string | undefined): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.lang && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((r) => r.lang);
}
