// Events named in a document: an event noun ("visit", "events", "conference", "выборы", "grève"), the words that name
// it ("Zhanaozen events", "visit to Kazakhstan", "OSCE conference in Warsaw") and the nearest date in its sentence.
import { foldText } from '../text/fold.ts';
import type { DateMention } from './dates.ts';
import { COUNTRY_NAMES, EVENT_WORDS, LOCALITIES, NOT_NAME } from './gazetteer.ts';
import { ruStem, sentenceAt, type Token } from './tokens.ts';
import { spanOf, type EventProposal } from './types.ts';

const ADJECTIVES =
  /^(?:parliamentary|presidential|general|local|парламентск\p{L}*|президентск\p{L}*|législatives?|présidentielles?)$/u;
const PLACE_LINK = /^(?:to|in|at|в|во|на|à|a|en|au)$/u;
const SHOOTING = /(?:shooting|shot|gunfire|расстрел|стрельб|fusillade|tirs?\b)/iu;

function placeOf(tok: Token | undefined): { country: string | null; locality: string | null } | undefined {
  if (!tok?.capital) return undefined;
  const country =
    COUNTRY_NAMES.get(tok.key) ??
    [...COUNTRY_NAMES].find(([k]) => /[а-я]/.test(k) && ruStem(k) === ruStem(tok.key))?.[1];
  if (country) return { country, locality: null };
  const town = LOCALITIES.get(tok.key) ?? [...LOCALITIES].find(([k]) => ruStem(k) === ruStem(tok.key))?.[1];
  return town ? { country: town, locality: tok.raw } : undefined;
}

/** Finds events with their dates; mentions that name the same event are merged. */
export function findEvents(
  text: string,
  tokens: readonly Token[],
  bounds: readonly [number, number][],
  dates: readonly DateMention[],
  language: string,
): EventProposal[] {
  const out: (EventProposal & { key: string })[] = shootings(text, tokens, bounds, dates, language);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const rule = EVENT_WORDS.find(([re]) => re.test(t.key));
    if (!rule) continue;
    let kind = rule[1];
    const [sStart, sEnd] = sentenceAt(bounds, t.start);
    const adjacent = (a: Token, b: Token) => /^[ \u00a0]$/.test(text.slice(a.end, b.start));
    // Words before the noun that name the event: capitalised ones ("Zhanaozen", "OSCE") and a few adjectives.
    let first = i;
    while (first > 0 && i - first < 3) {
      const prev = tokens[first - 1]!;
      if (prev.start < sStart || !adjacent(prev, tokens[first]!)) break;
      // A capital that only starts the sentence, or a "your", does not name the event.
      const qualifies =
        prev.capital &&
        !NOT_NAME.has(prev.key) &&
        !/^(?:ваш|vot|you)/u.test(prev.key) &&
        text.slice(sStart, prev.start).trim() !== '';
      if (qualifies || ADJECTIVES.test(prev.key)) first--;
      else break;
    }
    let named = tokens.slice(first, i).some((w) => w.capital);
    let last = i;
    let place = placeOf(tokens[i + 2]);
    if (place && PLACE_LINK.test(tokens[i + 1]!.key) && tokens[i + 2]!.end <= sEnd) last = i + 2;
    else place = undefined;
    // "the summit of the OSCE", « le sommet de l’OSCE »: whose event it is, named right after the noun.
    const owner = place ? undefined : ownerAfter(text, tokens, i, sEnd);
    if (owner !== undefined) last = owner;
    // "protests broke out on 5 January in Zhanaozen": a place a little further in the sentence still says where.
    let where: Token[] = [];
    if (!place && last === i) {
      // «в Жанаозене начались протесты»: or a little before it.
      const isWhere = (x: Token, k: number) =>
        k > 0 &&
        x.start >= sStart &&
        x.end <= sEnd &&
        placeOf(x) !== undefined &&
        PLACE_LINK.test(tokens[k - 1]!.key) &&
        tokens[k - 1]!.start >= sStart &&
        !/^(?:to)$/u.test(tokens[k - 1]!.key);
      let at = tokens.findIndex((x, k) => k > i + 1 && k - i <= 12 && isWhere(x, k));
      if (at < 0) at = tokens.findLastIndex((x, k) => k < first && first - k <= 8 && isWhere(x, k));
      if (at > 0) {
        place = placeOf(tokens[at]);
        where = [tokens[at - 1]!, tokens[at]!];
      }
    }
    const date = dates
      .filter((d) => d.span.start >= sStart && d.span.end <= sEnd)
      .sort((a, b) => dist(a, t) - dist(b, t))[0];
    if (owner !== undefined) named = true;
    if (kind === 'other' && !named) continue;
    if (!named && !date && !place) continue;
    if (kind === 'other' && SHOOTING.test(text.slice(sStart, sEnd))) kind = 'shooting';
    // The title names what happened in the nominative: «Визитом в Астану» is titled «Визит в Астану».
    const title = (
      text.slice(tokens[first]!.start, t.start) +
      nominativeNoun(t.raw) +
      text.slice(t.end, tokens[last]!.end) +
      (where.length ? ` ${text.slice(where[0]!.start, where[1]!.end)}` : '')
    ).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    // The same event named twice ("your visit to Kazakhstan", "your official visit to Kazakhstan") gets one key.
    const key = named
      ? foldText(
          tokens
            .slice(first, i)
            .filter((w) => w.capital)
            .map((w) => ruStem(w.key))
            .join(' '),
        ) + ` ${kind}`
      : place
        ? `${kind} ${place.locality ?? place.country}`
        : foldText(title);
    // One unnamed event per sentence at most, and none beside a named one: "the X events …, when a demonstration was dispersed by shooting".
    if (!named && out.some((e) => e.spans.some((s) => s.start >= sStart && s.end <= sEnd) && e.key !== key)) continue;
    const span = spanOf(text, tokens[first]!.start, tokens[last]!.end);
    const same = out.find((e) => e.key === key);
    if (same) {
      same.spans.push(span);
      if (!same.date && date)
        Object.assign(same, { date: date.start, endDate: date.end, yearInferred: date.yearInferred });
      if (date && !same.spans.some((s) => s.start === date.span.start)) same.spans.push(date.span);
      continue;
    }
    out.push({
      key,
      ref: '',
      title,
      kind,
      date: date?.start ?? null,
      endDate: date?.end ?? null,
      yearInferred: date?.yearInferred ?? false,
      country: place?.country ?? null,
      locality: place?.locality ?? null,
      spans: [
        span,
        ...(date ? [date.span] : []),
        ...(where.length ? [spanOf(text, where[0]!.start, where[1]!.end)] : []),
      ],
    });
    i = last;
  }
  return out.map(({ key: _key, ...e }, n) => ({
    ...e,
    ref: `event-${n + 1}`,
    spans: e.spans.sort((a, b) => a.start - b.start),
  }));
}

