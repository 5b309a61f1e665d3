// Organisations named in a document: well-known bodies, names the register holds, quoted names after a head noun
// ("party ‘Alga’", «Гражданское содействие»), and capitalised names built on one ("Moscow Helsinki Group").
import type { ORGANISATION_KINDS } from '../domain/vocabulary.ts';
import { foldText } from '../text/fold.ts';
import {
  COUNTRY_NAMES,
  KNOWN_ABBREVIATIONS,
  KNOWN_ORGANISATIONS,
  LOCALITIES,
  NOT_NAME,
  ORG_HEADS,
} from './gazetteer.ts';
import { ruStem } from './tokens.ts';
import {
  ABBREVIATION,
  ARTICLES,
  BRACKETED,
  COMMON_CAPITALS,
  CONNECTORS,
  COURT_NAMES,
  DOMAIN_NAME,
  FR_ADJ,
  JOINS,
  LEAD_STOP,
  MEDIA_UNQUOTED,
  QUOTED,
  ROLE_BEFORE_QUOTE,
  ROLE_LEAD,
  ROLE_OF_NAME,
  RU_HEAD,
  UNQUOTED,
  abbreviatedName,
} from './organisation-patterns.ts';
import type { Token } from './tokens.ts';
import { spanOf, type OrganisationProposal, type Span } from './types.ts';

type OrgKind = (typeof ORGANISATION_KINDS)[number];

/** Organisation names the register holds: search key → kind, with the longest name's word count. */
export interface KnownOrganisations {
  names: ReadonlyMap<string, OrgKind>;
  maxWords: number;
}

function headKind(word: string): OrgKind | undefined {
  const low = word.toLowerCase();
  for (const [re, kind] of ORG_HEADS) if (re.test(low)) return kind;
  if (/^(?:групп|движени|комитет|фонд|центр|союз|ассоциаци|организаци)/u.test(low))
    return /^движени/u.test(low) ? 'movement' : 'ngo';
  if (/^(?:парти)/u.test(low)) return 'party';
  if (/^(?:парламент|комисси)/u.test(low)) return 'international_body';
  if (/^(?:суд)/u.test(low)) return 'court';
  if (/^(?:служб|министерств|прокуратур)/u.test(low)) return 'state_body';
  return undefined;
}

