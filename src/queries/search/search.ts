// One search over persons, organisations, events, cases, sources and appeals, over what the reader may see only:
// visibility is part of every SQL condition, so results, snippets, counts and facets never include a hidden record.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { CountrySchema } from '../../domain/common.ts';
import { jaroWinkler } from '@skyra/jaro-winkler';
import { looseKey, skeletons } from '../../text/transliterate.ts';
import {
  bodiesByIds,
  fullTextDocs,
  nameKeyDocs,
  commonWords,
  titleContainsDocs,
  titlesByKeyPrefix,
  type CandidateRow as Candidate,
  type KeyTerm,
} from '../../db/repos/search.repo.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { SEARCH_TYPES, type SearchType } from '../../domain/search-doc.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';
import { mark, score, snippet, type Marked } from './rank.ts';
import { sealedMatches } from './sealed-search.ts';

/** What a search takes (the API's query string and the search page's form). */
export const SearchInputSchema = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('Words (any script; case, accents and ё/е ignored), "a phrase", or a prefix*'),
  type: z.enum(SEARCH_TYPES).optional().describe('Only records of this type'),
  country: CountrySchema.optional(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('Birth, founding, start, first act or publication year'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
export type SearchInput = z.output<typeof SearchInputSchema>;

/** One result. */
export interface SearchHit {
  type: SearchType;
  id: string;
  slug: string;
  title: Marked;
  snippet: Marked;
  country: string | null;
  year: string | null;
  score: number;
}

/** A facet: how many results each value would give. */
export interface SearchFacet {
  value: string;
  count: number;
}

/** A page of results with the total and the facets. */
export interface SearchResult {
  total: number;
  /** True when a very common query reached the candidate limit: the total and facets then count the first candidates only. */
  capped: boolean;
  hits: SearchHit[];
  /** When nothing is found: names close to the query's words (another spelling or a typo away), best first, at most three. */
  didYouMean: string[];
  facets: { type: SearchFacet[]; country: SearchFacet[]; year: SearchFacet[] };
}

/** How many candidates each index contributes at most before ranking. */
export const CANDIDATE_CAP = 100;

function counts(rows: Candidate[], pick: (r: Candidate) => string | null): SearchFacet[] {
  const m = new Map<string, number>();
  for (const r of rows) {
    const v = pick(r);
    if (v) m.set(v, (m.get(v) ?? 0) + 1);
  }
  return [...m]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The name terms a document must match: every part but a patronymic, which ranks and never filters (all of them when the query is only patronymics). */
function requiredTerms(q: ParsedQuery): ParsedQuery['keyTerms'] {
  const required = q.keyTerms.filter((_, i) => !q.keyTermOptional[i]);
  return required.length > 0 ? required : q.keyTerms;
}

/** A query's name terms with only the alternatives of `tier` or closer. */
const upToTier = (terms: readonly KeyTerm[], tier: number): KeyTerm[] =>
  terms.map((t) => ({ alternatives: t.alternatives.filter((a) => a.tier <= tier) }));

/**
 * Name-key candidates, closest spellings first: the words' own spellings (tier 0), then with the other language's
 * (tier 1), then one letter off (tier 2), each asked only while the closer tiers found fewer than the cap, and all of
 * a closer tier's matches kept. When no tier fills the cap, the candidates are all the matches, as one query over every
 * alternative gives; when one does, a common name's exact matches are no longer crowded out by newer documents that
 * only resemble it (nor paid for: in a register of a million documents, the loose and one-letter-off keys of a common
 * name are held by tens of thousands). A word the index holds often (commonWords) is not looked for one letter off.
 */
async function nameCandidates(
  ctx: Ctx,
  terms: readonly KeyTerm[],
  levels: ReturnType<typeof readableLevels>,
): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  for (const tier of [0, 1, 2]) {
    let asked = upToTier(terms, tier);
    if (tier === 2) {
      // A word the index holds often is taken as spelled right: its closer spellings stand in for the one-letter-off ones.
      const common = await commonWords(ctx.db, upToTier(terms, 1));
      asked = asked.map((t, i) => (common[i] ? { alternatives: t.alternatives.filter((a) => a.tier <= 1) } : t));
    }
    const rows = await nameKeyDocs(ctx.db, asked, levels, {}, CANDIDATE_CAP);
    for (const r of rows) if (!found.has(String(r.doc_id))) found.set(String(r.doc_id), r);
    if (rows.length >= CANDIDATE_CAP) break;
  }
  return [...found.values()];
}

/** A suggestion must be at least this close (Jaro-Winkler on skeletons) to a word of the query. */
const SUGGEST_FROM = 0.8;

/**
 * Names for "did you mean": visible titles holding a name word that starts like a query word (the first two letters of
 * its loose key) and is close to it letter by letter, best first. Only asked when a search finds nothing.
 */
async function suggestions(ctx: Ctx, q: ParsedQuery, levels: ReturnType<typeof readableLevels>): Promise<string[]> {
  const best = new Map<string, number>();
  for (const sk of q.skeletons.filter((w) => w.length >= 4).slice(0, 4)) {
    const loose = looseKey(sk);
    for (const title of await titlesByKeyPrefix(ctx.db, `#${loose.slice(0, 2)}`, levels, 500)) {
      const sim = Math.max(0, ...skeletons(title).map((w) => jaroWinkler(sk, w)));
      if (sim >= SUGGEST_FROM && sim > (best.get(title) ?? 0)) best.set(title, sim);
    }
  }
  return [...best]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([t]) => t);
}

/** Searches what the actor may see. Each facet counts under every other filter, not its own. */
export async function search(ctx: Ctx, input: SearchInput): Promise<SearchResult> {
  const levels = readableLevels(ctx.actor);
  const q = parseQuery(input.q);
  // Candidates are gathered without the type/country/year filters, which are applied here so the facets can be counted.
  const required = requiredTerms(q);
  const [text, names, sealed] = await Promise.all([
    fullTextDocs(ctx.db, q.groups, levels, {}, CANDIDATE_CAP),
    nameCandidates(ctx, required, levels),
    // Sealed records have no document: opened and matched in memory, for cleared readers only.
    sealedMatches(ctx, q),
  ]);
  const byId = new Map<string, Candidate>();
  for (const r of [...text, ...names, ...sealed.rows]) byId.set(String(r.doc_id), r);
  // One part of a name may differ (a Kazakh given name against its Russian form, Уәлихан and Валихан): when the whole
  // name finds nobody, or for names of three parts or more, every name missing one part is a candidate, ranked lower.
  if (required.length >= 3 || (required.length === 2 && byId.size === 0)) {
    for (const subset of required.map((_, i) => required.filter((__, j) => j !== i))) {
      for (const r of await nameCandidates(ctx, subset, levels))
        if (!byId.has(String(r.doc_id))) byId.set(String(r.doc_id), r);
    }
  }
  if (byId.size === 0 && q.keyTerms.length > 0)
    for (const r of await titleContainsDocs(ctx.db, q.folded, levels, {}, CANDIDATE_CAP)) byId.set(String(r.doc_id), r);
  const capped = text.length >= CANDIDATE_CAP || names.length >= CANDIDATE_CAP;
  const rows = [...byId.values()];
  const pass = (r: Candidate, skip?: 'type' | 'country' | 'year') =>
    (skip === 'type' || !input.type || r.record_type === input.type) &&
    (skip === 'country' || !input.country || r.country === input.country) &&
    (skip === 'year' || !input.year || r.year === input.year);
  const matching = rows.filter((r) => pass(r));
  const ranked = matching
    .map((r) => ({ r, s: score(r, q) }))
    .sort((a, b) => b.s - a.s || a.r.title.localeCompare(b.r.title) || a.r.record_id.localeCompare(b.r.record_id));
  const page = ranked.slice(input.offset, input.offset + input.limit);
  const bodies = await bodiesByIds(
    ctx.db,
    page.map(({ r }) => r.doc_id).filter((id) => !sealed.bodies.has(String(id))),
  );
  for (const [id, body] of sealed.bodies) bodies.set(id, body);
  const hits = page.map(({ r, s }) => ({
    type: r.record_type as SearchType,
    id: r.record_id,
    slug: r.slug,
    title: mark(r.title, q),
    snippet: snippet(bodies.get(String(r.doc_id)) ?? '', q),
    country: r.country,
    year: r.year,
    score: Math.round(s * 100) / 100,
  }));
  return {
    total: matching.length,
    capped,
    hits,
    didYouMean: matching.length === 0 ? await suggestions(ctx, q, levels) : [],
    facets: {
      type: counts(
        rows.filter((r) => pass(r, 'type')),
        (r) => r.record_type,
      ),
      country: counts(
        rows.filter((r) => pass(r, 'country')),
        (r) => r.country,
      ),
      year: counts(
        rows.filter((r) => pass(r, 'year')),
        (r) => r.year,
      ).sort((a, b) => b.value.localeCompare(a.value)),
    },
  };
}
