// The parts of a letter: the addressee block above the salutation, and the signatures below the last paragraph,
// each "Name, Title of the Organisation" (a line without a name continues the signature above it).
import type { EventProposal, PersonProposal, SignatoryProposal, AddresseeProposal, OccasionProposal, Span } from './types.ts';
import { spanOf } from './types.ts';

const SALUTATION = /^\s*(?:your excellency|excellency|dear\b|to whom|уважаем\p{L}*|многоуважаем\p{L}*|ваше превосходительство|глубокоуважаем\p{L}*|monsieur|madame|excellence|cher|chère|mesdames)/iu;
const CLOSING = /^\s*(?:sincerely|yours|respectfully|best regards|kind regards|с уважением|искренне|veuillez|je vous prie|nous vous prions|respectueusement|cordialement|signed|подписи|signataires|signatories)/iu;
const TITLED = /^(?:the\s+)?(head|member|chair(?:man|woman|person)?|coordinator|director|executive director|president|founder|co-founder|secretary|editor|board member|spokes(?:man|woman|person)|председатель|член|руководитель|координатор|директор|президент|основатель|основательница|секретарь|président(?:e)?|membre|coordinat(?:eur|rice)|direct(?:eur|rice)|fondat(?:eur|rice)|secrétaire)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)?(.+)$/iu;

interface Line { start: number; end: number; text: string }

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const t of text.split('\n')) {
    out.push({ start, end: start + t.length, text: t });
    start += t.length + 1;
  }
  return out;
}

/** The person whose mention starts a line (at most a few characters in), if any. */
function personAt(persons: readonly PersonProposal[], line: Line): { p: PersonProposal; s: Span } | undefined {
  for (const p of persons) for (const s of p.spans) if (s.start >= line.start && s.start <= line.start + 3 && s.end <= line.end && s.text.includes(' ')) return { p, s };
  return undefined;
}

const HONORIFIC = /^(?:to|mr\.?|mrs\.?|ms\.?|monsieur|madame|господину|госпоже|г-ну)(?![\p{L}])\s*/iu;
const unquote = (s: string) => s.replace(/[‘’“”«»"„]/g, '').replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');

/** Is the text a letter, and where does its salutation stand? */
export function salutationLine(text: string): number {
  // A salutation is a short line that ends like one ("Dear Mr President,", "Уважаемый господин Президент!").
  return lines(text).slice(0, 15).findIndex((l) => SALUTATION.test(l.text) && l.text.trim().length < 80 && /[,!:]$/.test(l.text.trim()));
}

/** The addressee block: lines above the salutation; a line with a person's name gives the name, the others the title. */
export function findAddressees(text: string, persons: readonly PersonProposal[]): AddresseeProposal[] {
  const all = lines(text);
  const sal = salutationLine(text);
  if (sal <= 0) return [];
  const block = all.slice(0, sal).filter((l) => l.text.trim() !== '');
  const out: AddresseeProposal[] = [];
  for (const line of block) {
    const hit = persons.flatMap((p) => p.spans.filter((s) => s.start >= line.start && s.end <= line.end).map((s) => ({ p, s })))[0];
    if (hit) {
      const rest = unquote(text.slice(line.start, hit.s.start) + ' ' + text.slice(hit.s.end, line.end)).replace(HONORIFIC, '');
      out.push({ name: hit.p.name, title: rest || null, personRef: hit.p.ref, spans: [spanOf(text, line.start, line.end)] });
    } else if (out.length > 0) {
      const last = out[out.length - 1]!;
      last.title = [last.title, unquote(line.text)].filter(Boolean).join(', ');
      last.spans.push(spanOf(text, line.start, line.end));
    }
  }
  return out;
}

/** Signatures at the end: consecutive lines from the bottom that start with a person's name, or continue one. */
export function findSignatories(text: string, persons: readonly PersonProposal[]): SignatoryProposal[] {
  const all = lines(text).filter((l) => l.text.trim() !== '');
  const groups: { who: { p: PersonProposal; s: Span }; lines: Line[] }[] = [];
  let pending: Line[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const line = all[i]!;
    if (CLOSING.test(line.text)) continue;
    const who = personAt(persons, line);
    if (who) {
      groups.unshift({ who, lines: [line, ...pending] });
      pending = [];
    } else if (line.text.length <= 160 && pending.length < 3 && !/[.!?]\s*$/.test(line.text)) {
      pending.unshift(line);
    } else break;
  }
  return groups.map(({ who, lines: ls }) => {
    // A line that starts in lower case continues the one above ("…for Solidarity / with political prisoners").
    const rest = [text.slice(who.s.end, ls[0]!.end), ...ls.slice(1).map((l) => l.text)].join('\n').replace(/\n(?=\s*\p{Ll})/gu, ' ');
    const parts = rest.split(/[,\n]|[”"»](?=\s*\p{Lu})/u).map(unquote).filter(Boolean);
    const affiliations = parts.map((part) => {
      const t = TITLED.exec(part);
      return t ? { title: part, role: unquote(t[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase())), organisation: unquote(t[2]!) } : { title: null, role: null, organisation: part };
    });
    const titled = affiliations.find((a) => a.title);
    return {
      name: who.p.name, title: titled?.title ?? null,
      organisation: affiliations.find((a) => !a.title)?.organisation ?? titled?.organisation ?? null,
      affiliations, personRef: who.p.ref,
      spans: ls.map((l, i) => spanOf(text, i === 0 ? who.s.start : l.start, l.end)),
    };
  });
}

const ADDRESSED = /(?:your|votre|vos|ваш\p{L}*|вашего)\s+(?:\p{L}+\s+){0,2}$/iu;
const UPCOMING = /(?:scheduled|upcoming|forthcoming|planned|will\s+take\s+place|предстоящ\p{L}*|запланирован\p{L}*|prochaine?|prévue?)/iu;

/** The occasion of a letter: the visit (or other event) it is addressed about — "your visit", "the upcoming summit". */
export function findOccasion(text: string, events: readonly EventProposal[]): OccasionProposal | null {
  const score = (e: EventProposal) => {
    let s = 0;
    for (const span of e.spans) {
      if (ADDRESSED.test(text.slice(Math.max(0, span.start - 40), span.start))) s += 3;
      if (UPCOMING.test(text.slice(span.start, Math.min(text.length, span.end + 80)))) s += 2;
    }
    return s + (e.kind === 'state_visit' ? 1 : 0);
  };
  const best = [...events].filter((e) => score(e) >= 3).sort((a, b) => score(b) - score(a))[0];
  if (!best) return null;
  return { title: best.title, start: best.date, end: best.endDate, eventRef: best.ref, spans: best.spans };
}