/** Finds organisations; `extra` adds names found elsewhere (a signature block) so prose mentions join them. */
export function findOrganisations(
  text: string,
  tokens: readonly Token[],
  known: KnownOrganisations,
  /** Where persons are named: a person's name is never the start or the end of an organisation's. */
  personSpans: readonly Span[] = [],
  /** The Russian analyser's nominative of a name, when it is loaded. */
  nominative?: (name: string) => string | null,
): OrganisationProposal[] {
  const inPerson = (start: number, end: number) => personSpans.some((p) => start < p.end && end > p.start);
  const found: { key: string; name: string; kind: OrgKind; spans: Span[]; abbreviation?: string }[] = [];
  /** Adds a name; `asWritten` keeps its form (a name quoted after its head noun is in the nominative already). */
  const add = (start: number, end: number, name: string, kind: OrgKind, asWritten = false) => {
    const unquoted = name
      .replace(/[‘“”«»"„]/g, '')
      .replace(/’(?!\p{L})/gu, '')
      .replace(/(?<!\p{L})’/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
    // «Балтийского авангарда русского сопротивления» → «Балтийский авангард русского сопротивления».
    const clean = (!asWritten && nominative?.(unquoted)) || unquoted;
    const key = orgKey(clean);
    if (!key || found.some((f) => f.spans.some((s) => start >= s.start && end <= s.end))) return;
    const span = spanOf(text, start, end);
    const same = found.find((f) => f.key === key);
    if (same) same.spans.push(span);
    else found.push({ key, name: clean, kind, spans: [span] });
  };

  // Quoted names: the head noun gives the kind; capitalised words before it belong to the name ("All-Russian movement").
  for (const m of text.matchAll(QUOTED)) {
    // "mouvement d’opposition « L’Autre Russie »": up to two words between the head noun and the quoted name.
    // Guillemets may hold an apostrophe (« L’Autre Russie »); the other quotes end at one.
    const name = m[4] ?? m[5] ?? m[6]!;
    if (!/^\p{Lu}/u.test(name)) continue;
    const between = m[3] ?? '';
    let lead = m[1] ?? '';
    // «Президенту Н.А.Назарбаеву Международный Комитет "За свободу …"»: a name before the organisation is not its start.
    while (lead) {
      const at = m.index + m[0].indexOf(lead);
      const first = /^\S+\s+/u.exec(lead)![0];
      if (!inPerson(at, at + first.trimEnd().length) && !LEAD_STOP.has(foldText(first.trim()))) break;
      lead = lead.slice(first.length);
    }
    const head = m[2];
    const nameAt = m.index + m[0].lastIndexOf(name);
    // «глава "Вымпелкома"», "the director of ‘Ulys’": a quoted name after a role in an organisation, with no head noun.
    if (!head && !lead) {
      if (ROLE_BEFORE_QUOTE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].indexOf(m[0].trim()[0]!) + 1)))
        add(nameAt, nameAt + name.length, name, 'other');
      continue;
    }
    const start = m.index + m[0].indexOf(lead || head!);
    const full = `${lead}${head ?? ''}${between} ${name}`.trim();
    add(
      lead ? start : nameAt,
      lead ? m.index + m[0].length : nameAt + name.length,
      lead ? full : name,
      head ? (headKind(head) ?? 'other') : 'other',
      !lead,
    );
  }
  // "dirigeant du parti Alga": a party or movement head noun followed by a capitalised name, no quotes.
  for (const m of text.matchAll(UNQUOTED)) {
    const at = m.index + m[0].length - m[2]!.length;
    add(at, at + m[2]!.length, m[2]!, headKind(m[1]!) ?? 'other');
  }

  for (const re of COURT_NAMES)
    for (const m of text.matchAll(re)) {
      const at = m.index + m[0].indexOf(m[1]!);
      // A Russian court's name may stand in another case («в Медеуском районном суде»): shown in the nominative, its
      // adjectives and «суд» put back in the masculine nominative (the analyser does not take such a name whole).
      // «Суд № 2 Сарыаркинского района» names the district in the genitive, as it should.
      const name = /^\p{Script=Cyrillic}/u.test(m[1]!) && !/^суд/iu.test(m[1]!) ? courtNominative(m[1]!) : m[1]!;
      add(at, at + m[1]!.length, name, 'court', true);
    }
  for (const m of text.matchAll(DOMAIN_NAME)) add(m.index, m.index + m[1]!.length, m[1]!, 'media_outlet', true);
  for (const m of text.matchAll(ROLE_OF_NAME)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    const first = foldText(name.split(/\s+/)[0]!);
    // "leader of Kazakhstan", "head of State": places and common words are not organisations.
    if (inPerson(at, at + name.length) || NOT_NAME.has(first) || COMMON_CAPITALS.test(first) || isPlace(name)) continue;
    add(at, at + name.length, name, headKind(name.split(/\s+/).at(-1)!) ?? 'other');
  }
  for (const m of text.matchAll(MEDIA_UNQUOTED)) {
    const kind: OrgKind = /^(?:организаци)/iu.test(m[1]!) ? 'ngo' : 'media_outlet';
    let at = m.index + m[1]!.length;
    for (const name of [m[2], m[3]]) {
      if (!name) continue;
      const start = text.indexOf(name, at);
      at = start + name.length;
      // "Article 19 Agnès C.": the words up to a person's name.
      const words = [...name.matchAll(/\S+/gu)].filter(
        (w) => !inPerson(start + w.index, start + w.index + w[0].length),
      );
      const kept = words.findIndex(
        (w, i) => w.index !== (i === 0 ? 0 : words[i - 1]!.index + words[i - 1]![0].length + 1),
      );
      const whole = (kept < 0 ? words : words.slice(0, kept))
        .map((w) => w[0])
        .join(' ')
        .replace(/\.$/u, '');
      if (!whole || !words.length || words[0]!.index !== 0 || isPlace(whole)) continue;
      add(start, start + whole.length, whole, kind);
    }
  }

  // Names the register or the known list holds, matched word by word.
  const maxWords = Math.max(known.maxWords, 6);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (!words[0]!.capital && !/^(?:\p{Lu}|[ld][’']\p{Lu})/u.test(words[0]!.raw)) break;
      // « l’OSCE », « de l’Union européenne »: the elided article is not part of the name.
      const elided = /^[ld][’']\p{Lu}/u.exec(words[0]!.raw) ? 2 : 0;
      // The key has lost the apostrophe: one letter to drop there, two in the text.
      const key = words
        .map((w) => w.key)
        .join(' ')
        .slice(elided ? 1 : 0);
      const byStem = KNOWN_ORGANISATIONS.has(key) ? undefined : KNOWN_BY_STEM.get(stemKey(key));
      const listed = KNOWN_ORGANISATIONS.get(key) ?? byStem;
      const hit = known.names.get(key) ?? listed?.[1];
      // "UN", «ЕС»: a known abbreviation counts only in capitals (« Un tribunal », «Ес ли» are words).
      const caps = (s: string) => !/\p{Ll}/u.test(s);
      if (hit && !known.names.has(key) && caps(listed![0]) && !caps(text.slice(words[0]!.start, words[n - 1]!.end)))
        continue;
      if (hit) {
        const from = words[0]!.start + elided;
        // «к Евросоюзу»: a known name in another case is shown as the list writes it.
        add(from, words[n - 1]!.end, byStem?.[0] ?? text.slice(from, words[n - 1]!.end), hit, true);
        i += n - 1;
        break;
      }
    }
  }

  // Capitalised names built on a head noun: "Moscow Helsinki Group", "Московская Хельсинкская группа", "Parlement européen".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital) continue;
    let j = i;
    let kind: OrgKind | undefined;
    while (j + 1 < tokens.length && /^[’']?[ \u00a0]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
      const next = tokens[j + 1]!;
      const after = tokens[j + 2];
      // "Assembly of the Council of Europe": one or two connectors between capitalised words.
      // "Assembly of the Council of Europe": a preposition and an article; "X and the Y" are two names.
      const chain = after && ARTICLES.has(after.key) && !JOINS.has(next.key) && tokens[j + 3]?.capital;
      if (next.capital || (CONNECTORS.has(next.key) && (after?.capital || chain))) j++;
      else if (RU_HEAD.test(next.key) || FR_ADJ.test(next.raw)) {
        j++;
        break;
      } else break;
    }
    let words = tokens.slice(i, j + 1);
    // "Dear Prosecutor General", «Но прокуратура», "Andrey Shved Prosecutor General": a salutation, a sentence's first
    // conjunction and a person's name before the name are not part of it.
    // "Head of the Moscow Helsinki Group", "Member of …": a role before "of" is the person's, not the name's.
    while (
      words.length &&
      (LEAD_STOP.has(words[0]!.key) ||
        inPerson(words[0]!.start, words[0]!.end) ||
        (ROLE_LEAD.test(words[0]!.key) && words[1] && CONNECTORS.has(words[1].key)))
    )
      words = words.slice(1);
    while (words.length && CONNECTORS.has(words[0]!.key)) words = words.slice(1);
    for (const w of words) kind ??= headKind(w.raw);
    // "the Russian Federation" is a country, whatever its head noun.
    const whole = words.length ? text.slice(words[0]!.start, words[words.length - 1]!.end) : '';
    if (
      kind &&
      words.length >= 2 &&
      words[0]!.capital &&
      !CONNECTORS.has(words[words.length - 1]!.key) &&
      !isPlace(whole)
    )
      add(
        words[0]!.start,
        words[words.length - 1]!.end,
        text.slice(words[0]!.start, words[words.length - 1]!.end),
        kind,
      );
    i = j;
  }
  for (const m of text.matchAll(BRACKETED)) {
    const end = text.slice(0, m.index).trimEnd().length;
    const range = abbreviatedName(text, end, m[1]!);
    if (!range || inPerson(range[0], range[1])) continue;
    const words = text.slice(range[0], range[1]);
    if (words.split(/\s+/).length < 2) continue;
    // The longer name takes the place of the shorter ones inside it ("Parliamentary Assembly" in "… of Europe (PACE)").
    for (const f of found) f.spans = f.spans.filter((s) => !(s.start >= range[0] && s.end <= range[1]));
    const kind = words
      .split(/\s+/)
      .map((w) => headKind(w.replace(/[«»"“”„]/gu, '')))
      .find((k) => k !== undefined);
    add(range[0], range[1], words, kind ?? 'other');
  }
  // Longer names found by another rule swallow the shorter ones inside them.
  for (const f of found)
    f.spans = f.spans.filter(
      (s) =>
        !found.some(
          (g) =>
            g !== f && g.spans.some((x) => x.start <= s.start && x.end >= s.end && x.end - x.start > s.end - s.start),
        ),
    );
  for (let i = found.length - 1; i >= 0; i--) if (!found[i]!.spans.length) found.splice(i, 1);

  // An abbreviation in brackets after a name belongs to it, and its later mentions join the organisation.
  for (const f of found) {
    for (const s of [...f.spans]) {
      const m = ABBREVIATION.exec(text.slice(s.end, s.end + 14));
      if (!m || f.abbreviation) continue;
      f.abbreviation = m[1]!;
      for (const a of text.matchAll(
        // '-' and '&' need no escape outside a class, and in a 'u' pattern escaping them is an error ("WAN-IFRA").
        new RegExp(`(?<![\\p{L}\\p{N}])${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'),
      )) {
        if (!f.spans.some((x) => a.index >= x.start && a.index < x.end))
          f.spans.push(spanOf(text, a.index, a.index + m[1]!.length));
      }
    }
  }
  // "Viasna" alone is the "Human Rights Center Viasna" named in full: a one-word name that ends a longer one joins it.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.key.includes(' ')) continue;
    const owner = found.find((g) => g !== f && g.key.endsWith(` ${f.key}`));
    if (!owner) continue;
    for (const s of f.spans) if (!owner.spans.some((x) => x.start === s.start)) owner.spans.push(s);
    found.splice(i, 1);
  }
  // "PACE" found by the known list is the organisation whose abbreviation it is; "EU" is the "European Union" named too.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    const full = ABBREVIATED.get(f.key);
    const owner = found.find(
      (g) => g !== f && ((g.abbreviation && foldText(g.abbreviation) === f.key) || full?.includes(g.key)),
    );
    if (!owner) continue;
    for (const s of f.spans) if (!owner.spans.some((x) => x.start === s.start)) owner.spans.push(s);
    found.splice(i, 1);
  }
  return found.map((f, i) => ({
    ref: `organisation-${i + 1}`,
    name: f.name,
    kind: f.kind,
    ...(f.abbreviation ? { abbreviation: f.abbreviation } : {}),
    spans: f.spans.sort((a, b) => a.start - b.start),
  }));
}

/** «Медеуского районного суда № 2» → «Медеуский районный суд № 2»; the town after «города» keeps its case. */
function courtNominative(name: string): string {
  const [head, town] = name.split(/(?=\s(?:города|г\.))/u);
  const words = head!
    .split(/(\s+)/u)
    .map((w) =>
      /^суд\p{Ll}*$/iu.test(w)
        ? w.slice(0, 3)
        : w.replace(/(ск|цк)(?:ого|ому|им|ом|ая|ой)$/u, '$1ий').replace(/н(?:ого|ому|ым|ом|ая|ой)$/u, 'ный'),
    );
  return `${words.join('')}${town ?? ''}`;
}

/** The key two spellings of one name share: folded, with British and American spellings made one ("Centre"/"Center"). */
function orgKey(name: string): string {
  return foldText(name)
    .replace(/\bcentre\b/gu, 'center')
    .replace(/\borganisation\b/gu, 'organization')
    .replace(/\bdefence\b/gu, 'defense');
}

/** A Cyrillic key with each word's case ending cut, so «Евросоюзу» finds «Евросоюз». Latin keys stay as they are. */
function stemKey(key: string): string {
  return /[а-я]/u.test(key) ? key.split(' ').map(ruStem).join(' ') : `\u0000${key}`;
}
/** A known abbreviation's key → the keys of the names it stands for. */
const ABBREVIATED = new Map(KNOWN_ABBREVIATIONS.map(([a, names]) => [orgKey(a), names.map(orgKey)] as const));
const KNOWN_BY_STEM = new Map([...KNOWN_ORGANISATIONS].map(([k, v]) => [stemKey(k), v] as const));
/** Whether a name is a country or a town the gazetteer knows (in any Russian case). */
function isPlace(name: string): boolean {
  const key = foldText(name);
  return (
    COUNTRY_NAMES.has(key) || LOCALITIES.has(key) || [...COUNTRY_NAMES.keys()].some((c) => stemKey(c) === stemKey(key))
  );
}

/**
 * Cuts a person's name off the start of an organisation's (the addressee «Н.А.Назарбаеву» before «Международный
 * Комитет …» on one line): persons found after the organisations, in the address block, are only known later.
 */
export function trimPersonsFromNames(
  text: string,
  organisations: OrganisationProposal[],
  personSpans: readonly Span[],
): void {
  for (const o of organisations) {
    o.spans = o.spans.map((s) => {
      const p = personSpans.find((x) => x.start <= s.start && x.end > s.start && x.end < s.end);
      if (!p) return s;
      const from = p.end + (/^\s*/u.exec(text.slice(p.end, s.end))?.[0].length ?? 0);
      const cut = text.slice(s.start, from).trim().split(/\s+/).at(-1) ?? '';
      if (o.name.startsWith(`${cut} `)) o.name = o.name.slice(cut.length + 1);
      return spanOf(text, from, s.end);
    });
  }
}
