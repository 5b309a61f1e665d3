// Organisations named in a document: well-known bodies, names the register holds, quoted names after a head noun
// ("party ‘Alga’", «Гражданское содействие»), and capitalised names built on one ("Moscow Helsinki Group").
import type { ORGANISATION_KINDS } from '../domain/vocabulary.ts';
import { foldText } from '../text/fold.ts';
import { COUNTRY_NAMES, KNOWN_ORGANISATIONS, LOCALITIES, NOT_NAME, ORG_HEADS } from './gazetteer.ts';
import { ruStem } from './tokens.ts';
import type { Token } from './tokens.ts';
import { spanOf, type OrganisationProposal, type Span } from './types.ts';

type OrgKind = (typeof ORGANISATION_KINDS)[number];

/** Organisation names the register holds: search key → kind, with the longest name's word count. */
export interface KnownOrganisations {
  names: ReadonlyMap<string, OrgKind>;
  maxWords: number;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'to',
  'with',
  'in',
  'de',
  'du',
  'des',
  'la',
  'le',
  'pour',
  'et',
  'по',
  'за',
  'и',
]);
const HEAD_WORDS = [
  'party',
  'movement',
  'group',
  'newspaper',
  'organisation',
  'organization',
  'foundation',
  'fund',
  'union',
  'association',
  'партия',
  'партии',
  'движение',
  'движения',
  'организация',
  'газета',
  'газеты',
  'фонд',
  'фонда',
  'союз',
  'союза',
  'центр',
  'центра',
  'ассоциация',
  'ассоциации',
  'parti',
  'mouvement',
  'groupe',
  'journal',
  'association',
];
// No i flag: it would let \p{Lu} match lower case too; head words are listed with and without their capital instead.
const QUOTED = new RegExp(
  `(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}-]*\\s+)*)(?:(${HEAD_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|')})((?:\\s+\\p{Ll}[\\p{L}’'-]*){0,2}))?\\s*(?:«\\s*([^»\\n]{2,80}?)\\s*»|[‘“"„]\\s*([^’”»"\\n]{2,80}?)\\s*[’”»"]|(?<=\\s)'(\\p{Lu}[^'\\n]{1,60}?)'(?![\\p{L}]))`,
  'gu',
);
// "Union of Independent Journalists of Kazakhstan (UIJK)": capitals in brackets right after a name abbreviate it.
const ABBREVIATION = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;
const UNQUOTED =
  /(?<![\p{L}])(party|parti|партия|партии|movement|mouvement|движение|движения)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/gu;
// "the newspaper Azadlyg", "news websites Xeberman and Press-az", «организации Article 19»: a media or organisation noun
// before a name in Latin letters, without quotes (one or two names joined by "and").
const LATIN_NAME = String.raw`\p{Lu}[\p{Script=Latin}\p{N}.-]*(?:\s+(?:\p{Lu}[\p{Script=Latin}.-]*|\d+)){0,3}`;
const MEDIA_UNQUOTED = new RegExp(
  String.raw`(?<![\p{L}])(newspapers?|weekly|magazines?|websites?|news\s+sites?|sites?|outlets?|channels?|agency|газет\p{L}*|журнал\p{L}*|сайт\p{L}*|издани\p{L}*|организаци\p{L}*|agence|hebdomadaire|quotidien|site)\s+(${LATIN_NAME})(?:\s+(?:and|и|et)\s+(${LATIN_NAME}))?`,
  'gu',
);
// Words at the start of a run of capitals that are not part of a name: a sentence's first conjunction, a salutation.
// A role in an organisation right before a quoted name or a capitalised one: «глава "Вымпелкома"», "founder of Ulys",
// « anciens dirigeants de Ioukos ».
const ROLE_WORDS_ORG = String.raw`(?:глав[аеуы]|руководител\p{L}*|директор\p{L}*|председател\p{L}*|основател\p{L}*|владел\p{L}*|редактор\p{L}*|сотрудни\p{L}*|head|director|leader|founder|editor|chair(?:man|woman|person)?|owner|executives?|employees?|dirigeante?s?|directeur|directrice|fondat\p{L}*|propriétaire|rédact\p{L}*|employée?s?)`;
const ROLE_BEFORE_QUOTE = new RegExp(
  String.raw`(?<![\p{L}])${ROLE_WORDS_ORG}(?:\s+(?:of|of\s+the|de|du|de\s+la|des|d['’]))?\s*[‘“«"„']$`,
  'iu',
);
const ROLE_OF_NAME = new RegExp(
  String.raw`(?<![\p{L}])${ROLE_WORDS_ORG}\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|d['’])?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})`,
  'gu',
);
// "Kasparov.ru", «Каспаров.Ru»: a capitalised name with a web domain is a media outlet.
const DOMAIN_NAME =
  /(?<![\p{L}\p{N}@/.])(\p{Lu}[\p{L}\p{N}-]*\.(?:[rR][uU]|[kK][zZ]|[bB][yY]|[aA][zZ]|[uU][aA]|[kK][gG]|[uU][zZ]|[cC]om|[oO]rg|[nN]et|[iI]nfo|[iI][oO]))(?![\p{L}\p{N}])/gu;
