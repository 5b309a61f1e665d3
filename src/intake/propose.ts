// Reads a document's text and proposes records: the one entry point of the extraction rules.
import { formatPartialDate, parsePartialDate, type PartialDate } from '../domain/partial-date.ts';
import type { ORGANISATION_KINDS } from '../domain/vocabulary.ts';
import { foldText } from '../text/fold.ts';
import { findActs } from './acts.ts';
import { blankBoilerplate } from './boilerplate.ts';
import { findDates, parseDocumentDate, type DateMention } from './dates.ts';
import { findEvents } from './events.ts';
import { detectLanguage } from './language.ts';
import { findAddressees, findListedSignatories, findOccasion, findSignatories, salutationLine } from './letter.ts';
import { findGroupSignatories } from './group-signatories.ts';
import { findStructuralSigners } from './signer-structure.ts';
import { findLetterWriters, findSignatureLists, signatoriesOf } from './signature-lists.ts';
import { findListedAddressees, findProseAddressees } from './addressee-prose.ts';
import { nominativeName, nominativeOrganisation, nominativePersons, trimCommonWords } from './nominative.ts';
import { loadedRussianMorph, type RussianMorph } from './russian-morph.ts';
import { findCounts } from './counts.ts';
import { findOrganisations, trimPersonsFromNames } from './organisations.ts';
import { findPersons, LEADER_REASON } from './persons.ts';
import { findPlaces, mainCountry } from './places.ts';
import { findLengths } from './sentence-length.ts';
import { handedDownLengths } from './requested-sentence.ts';
import { proseSentences, sentences, tokenize } from './tokens.ts';
import {
  spanOf,
  type AddresseeProposal,
  type Confidence,
  type IntakeLanguage,
  type OccasionProposal,
  type PersonProposal,
  type PlaceProposal,
  type Proposals,
  type SignatoryProposal,
} from './types.ts';
import { EVENT_WORDS, GIVEN_NAMES, isHeadOfStateName, KNOWN_ORGANISATIONS } from './gazetteer.ts';

/** Names the register holds, so that people and organisations it knows are recognised by name. */
export interface RegisterGazetteer {
  personNames: readonly string[];
  givenNames: readonly string[];
  organisations: readonly { name: string; kind: (typeof ORGANISATION_KINDS)[number] }[];
}

export const EMPTY_GAZETTEER: RegisterGazetteer = { personNames: [], givenNames: [], organisations: [] };

/** What to read: the text, and optionally the document's date and language when the reader knows them. */
export interface ProposeInput {
  text: string;
  documentDate?: string | null;
  language?: IntakeLanguage | null;
  gazetteer?: RegisterGazetteer;
  /** The Russian analyser; without it the one already loaded is used, or none (names then stay as written). */
  morph?: RussianMorph | null;
}

/** The document's own date: the one given, else a full date in its first or last lines (a dated letter), else none. */
function documentDateOf(text: string, given: string | null | undefined): PartialDate | undefined {
  if (given) return parsePartialDate(given) ?? parseDocumentDate(given);
  const lines = text.split('\n');
  const edges = [...lines.slice(0, 6), ...lines.slice(-6)].join('\n');
  const dated = findDates(edges, undefined).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.start));
  // "Azerbaïdjan : un journaliste disparu … (2003)" over a line "2013-12-12": a year in brackets closing the title is
  // the story's; a later date line is that of a repost, and dates without a year belong to the title's year.
  const title = lines.find((l) => l.trim() !== '');
  const titleYear = title ? /\((\d{4})\)\s*$/u.exec(title.trim())?.[1] : undefined;
  if (titleYear && (!dated || Number(dated.start.slice(0, 4)) > Number(titleYear))) return { year: Number(titleYear) };
  return dated ? parsePartialDate(dated.start) : undefined;
}

