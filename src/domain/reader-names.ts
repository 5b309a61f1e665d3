// Which of a record's names a reader sees first: the form for the page's language, then the original script, then the rest.
// Every page, PDF, feed and mail goes through here so that a Russian reader never meets a Latin transliteration first.
import type { Name } from './common.ts';

/** Languages written in Cyrillic: a name in Cyrillic suits their readers when none is tagged with the language itself. */
const CYRILLIC_LANGS = new Set(['ru', 'kk', 'uk', 'be', 'bg', 'sr', 'mk', 'ky', 'tg', 'mn']);

/** The script a language is usually written in (only Cyrillic and Latin matter to the register's readers). */
export function scriptOfLanguage(lang: string): Name['script'] {
  return CYRILLIC_LANGS.has(baseLanguage(lang)) ? 'Cyrl' : 'Latn';
}

/** "ru-RU" → "ru". */
function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? lang;
}

// Abbreviations ("ОВД") are never the name a page is headed with, only a last resort. A name in the reader's script
// beats the original in another script: a Russian reader gets «Роза Тулетаева» even when "Roza Tuletayeva" was entered first.
const rank = (n: Name, lang: string, original: Name | undefined): number => {
  const base = baseLanguage(lang);
  const sameScript = n.script === scriptOfLanguage(base);
  if (n.kind === 'abbreviation') return 9;
  if (n.lang !== undefined && baseLanguage(n.lang) === base) return n.kind === 'primary' ? 0 : 1;
  if (sameScript && n.kind === 'primary') return n.lang === undefined ? 2 : 3;
  if (sameScript) return n.lang === undefined ? 4 : 5;
  if (n === original) return 6;
  return 7;
};

/** The original form: the first primary name (editors enter the name as it is written at home), else the first name. */
export function originalName(names: readonly Name[]): Name | undefined {
  return names.find((n) => n.kind === 'primary') ?? names[0];
}

/** Every name in the order a reader of `lang` should meet them (stable among equals, nothing dropped). */
export function namesForReader(names: readonly Name[], lang: string): Name[] {
  const original = originalName(names);
  return names
    .map((n, index) => ({ n, index, r: rank(n, lang, original) }))
    .sort((a, b) => a.r - b.r || a.index - b.index)
    .map((x) => x.n);
}

/** The one name to show a reader of `lang`, with the language it is written in when known (for a `lang` attribute). */
export function nameForReader(names: readonly Name[], lang: string): { full: string; lang: string | undefined } {
  const first = namesForReader(names, lang)[0];
  if (!first) return { full: '', lang: undefined };
  return { full: first.full, lang: first.lang ?? guessLanguage(first, lang) };
}

// An untagged name in the reader's script is taken to be in the reader's language; otherwise the language is unknown
// and a `lang` attribute would only mislead screen readers.
function guessLanguage(n: Name, lang: string): string | undefined {
  return n.script === scriptOfLanguage(lang) ? baseLanguage(lang) : undefined;
}

/** The text of the name for a reader of `lang`. */
export function nameTextFor(names: readonly Name[], lang: string): string {
  return nameForReader(names, lang).full;
}
