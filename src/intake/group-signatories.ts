// Organisations that sign a letter as such: "On behalf of the group X", «От имени группы «X»», «Au nom de l’association X».
// The group is the co-signatory, not a membership of someone in it.
import type { ORGANISATION_KINDS } from '../domain/vocabulary.ts';
import { foldText } from '../text/fold.ts';
import { COUNTRY_NAMES, ORG_HEADS } from './gazetteer.ts';
import { ORG_WORD } from './signature-lists.ts';
import { spanOf, type OrganisationProposal, type PersonProposal, type SignatoryProposal, type Span } from './types.ts';

type OrgKind = (typeof ORGANISATION_KINDS)[number];

/** The words that say someone speaks for a group; French takes its article with it ("au nom du", "au nom de l’"). */
export const BEHALF =
  /(?<![\p{L}])(?:on behalf of|in the name of|от имени|от лица|au nom (?:de la|de l['’]|du|des|de|d['’]))(?:\s+|(?<=['’]))/giu;

const MEMBERS_OF =
  /^(?:(?:the|our|its|les|nos|ses)\s+)?(?:[\d][\d.,\s]*\s|(?:\p{Ll}+\s+){0,2})?(?:members|membres|членов|supporters)\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])/iu;
// A lower-case head noun before the name ("the group «X»", «группы «X»», "du groupe X"): it gives the kind, the name follows.
const HEAD =
  /^(?:(?:the|our|notre|la|le|l['’])\s*)?(group|movement|committee|association|network|coalition|union|party|foundation|initiative|campaign|групп\p{L}*|движени\p{L}*|комитет\p{L}*|ассоциаци\p{L}*|сет\p{L}*|коалици\p{L}*|союз\p{L}*|парти\p{L}*|фонд\p{L}*|инициатив\p{L}*|кампани\p{L}*|groupe|mouvement|comité|association|réseau|coalition|collectif|parti|fondation|campagne)\s+/u;
const QUOTED_NAME = /^[«“"„‘']\s*([^»”"’'\n]{2,100}?)\s*[»”"’']/u;
const CONNECTOR =
  /^(?:of|for|the|and|on|in|against|to|de|du|des|les|la|le|l['’]|d['’]|pour|et|à|aux|en|sur|contre|по|за|и|в|против)$/u;
// Who writes the letter: a cue after one of these in its sentence is the writer speaking for a group.
const FIRST_PERSON = /(?<![\p{L}])(?:we|i|us|мы|я|нас|nous|je)(?![\p{L}])/iu;

function kindOf(words: readonly string[]): OrgKind {
  for (const w of words) {
    const low = w.toLowerCase();
    if (
      /^(?:движени|mouvement|movement|инициатив|initiative|campaign|кампани|campagne|collectif|coalition|коалици)/u.test(
        low,
      )
    )
      return 'movement';
    for (const [re, kind] of ORG_HEADS) if (re.test(low)) return kind;
    if (/^(?:парти)/u.test(low)) return 'party';
  }
  return 'ngo';
}

const LEADING_BEHALF = new RegExp(`^\\s*${BEHALF.source}`, 'iu');

/** A signature part without its "on behalf of the group" words: «от имени группы «X»» → «X»». */
export function withoutBehalf(part: string): string {
  const m = LEADING_BEHALF.exec(part);
  if (!m) return part;
  const rest = part.slice(m[0].length);
  const head = HEAD.exec(rest);
  return head && /^[\p{Lu}«“"„‘']/u.test(rest.slice(head[0].length))
    ? rest.slice(head[0].length)
    : rest.replace(/^the\s+/iu, '');
}

/** The group named right after a cue: a quoted name, else capitalised words joined by "of", "for", «по» …; null for none. */
function nameAfter(
  text: string,
  at: number,
  lineEnd: number,
  opts: { wholeLine: boolean },
): { start: number; end: number; name: string; kind: OrgKind } | null {
  let pos = at;
  const rest = () => text.slice(pos, lineEnd);
  // "on behalf of the 3,500 members of PEN American Center", « au nom des membres de … »: the members' body.
  const members = MEMBERS_OF.exec(rest());
  if (members) pos += members[0].length;
  const head = HEAD.exec(rest());
  if (head) pos += head[0].length;
  const quoted = QUOTED_NAME.exec(rest());
  if (quoted) {
    if (!/^\p{Lu}/u.test(quoted[1]!)) return null;
    const start = pos + quoted[0].indexOf(quoted[1]!);
    return {
      start,
      end: start + quoted[1]!.length,
      name: quoted[1]!,
      kind: kindOf(head ? [head[1]!] : quoted[1]!.split(/\s+/)),
    };
  }
  const article = /^(?:the\s+)/iu.exec(rest());
  if (article && !head) pos += article[0].length;
  // Capitalised words and the small words between them, up to punctuation or a lower-case word that is not a connector.
  const words = [...rest().matchAll(/[\p{L}\p{N}'’&-]+/gu)];
  // At the start of a line the whole line names the group, lower-case words too («От имени Комитета по защите журналистов»).
  const wholeLine =
    opts.wholeLine &&
    /^\p{Lu}/u.test(rest()) &&
    !/[,;:.!?()]/u.test(
      rest()
        .trim()
        .replace(/[.:,]$/u, ''),
    );
  let end = -1;
  let last = 0;
  for (const w of words) {
    if (w.index !== last && !/^\s+$/u.test(rest().slice(last, w.index))) break;
    last = w.index + w[0].length;
    // « Droits de l'Homme en Asie Centrale »: an elided article glued to a capitalised word is part of the name.
    if (/^\p{Lu}/u.test(w[0]) || /^[ld]['’]\p{Lu}/u.test(w[0]) || /^\p{N}/u.test(w[0]) || (wholeLine && end >= 0))
      end = last;
    else if (!(CONNECTOR.test(w[0].toLowerCase()) && end >= 0)) break;
  }
  if (end < 0) return null;
  const name = rest().slice(0, end);
  // One capitalised word without a head noun is a person or a title ("on behalf of President"), not a group.
  if (!head && !name.includes(' ')) return null;
  // Inside a sentence, two or three capitalised words with no word of a body are a person's name (« au nom de Jean
  // Morel et des … »), not a group.
  const parts = name.split(/\s+/);
  if (!head && !opts.wholeLine && parts.length <= 3 && parts.every((w) => /^\p{Lu}/u.test(w) && !ORG_WORD.test(w)))
    return null;
  return {
    start: pos,
    end: pos + end,
    name,
    kind: kindOf(head ? [head[1]!, ...name.split(/\s+/)] : name.split(/\s+/)),
  };
}

// A sentence about a letter or an appeal.
const LETTER_WORD =
  /(?:letter|appeal|petition|statement|письм|обращени|заявлени|петици|lettre|appel|pétition|déclaration)/iu;

/** The person named right after a cue, past up to three lower-case words («от имени гражданской активистки Алии …»). */
function personAfter(
  text: string,
  at: number,
  persons: readonly PersonProposal[],
): { ref: string; name: string; end: number } | null {
  const lead = /^(?:\p{Ll}[\p{L}-]*\s+){0,3}/u.exec(text.slice(at))![0];
  const start = at + lead.length;
  for (const p of persons)
    for (const sp of p.spans)
      if (sp.start === start && sp.text.includes(' ')) return { ref: p.ref, name: p.name, end: sp.end };
  return null;
}

/** "International and European Federations of Journalists" → the two federations, each named whole; else the name. */
export function splitCoordinated(name: string): string[] {
  const m =
    /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)\s+(?:and|et|и)\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*?)\s+(\p{Lu}\p{Ll}+?)s((?:\s.*)?)$/u.exec(
      name,
    );
  if (!m || !ORG_WORD.test(m[3]!)) return [name];
  return [`${m[1]} ${m[3]}${m[4]}`, `${m[2]} ${m[3]}${m[4]}`];
}

// "We, the undersigned organisations, A (ABBR) and the B, …": A and B sign. The undersigned members of a network are
// its members, not named, so "We, the undersigned members of A" gives no signer.
const UNDERSIGNED =
  /(?<![\p{L}])(?:we|nous|мы),?\s+(?:the\s+)?(?:undersigned|soussign\p{L}*|нижеподписавш\p{L}*)\s+(?:organi[sz]ations|NGOs|groups|associations|networks|организации|общественные организации|правозащитные организации)\s*[,:]?\s+(?:(?:the|les?|la|l['’])\s*)?/giu;

const WE_AT = /(?<![\p{L}])(?:We|we)\s+(?:at|from)\s+/gu;

/** Organisation signatories: a cue that starts a line, follows "we"/«мы»/"nous" in its sentence, or sits in a signature;
 * the group joins the organisation proposals (a new one when none is there). Persons named after the cue are left out.
 * "We, the undersigned organisations, A and B" makes A and B signatories; a closing block of organisation lines does too. */
export function findGroupSignatories(
  text: string,
  bounds: readonly [number, number][],
  persons: readonly PersonProposal[],
  organisations: OrganisationProposal[],
  signatureSpans: readonly Span[],
): SignatoryProposal[] {
  const out: SignatoryProposal[] = [];
  const overlapsPerson = (start: number, end: number) =>
    persons.some((p) => p.spans.some((s) => s.start < end && s.end > start));
  const add = (cueStart: number, start: number, end: number, name: string, kind: OrgKind) => {
    const span = spanOf(text, start, end);
    const key = foldText(name);
    let org =
      organisations.find((o) => foldText(o.name) === key) ??
      (name === text.slice(start, end)
        ? organisations.find((o) => o.spans.some((s) => s.start < span.end && s.end > span.start))
        : undefined);
    if (!org) {
      org = { ref: `organisation-${organisations.length + 1}`, name: name.replace(/\s+/g, ' '), kind, spans: [span] };
      organisations.push(org);
    } else if (!org.spans.some((s) => s.start === span.start)) org.spans.push(span);
    if (out.some((o) => o.organisationRef === org.ref)) return;
    out.push({
      kind: 'organisation',
      name: org.name,
      title: null,
      organisation: org.name,
      affiliations: [],
      personRef: null,
      organisationRef: org.ref,
      spans: [spanOf(text, cueStart, end + (/^\s*[»”"’']/u.exec(text.slice(end))?.[0].length ?? 0))],
    });
  };
  for (const m of text.matchAll(BEHALF)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    const sentence = bounds.find(([a, b]) => m.index >= a && m.index < b) ?? [lineStart, lineEnd];
    const atLineStart = /^\s*(?:(?:signed|подписано|signé)\s+)?$/iu.test(text.slice(lineStart, m.index));
    const inSignature = signatureSpans.some((s) => m.index >= s.start && m.index < s.end);
    const onBehalfOf = personAfter(text, m.index + m[0].length, persons);
    if (onBehalfOf && LETTER_WORD.test(text.slice(sentence[0], sentence[1]))) {
      // «обращение отправлено от имени активистки Алии Жакуповой»: a person the letter speaks for signs it.
      if (!out.some((o) => o.personRef === onBehalfOf.ref))
        out.push({
          kind: 'person',
          name: onBehalfOf.name,
          title: null,
          organisation: null,
          affiliations: [],
          personRef: onBehalfOf.ref,
          spans: [spanOf(text, m.index, onBehalfOf.end)],
        });
      continue;
    }
    if (!atLineStart && !inSignature && !FIRST_PERSON.test(text.slice(sentence[0], m.index))) continue;
    const found = nameAfter(text, m.index + m[0].length, lineEnd, { wholeLine: atLineStart });
    if (!found || overlapsPerson(found.start, found.end)) continue;
    for (const name of splitCoordinated(found.name)) add(m.index, found.start, found.end, name, found.kind);
    // "on behalf of A (ABBR) and the B", « au nom d'A (ABBR), une ONG …, et de l'B »: the second body signs too.
    const next =
      /^\s*(?:\([^()\n]{1,20}\))?\s*(?:,\s*(?:an?|une?|the)\s+[^,;.()\n]{1,80})?\s*,?\s*(?:and|et|и)\s+(?:(?:of|de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?(?:(?:the|la|le|les|l['’])\s*)?/iu.exec(
        text.slice(found.end, lineEnd),
      );
    const second = next ? nameAfter(text, found.end + next[0].length, lineEnd, { wholeLine: false }) : null;
    if (second && !overlapsPerson(second.start, second.end) && second.name.split(/\s+/).some((w) => ORG_WORD.test(w)))
      add(m.index, second.start, second.end, second.name, second.kind);
  }
  // "We at the English Centre of PEN, …, remain concerned": the body the writers speak from.
  for (const m of text.matchAll(WE_AT)) {
    const nl = text.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    const found = nameAfter(text, m.index + m[0].length, lineEnd, { wholeLine: false });
    if (!found || overlapsPerson(found.start, found.end)) continue;
    if (!found.name.split(/\s+/).some((w) => ORG_WORD.test(w))) continue;
    add(m.index, found.start, found.end, found.name, found.kind);
  }
  for (const m of text.matchAll(UNDERSIGNED)) {
    const nl = text.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    let pos = m.index + m[0].length;
    // Names joined by "and", each perhaps followed by its abbreviation in brackets.
    for (let n = 0; n < 6; n++) {
      const found = nameAfter(text, pos, lineEnd, { wholeLine: false });
      if (!found || overlapsPerson(found.start, found.end)) break;
      if (!found.name.split(/\s+/).some((w) => ORG_WORD.test(w))) break;
      add(m.index, found.start, found.end, found.name, found.kind);
      const next = /^\s*(?:\([^()\n]{1,20}\))?\s*,?\s*(?:and|et|и)\s+(?:(?:the|la|le|les|l['’])\s*)?/iu.exec(
        text.slice(found.end, lineEnd),
      );
      if (!next) break;
      pos = found.end + next[0].length;
    }
  }
  for (const line of closingOrganisationLines(text, signatureSpans)) {
    const kind = kindOf(line.name.split(/\s+/));
    add(line.start, line.start, line.start + line.name.length, line.name, kind);
  }
  return out;
}

// A closing line naming a signing body and perhaps its country: "Centre for Civic Rights, Armenia".
const ORG_LINE = /^[ \t]*(\p{Lu}[\p{L}'’&.-]*(?:[ \t]+[\p{L}'’&.-]+){1,12})(?:,[ \t]*(\p{Lu}[\p{L} ]{2,40}))?[ \t]*$/u;

/**
 * The organisations a letter ends with, one a line: two lines or more, or one with its country under the last paragraph.
 * A line inside a person's signature ("Director / Centre X") is that person's affiliation, not a signer.
 */
function closingOrganisationLines(text: string, signatureSpans: readonly Span[]): { start: number; name: string }[] {
  const found: { start: number; name: string; country: boolean }[] = [];
  let end = text.length;
  let above = '';
  for (;;) {
    const trimmedEnd = text.slice(0, end).replace(/\s+$/u, '').length;
    if (trimmedEnd === 0) break;
    const start = text.lastIndexOf('\n', trimmedEnd - 1) + 1;
    const line = text.slice(start, trimmedEnd);
    const m = ORG_LINE.exec(line);
    const inSignature = signatureSpans.some((s) => s.start < trimmedEnd && s.end > start);
    const words = m ? m[1]!.split(/[ \t]+/) : [];
    const bodyLike =
      m !== null &&
      !inSignature &&
      words.some((w) => ORG_WORD.test(w)) &&
      words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 &&
      (m[2] === undefined || COUNTRY_NAMES.has(m[2].trim().toLowerCase()));
    if (!bodyLike) {
      above = line;
      break;
    }
    found.unshift({ start: start + line.indexOf(m[1]!), name: m[1]!.trim(), country: m[2] !== undefined });
    end = start;
  }
  // One line alone is a signer only with its country, right under a paragraph that ends a sentence.
  if (found.length === 1 && !(found[0]!.country && /[.!?»"”]\s*$/u.test(above))) return [];
  return found;
}