const OWNER_LINK = /^(?:of|de|du|des)$/u;

/** The last token of "of the OSCE", « de l’OSCE », « du Conseil de l’Europe » right after an event noun, or undefined. */
function ownerAfter(text: string, tokens: readonly Token[], i: number, sEnd: number): number | undefined {
  let k = i + 1;
  if (!tokens[k] || (!OWNER_LINK.test(tokens[k]!.key) && !/^[ld][’']\p{Lu}/u.test(tokens[k]!.raw))) return undefined;
  if (OWNER_LINK.test(tokens[k]!.key)) k++;
  if (tokens[k] && /^(?:the|la|le|les)$/u.test(tokens[k]!.key)) k++;
  const capital = (x: Token | undefined) =>
    x !== undefined && x.end <= sEnd && (x.capital || /^[ld][’']\p{Lu}/u.test(x.raw));
  if (!capital(tokens[k]) || NOT_NAME.has(tokens[k]!.key)) return undefined;
  let last = k;
  while (
    last - k < 3 &&
    capital(tokens[last + 1]) &&
    /^[ \u00a0]$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))
  )
    last++;
  return last;
}

const FIRED =
  /(?<![\p{L}])(?:opened fire|fired on|shot at|открыл\p{L}* огонь|расстрелял\p{L}*|a tiré|ont tiré|ouvert le feu)(?![\p{L}])/giu;
const SHOOTING_TITLE: Record<string, (place: string) => string> = {
  en: (p) => `Shooting in ${p}`,
  ru: (p) => `Расстрел в ${p}`,
  fr: (p) => `Fusillade à ${p}`,
};

/** "Police opened fire … in Zhanaozen" names a shooting even without an event noun: the town and the date give it. */
function shootings(
  text: string,
  tokens: readonly Token[],
  bounds: readonly [number, number][],
  dates: readonly DateMention[],
  language: string,
): (EventProposal & { key: string })[] {
  const out: (EventProposal & { key: string })[] = [];
  for (const m of text.matchAll(FIRED)) {
    const [sStart, sEnd] = sentenceAt(bounds, m.index);
    const town = tokens
      .filter((t) => t.start >= sStart && t.end <= sEnd)
      .map((t) => ({ t, place: placeOf(t) }))
      .find((x) => x.place?.locality);
    const date = dates.find((d) => d.span.start >= sStart && d.span.end <= sEnd);
    if (!town || !date) continue;
    const title = (SHOOTING_TITLE[language] ?? SHOOTING_TITLE.en!)(town.t.raw);
    const spans = [
      spanOf(text, m.index, m.index + m[0].length),
      spanOf(text, town.t.start, town.t.end),
      date.span,
    ].sort((a, b) => a.start - b.start);
    out.push({
      key: `shooting ${ruStem(town.t.key)}`,
      ref: '',
      title,
      kind: 'shooting',
      date: date.start,
      endDate: date.end,
      yearInferred: date.yearInferred,
      country: town.place!.country,
      locality: town.t.raw,
      spans,
    });
  }
  return out;
}

// Russian event nouns by stem, with their nominative (plural where the word is used so: «выборы», «события»).
const RU_NOMINATIVE: readonly [RegExp, string][] = [
  [/^визит/u, 'визит'],
  [/^конференци/u, 'конференция'],
  [/^совещани/u, 'совещание'],
  [/^выбор/u, 'выборы'],
  [/^митинг/u, 'митинг'],
  [/^протест/u, 'протест'],
  [/^демонстраци/u, 'демонстрация'],
  [/^забастовк/u, 'забастовка'],
  [/^расстрел/u, 'расстрел'],
  [/^процесс/u, 'процесс'],
  [/^саммит/u, 'саммит'],
  [/^событи/u, 'события'],
];

/** A Russian event noun in any case put back in the nominative, keeping its capital; other words unchanged. */
export function nominativeNoun(word: string): string {
  const low = word.toLowerCase();
  const hit = RU_NOMINATIVE.find(([re]) => re.test(low));
  if (!hit) return word;
  return /^\p{Lu}/u.test(word) ? hit[1][0]!.toUpperCase() + hit[1].slice(1) : hit[1];
}

function dist(d: DateMention, t: Token): number {
  // A date after the noun ("visit … scheduled for 5–6 December") is the likelier one; one before costs a little more.
  return d.span.start >= t.end ? d.span.start - t.end : (t.start - d.span.end) * 1.5;
}
