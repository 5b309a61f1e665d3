// Countries and towns named in a document (Russian case forms included: Казахстане, Казахстана).
import { COUNTRY_NAMES, LOCALITIES } from './gazetteer.ts';
import { ruStem, type Token } from './tokens.ts';
import { spanOf, type PlaceProposal } from './types.ts';

const RU_COUNTRY_STEMS = new Map(
  [...COUNTRY_NAMES].filter(([k]) => /[а-я]/.test(k) && !k.includes(' ')).map(([k, v]) => [ruStem(k), v]),
);
const RU_LOCALITY_STEMS = new Map(
  [...LOCALITIES].filter(([k]) => /[а-я]/.test(k) && !k.includes(' ')).map(([k, v]) => [ruStem(k), v]),
);

/** Finds countries (also in two-word names such as "French Republic") and known towns. */
export function findPlaces(text: string, tokens: readonly Token[]): PlaceProposal[] {
  const out = new Map<string, PlaceProposal>();
  const add = (name: string, kind: PlaceProposal['kind'], country: string, start: number, end: number) => {
    const id = `${kind}:${kind === 'country' ? country : name.toLowerCase()}`;
    const entry = out.get(id) ?? { name, country, kind, spans: [] };
    entry.spans.push(spanOf(text, start, end));
    out.set(id, entry);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital) continue;
    const next = tokens[i + 1];
    const two = next ? `${t.key} ${next.key}` : '';
    if (next && COUNTRY_NAMES.has(two)) {
      add(`${t.raw} ${next.raw}`, 'country', COUNTRY_NAMES.get(two)!, t.start, next.end);
      i++;
      continue;
    }
    const key = t.key.replace(/['’]s$/, '');
    const country = COUNTRY_NAMES.get(key) ?? RU_COUNTRY_STEMS.get(ruStem(key));
    if (country) {
      add(t.raw.replace(/['’]s$/, ''), 'country', country, t.start, t.end);
      continue;
    }
    const town = LOCALITIES.get(key) ?? RU_LOCALITY_STEMS.get(ruStem(key));
    if (town) add(t.raw, 'locality', town, t.start, t.end);
  }
  return [...out.values()];
}

/** The country a document is mostly about: the one named most often (ties go to the first named). */
export function mainCountry(places: readonly PlaceProposal[], except: readonly string[] = []): string | null {
  let best: PlaceProposal | undefined;
  for (const p of places) {
    if (p.kind !== 'country' || except.includes(p.country ?? '')) continue;
    if (!best || p.spans.length > best.spans.length) best = p;
  }
  return best?.country ?? null;
}