const ARTICLES = new Set(['the', 'la', 'le', 'les']);
const JOINS = new Set(['and', 'et', 'и']);
const ROLE_LEAD = new RegExp(
  String.raw`^(?:${ROLE_WORDS_ORG.slice(3, -1)}|member|coordinator|president|secretary|spokes(?:man|woman|person)|membre|coordinat\p{L}*|président\p{L}*|secrétaire|член\p{L}*|координатор\p{L}*|президент\p{L}*|секретар\p{L}*)$`,
  'iu',
);
const LEAD_STOP = new Set(['dear', 'but', 'and', 'however', 'но', 'и', 'а', 'однако', 'mais', 'et', 'cher', 'chere']);
// Words a bracketed abbreviation skips when its letters are matched to the name before it.
const ABBREVIATION_SKIPS = new Set([
  ...CONNECTORS,
  'a',
  'an',
  'at',
  'sur',
  'les',
  'en',
  'aux',
  'au',
  'в',
  'на',
  'при',
  'о',
  'об',
  'против',
]);
// "Institut pour la paix et la démocratie (IPD)", «Балтийского авангарда русского сопротивления» (БАРС): an abbreviation
// in brackets whose letters start the words before it names an organisation of those words.
const BRACKETED = /\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/gu;

/** The name a bracketed abbreviation stands for: the words before it whose first letters spell it, or null. */
function abbreviatedName(text: string, at: number, abbreviation: string): [number, number] | null {
  const letters = [...abbreviation.replace(/[^\p{L}]/gu, '').toLowerCase()];
  if (letters.length < 2) return null;
  // The words before it, on its line and in its sentence, quotes aside.
  const from = Math.max(0, at - 220);
  const before = text.slice(from, at);
  const cut = Math.max(before.lastIndexOf('\n'), ...['. ', '; ', '! ', '? ', ': '].map((p) => before.lastIndexOf(p)));
  const words = [...before.slice(cut + 1).matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)].map((m) => ({
    start: from + cut + 1 + m.index,
    end: from + cut + 1 + m.index + m[0].length,
    raw: m[0],
  }));
  // Matched from the end; a small word may be skipped or give its letter ("Fund for Freedom (FFF)", "droits de l’Homme (DH)").
  const match = (w: number, i: number): number | null => {
    if (i < 0) return null;
    if (w < 0 || words.length - w > letters.length * 3) return null;
    const word = words[w]!;
    if (text.slice(word.end, w === words.length - 1 ? at : words[w + 1]!.start).replace(/[\s«»"“”„‘’]/gu, ''))
      return null;
    // « l’Homme », "d’opposition": the letter after the elided article counts.
    const bare = word.raw.replace(/^[ld][’']/iu, '');
    if (foldText(bare[0]!) === foldText(letters[i]!)) {
      if (i === 0 && /^\p{Lu}/u.test(bare)) return word.start + word.raw.length - bare.length;
      const on = match(w - 1, i - 1);
      if (on !== null) return on;
    }
    return ABBREVIATION_SKIPS.has(foldText(bare)) && i < letters.length - 1 ? match(w - 1, i) : null;
  };
  const start = match(words.length - 1, letters.length - 1);
  return start === null ? null : [start, at];
}
const FR_ADJ =
  /^(?:européen|européenne|international|internationale|national|nationale|suprême|constitutionnel(?:le)?)$/iu;
const RU_HEAD =
  /^(?:групп\p{L}*|парти\p{L}*|движени\p{L}*|комитет\p{L}*|комисси\p{L}*|парламент\p{L}*|фонд\p{L}*|центр\p{L}*|союз\p{L}*|суд|суда|судом|суде|организаци\p{L}*|ассоциаци\p{L}*|служб\p{L}*|министерств\p{L}*|прокуратур\p{L}*)$/u;

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
      const hit = known.names.get(key) ?? KNOWN_ORGANISATIONS.get(key)?.[1] ?? byStem?.[1];
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
    if (kind && words.length >= 2 && words[0]!.capital && !CONNECTORS.has(words[words.length - 1]!.key))
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
        new RegExp(`(?<![\\p{L}\\p{N}])${m[1]!.replace(/[&-]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'),
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
  // "PACE" found by the known list is the organisation whose abbreviation it is.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    const owner = found.find((g) => g !== f && g.abbreviation && foldText(g.abbreviation) === f.key);
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
const KNOWN_BY_STEM = new Map([...KNOWN_ORGANISATIONS].map(([k, v]) => [stemKey(k), v] as const));
// Capitalised words that head titles and places, not organisations ("head of State", "leader of the Opposition").
const COMMON_CAPITALS =
  /^(?:state|government|republic|opposition|country|nation|board|department|etat|republique|государств\p{L}*|республик\p{L}*|правительств\p{L}*)$/u;

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
