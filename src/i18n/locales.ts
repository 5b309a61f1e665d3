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
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.lang && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.lang).find(isLocale) ?? 'en';
}
