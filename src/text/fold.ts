/**
 * Folds text for matching: Unicode compatibility form, lower case, diacritics removed, ё→е and й→и kept apart
 * only where it matters (й keeps its breve removed, as search users type it both ways), spacing collapsed.
 * Both dialects compare these keys, so SQLite's ASCII-only lower() never decides a match.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}
