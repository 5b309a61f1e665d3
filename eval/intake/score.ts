// Scoring of intake proposals against hand-checked facts: which facts were found, which proposals stand for nothing
// in the facts, and precision / recall / F1 from those counts. Pure functions, so the matching rule itself is tested.
import { nameMatchKey } from '../../src/intake/match-key.ts';
import { foldText } from '../../src/text/fold.ts';
import { ruStem } from '../../src/intake/tokens.ts';

/** The kinds of fact scored, in the order the table prints them. */
export const KINDS = ['persons', 'organisations', 'addressees', 'signatories', 'acts'] as const;
export type Kind = (typeof KINDS)[number];

/** The F1 each kind must reach; kinds without a target are reported only. */
export const TARGETS: Partial<Record<Kind, number>> = { persons: 0.9, addressees: 0.9, signatories: 0.9, acts: 0.8 };

export interface ActFact {
  kind: string;
  person: string;
  /** Partial date (YYYY, YYYY-MM, YYYY-MM-DD) when the text gives one. */
  date: string | null;
  sentenceMonths: number | null;
  span?: string;
}

/** The hand-checked facts of one text (facts/NN-name.json). */
export interface Facts {
  source: string;
  language: 'en' | 'ru' | 'fr';
  genre: string;
  addressees: { name: string; title: string | null }[];
  signatories: { name: string; type: 'person' | 'organisation' }[];
  persons: string[];
  organisations: string[];
  acts: ActFact[];
  notes?: string;
  /** Set on texts added after tuning began, which are held out whatever their name's hash says. */
  half?: 'tuning' | 'held-out';
}

/** How sure the rules say a proposal is; older checkouts' proposals may carry none. */
interface Sure {
  confidence?: 'high' | 'low';
  confidenceReason?: string;
}

/** The part of the pipeline's output the scoring reads; older checkouts' proposals have at least these fields. */
export interface ProposalsLike {
  persons: ({ name: string } & Sure)[];
  organisations: ({ name: string; abbreviation?: string } & Sure)[];
  addressees: ({ name: string } & Sure)[];
  signatories: ({ name: string; organisation: string | null } & Sure)[];
  acts: ({ person: string | null; kind: string; date: string | null; sentenceMonths: number | null } & Sure)[];
}

/** Proposals made and found right, for one confidence ("high", "low", "none") or one reason. */
export interface SureCount {
  proposed: number;
  found: number;
}

/** Counts for one kind, with the facts missed and the proposals that matched no fact. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  extras: string[];
  /** Proposals by the confidence they carry, and how many of each matched a fact. */
  bySure?: Record<string, SureCount>;
  /** The same by the reason given for the confidence ("high: named 2 times"). */
  byReason?: Record<string, SureCount>;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [], extras: [], bySure: {}, byReason: {} });

/** Adds one proposal, matched or not, to a count keyed by its confidence or reason. */
function countSure(into: Record<string, SureCount>, key: string, found: boolean): void {
  const c = (into[key] ??= { proposed: 0, found: 0 });
  c.proposed++;
  if (found) c.found++;
}

/**
 * Whether two person names are one person: the intake's cross-script key (built on the register's name key, with
 * Russian case endings cut and word order ignored) is equal, or every word of the shorter key, two words at least, is
 * in the longer one (a patronymic or middle name left out: "Alexander Grigoryevich Lukashenko" / "Alexander Lukashenko").
 * A name in another case whose key differs ("Козлову" for "Козлов" does meet; a genitive with an initial may not) is a miss.
 */
export function samePerson(a: string, b: string): boolean {
  const ka = nameMatchKey(a);
  const kb = nameMatchKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.split(' ').length <= kb.split(' ').length ? [ka, kb] : [kb, ka];
  const shortWords = short.split(' ');
  const longWords = new Set(long.split(' '));
  if (shortWords.length >= 2 && shortWords.every((w) => longWords.has(w))) return true;
  return sameWithInitials(a, b) || sameWithInitials(b, a);
}

/**
 * Whether a name written with initials ("Путину В.", "K.-J. Tokayev") is the full one: its words longer than an
 * initial have the full name's keys, and each initial is the first letter of one of the full name's other words.
 */