/** The latest year written in the text, a fallback for dates without one when the document's date is unknown. */
function latestYear(dates: readonly DateMention[]): PartialDate | undefined {
  const years = dates.map((d) => Number(d.start.slice(0, 4)));
  return years.length ? { year: Math.max(...years) } : undefined;
}

/** Proposes every record the rules find in the text. Pure: the register's names come in through the gazetteer. */
export function propose(input: ProposeInput): Proposals {
  // Photo credits and the foreign-agent notice are blanked: offsets into the text stay those of the document.
  const text = blankBoilerplate(input.text);
  const gaz = input.gazetteer ?? EMPTY_GAZETTEER;
  const language = input.language ?? detectLanguage(text);
  const tokens = tokenize(text);
  const bounds = sentences(text, language);
  const docDate = documentDateOf(text, input.documentDate);
  const dates = findDates(text, docDate ?? latestYear(findDates(text, undefined)));

  const morph = input.morph ?? loadedRussianMorph();
  const persons = findPersons(text, tokens, bounds, {
    persons: new Set(gaz.personNames.map(foldText)),
    givenNames: new Set(gaz.givenNames.map(foldText)),
    ...(morph ? { readsAsName: (words: readonly string[]) => nominativeName(words, morph) !== null } : {}),
  });
  // Role nouns, places and a salutation's adjective glued before a name are not part of it (read with the dictionary).
  if (morph) trimCommonWords(text, persons, morph);
  // Russian names in the nominative («Розы Тулетаевой» → «Роза Тулетаева»), so the register is matched on that form.
  const nameNotes = morph ? nominativePersons(persons, morph, text) : new Map<string, string>();
  const orgNames = new Map(gaz.organisations.map((o) => [foldText(o.name), o.kind] as const));
  const organisations = findOrganisations(
    text,
    tokens,
    { names: orgNames, maxWords: Math.max(0, ...[...orgNames.keys()].map((k) => k.split(' ').length)) },
    persons.flatMap((p) => p.spans),
    morph ? (name) => nominativeOrganisation(name, morph) : undefined,
  );
  const places = findPlaces(text, tokens).map(ratePlace);
  // A name over the address block that signs the letter again on its last line is the sender's letterhead (« Didier
  // G. / Monsieur Bernard K. / Ministre … » … « Didier G. »), not an addressee.
  const lastLine = /[^\n]*\S[^\n]*\s*$/u.exec(text);
  const signsLast = (ref: string) =>
    lastLine !== null &&
    lastLine[0].trim().length <= 60 &&
    persons.some((p) => p.ref === ref && p.spans.some((sp) => sp.start >= lastLine.index));
  const addressees = findAddressees(text, persons)
    .filter((a) => !(a.personRef && signsLast(a.personRef) && a.spans.every((sp) => sp.start < lastLine!.index)))
    .map((a) => rateAddressee(text, a, 'block', persons));
  // "Open Letter to China's President X" as the first line: a letter, though it has no salutation or address block.
  const isLetter = salutationLine(text) > 0 || addressees.length > 0 || OPEN_LETTER_HEADING.test(text);
  // News of a letter, or a letter without an address block, says in a sentence whom it is addressed to.
  if (!addressees.length)
    addressees.push(...findListedAddressees(text, persons).map((a) => rateAddressee(text, a, 'listed', persons)));
  if (!addressees.length)
    addressees.push(
      ...findProseAddressees(text, persons, { isLetter: salutationLine(text) > 0 }).map((a) =>
        rateAddressee(text, a, 'prose', persons),
      ),
    );
  const closing = findSignatories(text, persons).map((s) => rateSigner(s, 'the closing lines of the letter'));
  const inLists = findListedSignatories(text, persons).map((s) =>
    rateSigner(s, 'a list of signers with their country or group'),
  );
  // Headed lists ("Signatories: Mr A B, France, ALDE ; …") and sentences saying who signed («Обращение подписали …»).
  for (const l of findSignatureLists(text, bounds, persons).map((s) =>
    rateSigner(s, 'a list of signatures, or a sentence saying who signed'),
  )) {
    if (
      !inLists.some(
        (x) =>
          (l.personRef !== null && x.personRef === l.personRef) || (l.kind === 'organisation' && x.name === l.name),
      )
    )
      inLists.push(l);
  }
  // A news report's writer of the letter («Судаленко в письме к президенту …») when nothing else names a signer.
  if (!inLists.length && !closing.length)
    inLists.push(
      ...findLetterWriters(text, persons).map((s) =>
        rateSigner(s, 'the writer a report of the letter names, not a signature', 'low'),
      ),
    );
  const listed = inLists.filter((l) => l.personRef === null || !closing.some((c) => c.personRef === l.personRef));
  const signatories = [...listed, ...closing].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  // «подписанном … Норвежским Хельсинкским Комитетом (НХК)»: a body signing in another case takes the nominative name
  // the organisations rules read at the same place.
  for (const s of signatories) {
    if (s.kind !== 'organisation' || !/\p{Script=Cyrillic}/u.test(s.name)) continue;
    const at = s.spans[0]!;
    const same = organisations.find((o) => o.spans.some((sp) => sp.start < at.end && sp.end > at.start));
    // A quoted name read from the list («движения «Бир Дуйно»») stays as quoted, without the body's kind before it.
    if (same && same.name !== s.name && !same.name.endsWith(` ${s.name}`)) s.name = s.organisation = same.name;
  }

  // What the addressee block and the signatures say about people joins their roles, and their organisations the list.
  for (const a of addressees) {
    const p = persons.find((x) => x.ref === a.personRef);
    if (p && a.title && !p.roles.includes(a.title)) p.roles.push(a.title);
  }
  for (const s of signatories) {
    const p = persons.find((x) => x.ref === s.personRef);
    for (const aff of s.affiliations) {
      if (p && aff.title && !p.roles.some((r) => foldText(r) === foldText(aff.title!))) p.roles.push(aff.title);
      if (p && !p.roleKinds.includes('human_rights_defender') && aff.organisation)
        p.roleKinds.push('human_rights_defender');
      if (!aff.organisation) continue;
      const key = foldText(aff.organisation);
      const line = s.spans.find((sp) => sp.text.includes(aff.organisation!.split(' ')[0]!)) ?? s.spans[0]!;
      const at = text.indexOf(aff.organisation.split(' ')[0]!, line.start);
      const span =
        at >= 0 && at < line.end ? spanOf(text, at, Math.min(line.end, at + aff.organisation.length + 2)) : line;
      // "Moscow Helsinki Group" in prose and "…of the Moscow Helsinki Group" signed; "движения «За права человека»" and its quoted name.
      const same = organisations.find((o) => {
        const k = foldText(o.name);
        return k === key || key.startsWith(`${k} `) || key.endsWith(` ${k}`);
      });
      if (same) {
        if (key.startsWith(`${foldText(same.name)} `)) same.name = aff.organisation;
        if (!same.spans.some((x) => x.start === span.start)) same.spans.push(span);
        aff.organisationRef = same.ref;
      } else {
        const ref = `organisation-${organisations.length + 1}`;
        organisations.push({
          ref,
          name: aff.organisation,
          kind: /movement|движени|mouvement/iu.test(aff.organisation) ? 'movement' : 'ngo',
          spans: [span],
        });
        aff.organisationRef = ref;
      }
    }
  }

  // Groups signing as such ("On behalf of the group X") join the signatories in the order they are written.
  // A group already read from a headed list ("Signatories:" then a line each) is not signed twice.
  const signedNames = new Set(signatories.map((x) => foldText(x.name)));
  signatories.push(
    ...findGroupSignatories(
      text,
      bounds,
      persons,
      organisations,
      closing.flatMap((c) => c.spans),
    )
      .filter((g) => !signedNames.has(foldText(g.name)))
      .map((g) => rateSigner(g, 'a group signing as such (“On behalf of …”)')),
  );
  // Signers the shape of the text shows (the subject of "signed", "urged", «призвали», « appellent »; a roster with no
  // heading; lines under "was signed by:"), when no rule above read them.
  for (const s of signatoriesOf(findStructuralSigners(text, bounds, isLetter), persons).map((x) =>
    rateSigner(x, 'the subject of a verb of signing or appealing, or a list of signers'),
  )) {
    const key = foldText(s.name);
    // A signature read by another rule may run over several lines: it covers this one only if it names the same.
    const overlaps = (x: SignatoryProposal) =>
      x.spans.some((a) => s.spans.some((b) => a.start < b.end && b.start < a.end)) &&
      s.spans.some((b) => foldText(b.text).includes(foldText(x.name).split(' ')[0]!));
    if (
      signatories.some(
        (x) =>
          overlaps(x) ||
          (s.personRef !== null && x.personRef === s.personRef) ||
          foldText(x.name) === key ||
          (x.kind === 'organisation' && x.name.length > 3 && key.includes(foldText(x.name))),
      )
    )
      continue;
    signatories.push(s);
  }
  signatories.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  // "Foro Penal", "Code Pink": words read as a person's name inside a body that signs are that body's name only, and
  // the same line read as a person signing too is that body signing.
  const bodySpans = signatories.filter((x) => x.kind === 'organisation').flatMap((x) => x.spans);
  for (let i = signatories.length - 1; i >= 0; i--) {
    const x = signatories[i]!;
    if (
      x.kind !== 'organisation' &&
      x.personRef &&
      bodySpans.some((b) => b.start === x.spans[0]!.start && b.end === x.spans[0]!.end)
    )
      signatories.splice(i, 1);
  }
  // The one a letter is addressed to does not sign it ("they call on A …" read as the subject of a verb of appealing).
  for (let i = signatories.length - 1; i >= 0; i--) {
    const ref = signatories[i]!.personRef;
    if (ref && addressees.some((a) => a.personRef === ref)) signatories.splice(i, 1);
  }
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i]!;
    if (addressees.some((a) => a.personRef === p.ref) || signatories.some((x) => x.personRef === p.ref)) continue;
    if (p.spans.every((sp) => bodySpans.some((b) => sp.start >= b.start && sp.end <= b.end))) persons.splice(i, 1);
  }

  const ownCountries = language === 'ru' ? ['RU'] : language === 'fr' ? ['FR'] : [];
  const country = mainCountry(places, addressees.length ? ownCountries : []) ?? mainCountry(places);
  const events = findEvents(text, tokens, bounds, dates, language).map((e) => ({
    ...e,
    country: e.country ?? country,
  }));
  // A head of state named by the surname alone is the one written to or about, not a victim.
  // Named in full ("Alexander Lukashenko", "Abdel Fattah el-Sissi"), one the list knows is no victim either.
  const leaders = new Set(
    persons.filter((p) => p.confidenceReason === LEADER_REASON || isHeadOfStateName(p.name)).map((p) => p.ref),
  );
  const acts = findActs(
    text,
    proseSentences(text, bounds),
    persons,
    organisations,
    dates,
    handedDownLengths(text, bounds, findLengths(text)),
    places,
    country,
    new Set([...addressees.flatMap((a) => (a.personRef ? [a.personRef] : [])), ...leaders]),
    new Set(signatories.flatMap((a) => (a.personRef ? [a.personRef] : []))),
  )
    .filter((a) => !a.personRef || !leaders.has(a.personRef))
    .map((a, i) => ({ ...a, ref: `act-${i + 1}` }));
  // Persons found in the address block and signatures are known only now.
  trimPersonsFromNames(
    text,
    organisations,
    persons.flatMap((p) => p.spans),
  );
  const found = isLetter ? findOccasion(text, events) : null;
  const occasion = found ? rateOccasion(found) : null;
  rateConfidence(text, { persons, organisations, events, addressees, signatories, occasion }, gaz);
  for (const x of persons)
    if (nameNotes.has(x.ref)) x.confidenceReason = `${x.confidenceReason}; ${nameNotes.get(x.ref)}`;
  return {
    language,
    documentDate: docDate ? formatPartialDate(docDate) : null,
    isLetter,
    persons,
    organisations,
    events,
    acts,
    places,
    addressees,
    occasion,
    signatories,
    counts: findCounts(text, dates),
  };
}

