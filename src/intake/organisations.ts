// Organisations named in a document: well-known bodies, names the register holds, quoted names after a head noun
// ("party ‘Alga’", «Гражданское содействие»), and capitalised names built on one ("Moscow Helsinki Group").
import type { ORGANISATION_KINDS } from '../domain/vocabulary.ts';
import { foldText } from '../text/fold.ts';
import { KNOWN_ORGANISATIONS, ORG_HEADS } from './gazetteer.ts';
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
  `(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}-]*\\s+)*)(${HEAD_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|')})?\\s*(?:[‘“«"„]\\s*([^’”»"\\n]{2,80}?)\\s*[’”»"]|(?<=\\s)'(\\p{Lu}[^'\\n]{1,60}?)'(?![\\p{L}]))`,
  'gu',
);
// "Union of Independent Journalists of Kazakhstan (UIJK)": capitals in brackets right after a name abbreviate it.
const ABBREVIATION = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;
const UNQUOTED =
  /(?<![\p{L}])(party|parti|партия|партии|movement|mouvement|движение|движения)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/gu;
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
): OrganisationProposal[] {
  const found: { key: string; name: string; kind: OrgKind; spans: Span[]; abbreviation?: string }[] = [];
  const add = (start: number, end: number, name: string, kind: OrgKind) => {
    const clean = name
      .replace(/[‘’“”«»"„]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const key = foldText(clean);
    if (!key || found.some((f) => f.spans.some((s) => start >= s.start && end <= s.end))) return;
    const span = spanOf(text, start, end);
    const same = found.find((f) => f.key === key);
    if (same) same.spans.push(span);
    else found.push({ key, name: clean, kind, spans: [span] });
  };

  // Quoted names: the head noun gives the kind; capitalised words before it belong to the name ("All-Russian movement").
  for (const m of text.matchAll(QUOTED)) {
    const name = m[3] ?? m[4]!;
    if (!/^\p{Lu}/u.test(name)) continue;
    const lead = m[1] ?? '';
    const head = m[2];
    if (!head && !lead) continue;
    const start = m.index + m[0].indexOf(lead || head!);
    const full = `${lead}${head ?? ''} ${name}`.trim();
    const nameEnd = m.index + m[0].lastIndexOf(name) + name.length;
    add(
      lead ? start : m.index + m[0].lastIndexOf(name),
      lead ? m.index + m[0].length : nameEnd,
      lead ? full : name,
      head ? (headKind(head) ?? 'other') : 'other',
    );
  }
  // "dirigeant du parti Alga": a party or movement head noun followed by a capitalised name, no quotes.
  for (const m of text.matchAll(UNQUOTED)) {
    const at = m.index + m[0].length - m[2]!.length;
    add(at, at + m[2]!.length, m[2]!, headKind(m[1]!) ?? 'other');
  }

  // Names the register or the known list holds, matched word by word.
  const maxWords = Math.max(known.maxWords, 6);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (!words[0]!.capital && !/^\p{Lu}/u.test(words[0]!.raw)) break;
      const key = words.map((w) => w.key).join(' ');
      const hit = known.names.get(key) ?? KNOWN_ORGANISATIONS.get(key)?.[1];
      if (hit) {
        add(words[0]!.start, words[n - 1]!.end, text.slice(words[0]!.start, words[n - 1]!.end), hit);
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
    while (j + 1 < tokens.length && /^[ \u00a0]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
      const next = tokens[j + 1]!;
      if (next.capital || (CONNECTORS.has(next.key) && tokens[j + 2]?.capital)) j++;
      else if (RU_HEAD.test(next.key) || FR_ADJ.test(next.raw)) {
        j++;
        break;
      } else break;
    }
    const words = tokens.slice(i, j + 1);
    for (const w of words) kind ??= headKind(w.raw);
    if (kind && words.length >= 2 && !CONNECTORS.has(words[words.length - 1]!.key))
      add(t.start, words[words.length - 1]!.end, text.slice(t.start, words[words.length - 1]!.end), kind);
    i = j;
  }
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
  return found.map((f, i) => ({
    ref: `organisation-${i + 1}`,
    name: f.name,
    kind: f.kind,
    ...(f.abbreviation ? { abbreviation: f.abbreviation } : {}),
    spans: f.spans.sort((a, b) => a.start - b.start),
  }));
}