function sameWithInitials(withInitials: string, full: string): boolean {
  const words = withInitials
    .split(/[\s.]+/)
    .flatMap((w) => w.split('-'))
    .filter(Boolean);
  const initials = words.filter((w) => w.length === 1).map((w) => foldText(w));
  const rest = words.filter((w) => w.length > 1);
  if (!initials.length || !rest.length) return false;
  const fullWords = full.split(/[\s-]+/).filter(Boolean);
  const left = [...fullWords];
  for (const w of rest) {
    const i = left.findIndex((f) => nameMatchKey(f) === nameMatchKey(w));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return initials.every((ini) => {
    const i = left.findIndex((f) => foldText(f).startsWith(ini));
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

/** Folds an organisation's name: the search key without quotes and a leading article, Russian case endings cut. */
function orgKey(name: string): string {
  // Endings are cut before folding, which turns й into и and would hide «-ой».
  const stemmed = name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => ruStem(w.replace(/[^\p{L}\p{N}]+$/u, '')))
    .join(' ');
  return foldText(stemmed)
    .replace(/'/g, '')
    .replace(/^(the|l|la|le|les) /, '')
    .trim();
}

/**
 * Whether a proposed organisation is the one in the facts: equal folded names, one name containing the other as whole
 * words ("Viasna" / "Human Rights Centre Viasna"), or the abbreviation the proposal carries equal to the fact.
 */
export function sameOrganisation(fact: string, proposed: string, abbreviation?: string): boolean {
  const f = orgKey(fact);
  const p = orgKey(proposed);
  if (!f || !p) return false;
  if (f === p || ` ${p} `.includes(` ${f} `) || ` ${f} `.includes(` ${p} `)) return true;
  return abbreviation !== undefined && orgKey(abbreviation) === f;
}

/** Whether a proposed act is the fact: same kind, same victim, and the date and sentence length agree where the facts give them. */
export function sameAct(fact: ActFact, p: ProposalsLike['acts'][number]): boolean {
  if (p.kind !== fact.kind || !p.person || !samePerson(fact.person, p.person)) return false;
  if (fact.date && !(p.date ?? '').startsWith(fact.date)) return false;
  if (fact.sentenceMonths !== null && p.sentenceMonths !== fact.sentenceMonths) return false;
  return true;
}

/** Matches facts to proposals one to one, first come first served, and counts. */
function tally<F, P extends Sure>(
  facts: readonly F[],
  proposals: readonly P[],
  same: (f: F, p: P) => boolean,
  showF: (f: F) => string,
  showP: (p: P) => string,
): Tally {
  const used = new Set<number>();
  const t = emptyTally();
  for (const f of facts) {
    const i = proposals.findIndex((p, j) => !used.has(j) && same(f, p));
    if (i >= 0) {
      used.add(i);
      t.tp++;
    } else {
      t.fn++;
      t.misses.push(showF(f));
    }
  }
  proposals.forEach((p, j) => {
    if (!used.has(j)) {
      t.fp++;
      t.extras.push(showP(p));
    }
    countSure(t.bySure!, p.confidence ?? 'none', used.has(j));
    countSure(t.byReason!, `${p.confidence ?? 'none'}: ${p.confidenceReason ?? '—'}`, used.has(j));
  });
  return t;
}

const showAct = (a: {
  kind: string;
  person: string | null;
  date: string | null;
  sentenceMonths: number | null;
}): string =>
  `${a.kind} ${a.person ?? '?'}${a.date ? ` ${a.date}` : ''}${a.sentenceMonths !== null ? ` ${a.sentenceMonths} months` : ''}`;

/** Scores one text's proposals against its facts, kind by kind. Acts without a named victim are not scored. */
export function scoreText(facts: Facts, p: ProposalsLike): Record<Kind, Tally> {
  return {
    persons: tally(
      facts.persons,
      p.persons,
      (f, x) => samePerson(f, x.name),
      (f) => f,
      (x) => x.name,
    ),
    organisations: tally(
      facts.organisations,
      p.organisations,
      (f, x) => sameOrganisation(f, x.name, x.abbreviation),
      (f) => f,
      (x) => x.name,
    ),
    addressees: tally(
      facts.addressees,
      p.addressees,
      (f, x) => samePerson(f.name, x.name),
      (f) => f.name,
      (x) => x.name,
    ),
    signatories: tally(
      facts.signatories,
      p.signatories,
      (f, x) =>
        f.type === 'person'
          ? samePerson(f.name, x.name)
          : sameOrganisation(f.name, x.name) || (x.organisation !== null && sameOrganisation(f.name, x.organisation)),
      (f) => f.name,
      (x) => x.name,
    ),
    acts: tally(
      facts.acts,
      p.acts.filter((a) => a.person !== null),
      sameAct,
      showAct,
      showAct,
    ),
  };
}

/** Adds one tally into another. */
export function addTally(into: Tally, t: Tally): void {
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
  for (const [from, to] of [
    [t.bySure, (into.bySure ??= {})],
    [t.byReason, (into.byReason ??= {})],
  ] as const)
    for (const [k, c] of Object.entries(from ?? {})) {
      const sum = (to[k] ??= { proposed: 0, found: 0 });
      sum.proposed += c.proposed;
      sum.found += c.found;
    }
}

/** Precision of the proposals of one confidence: found / proposed, or null when none were proposed. */
export function surePrecision(t: Tally, confidence: 'high' | 'low' | 'none'): { precision: number | null; n: number } {
  const c = t.bySure?.[confidence];
  return { precision: c && c.proposed ? c.found / c.proposed : null, n: c?.proposed ?? 0 };
}

/** Precision, recall and F1 of a tally; null where nothing was proposed or nothing expected. */
export function figures(t: Tally): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : null;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : null;
  const f1 = 2 * t.tp + t.fp + t.fn ? (2 * t.tp) / (2 * t.tp + t.fp + t.fn) : null;
  return { precision, recall, f1 };
}