const QUOTE_MARKS = /[‘’“”«»"„']/u;
const OPEN_LETTER_HEADING =
  /^\s*(?:an\s+)?(?:open\s+letter\s+to|lettre\s+ouverte\s+(?:à|au|aux)|открытое\s+письмо)(?![\p{L}])/iu;

const sureOf = (confidence: 'high' | 'low', confidenceReason: string): Confidence => ({ confidence, confidenceReason });

/** A signatory with the confidence of the rule that read it, unless that rule already said why it is unsure. */
function rateSigner(s: SignatoryProposal, reason: string, confidence: 'high' | 'low' = 'high'): SignatoryProposal {
  if (s.confidence === 'low') return s;
  // A signer of one word ("Amnesty" reads well, "Ivanov" may be a surname read out of a sentence) is not ticked.
  if (s.kind !== 'organisation' && !/\s/u.test(s.name.trim()))
    return Object.assign(s, sureOf('low', `${reason}; a single word`));
  return Object.assign(s, sureOf(confidence, reason));
}

// «Президенту Республики Казахстан», «г-ну», «Генеральному прокурору»: a title in the dative before the name.
const DATIVE_TITLE =
  /(?<![\p{L}])(?:президенту|премьер-министру|председателю|министру|прокурору|генеральному|главе|послу|комиссару|г-ну|г-же|господину|госпоже)(?![\p{L}])/iu;
const TO_BLOCK = /^\s*(?:to|à|кому)\s*:/imu;
const SALUTATION_NAMED = /^\s*(?:dear|cher|chère|уважаем\p{L}*|monsieur|madame)(?![\p{L}])/iu;

/**
 * An addressee with how it was read: a line of the address block ("To:" block, a dative after a title, a line above
 * the salutation), the salutation alone ("Dear President X": only the surname, so not ticked unless the full name is
 * written elsewhere), a list of whom a letter is sent to, or a sentence of a report.
 */
function rateAddressee(
  text: string,
  a: AddresseeProposal,
  from: 'block' | 'listed' | 'prose',
  persons: readonly PersonProposal[],
): AddresseeProposal {
  const where = a.spans.map((s) => s.text).join('\n');
  const person = persons.find((p) => p.ref === a.personRef);
  const fullName = a.name.trim().split(/\s+/u).length >= 2;
  if (from === 'listed') return Object.assign(a, sureOf('high', 'a list of those the letter is sent to'));
  if (from === 'prose')
    return Object.assign(
      a,
      fullName
        ? sureOf('high', 'named as the addressee in a sentence about the letter')
        : sureOf('low', 'a surname alone, named as the addressee in a sentence about the letter'),
    );
  if (SALUTATION_NAMED.test(where) && !where.includes('\n')) {
    const elsewhere = (person?.spans ?? []).some((s) => !a.spans.some((x) => s.start >= x.start && s.end <= x.end));
    return Object.assign(
      a,
      fullName || elsewhere
        ? sureOf('high', `inferred from “${where.trim().replace(/[,:!]$/u, '')}”`)
        : sureOf('low', `inferred from “${where.trim().replace(/[,:!]$/u, '')}”, a surname alone`),
    );
  }
  const before = text.slice(Math.max(0, (a.spans[0]?.start ?? 0) - 200), a.spans[0]?.start ?? 0);
  if (TO_BLOCK.test(where) || TO_BLOCK.test(before.split('\n').slice(-3).join('\n')))
    return Object.assign(a, sureOf('high', 'a “To:” block'));
  if (DATIVE_TITLE.test(where)) return Object.assign(a, sureOf('high', 'the dative after a title'));
  return Object.assign(
    a,
    a.title
      ? sureOf('high', 'a name and its title in the address block')
      : sureOf('low', 'a name in the address block, without a title'),
  );
}

/** A place with its confidence: a country, or a town named more than once, is sure; a town named once is not. */
function ratePlace(p: PlaceProposal): PlaceProposal {
  if (p.kind === 'country') return Object.assign(p, sureOf('high', 'a country’s name'));
  return Object.assign(
    p,
    p.spans.length >= 2 ? sureOf('high', `a town named ${p.spans.length} times`) : sureOf('low', 'a town named once'),
  );
}

/** The occasion of a letter is as sure as the date it is tied to. */
function rateOccasion(o: OccasionProposal): OccasionProposal {
  return Object.assign(
    o,
    o.start
      ? sureOf('high', 'an event the letter names, with its date')
      : sureOf('low', 'an event the letter names, without a date'),
  );
}

/** Gives each person, organisation and event a confidence and its reason, from what vouches for it in the text. */
function rateConfidence(
  text: string,
  p: Pick<Proposals, 'persons' | 'organisations' | 'events' | 'addressees' | 'signatories' | 'occasion'>,
  gaz: RegisterGazetteer,
): void {
  const high = (x: Confidence, reason: string) => Object.assign(x, { confidence: 'high', confidenceReason: reason });
  const low = (x: Confidence, reason: string) => Object.assign(x, { confidence: 'low', confidenceReason: reason });
  const registerNames = new Set(gaz.personNames.map(foldText));
  const given = new Set([...GIVEN_NAMES, ...gaz.givenNames.map(foldText)]);
  for (const x of p.persons) {
    if (p.addressees.some((a) => a.personRef === x.ref)) high(x, 'the addressee of the letter');
    else if (p.signatories.some((s) => s.personRef === x.ref && s.confidence !== 'low'))
      high(x, 'a signatory of the letter');
    else if (registerNames.has(foldText(x.name))) high(x, 'a name the register holds');
    else if (x.spans.length >= 2) high(x, `named ${x.spans.length} times`);
    else if (given.has(foldText(x.name.split(/\s+/)[0]!))) high(x, 'a known given name');
    else low(x, x.confidenceReason ? `${x.confidenceReason}, named once` : 'a surname ending only, named once');
  }
  const knownOrgs = new Set(gaz.organisations.map((o) => foldText(o.name)));
  for (const o of p.organisations) {
    const quoted = o.spans.some((s) => QUOTE_MARKS.test(text.slice(Math.max(0, s.start - 1), s.end + 1)));
    if (knownOrgs.has(foldText(o.name)) || KNOWN_ORGANISATIONS.has(foldText(o.name))) high(o, 'a known organisation');
    else if (p.signatories.some((s) => s.organisationRef === o.ref)) high(o, 'a signatory of the letter');
    else if (p.signatories.some((s) => s.affiliations.some((a) => a.organisationRef === o.ref)))
      high(o, 'named in a signature');
    else if (quoted) high(o, 'a quoted name');
    else if (o.spans.length >= 2) high(o, `named ${o.spans.length} times`);
    else low(o, 'capitalised words with a head noun, named once');
  }
  for (const e of p.events) {
    // Named: a capitalised word in the title that is not the event word itself ("Zhanaozen events", "OSCE conference").
    const named = e.title
      .split(/\s+/)
      .some((w) => /^\p{Lu}/u.test(w) && !EVENT_WORDS.some(([re]) => re.test(foldText(w))));
    if (p.occasion?.eventRef === e.ref) high(e, 'the occasion of the letter');
    else if (e.kind === 'shooting' && e.date) high(e, 'a shooting with its place and date');
    else if (named && e.date) high(e, 'named, with a date');
    else low(e, named ? 'named, without a date' : 'an event word with only a date or a place');
  }
}
