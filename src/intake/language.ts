// The language of a document, among those intake reads (English, Russian, French), by franc's trigram statistics.
import { franc } from 'franc-min';
import { detectScript } from '../domain/script.ts';
import type { IntakeLanguage } from './types.ts';

const CODES: Record<string, IntakeLanguage> = { eng: 'en', rus: 'ru', fra: 'fr' };

/** Detects the language from (a sample of) the text; Cyrillic text too short to tell is taken as Russian, other as English. */
export function detectLanguage(text: string): IntakeLanguage {
  // Trigram counts settle long before the end of a long report: a sample keeps a 20-page PDF fast.
  const sample = text.length > 20000 ? text.slice(0, 10000) + text.slice(-10000) : text;
  const found = CODES[franc(sample, { only: Object.keys(CODES), minLength: 10 })];
  if (found) return found;
  return detectScript(sample) === 'Cyrl' ? 'ru' : 'en';
}
