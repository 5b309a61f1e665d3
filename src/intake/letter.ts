// The parts of a letter: the addressee block above the salutation, and the signatures below the last paragraph,
// each "Name, Title of the Organisation" (a line without a name continues the signature above it).
import type {
  EventProposal,
  PersonProposal,
  SignatoryProposal,
  AddresseeProposal,
  OccasionProposal,
  Span,
} from './types.ts';
import { spanOf } from './types.ts';
import { COUNTRY_NAMES, GIVEN_NAMES, NOT_NAME } from './gazetteer.ts';
import { nameCase, ORG_WORD, readItem } from './signature-lists.ts';
import { foldText } from '../text/fold.ts';
import { nameMatchKey } from './match-key.ts';
import { withoutBehalf } from './group-signatories.ts';
import {
  isAddresseeCue,
  isHonorificOnly,
  isTitleLine,
  readAddresseeLine,
  startsWithTitle,
  titleOf,
} from './addressee-lines.ts';

// "Your Execellencies," as a page misspelt it: a letter or two more or fewer in "Excellency" still greets.
const SALUTATION =
  /^\s*(?:your ex\p{L}{0,3}cell\p{L}{0,2}nc(?:y|ies)|excellency|your (?:royal )?(?:majesty|highness)|votre majesté|ваше величество|dear\b|(?:mr\.?|madam)\s+president\b|to whom|уважаем\p{L}*|многоуважаем\p{L}*|ваше превосходительство|глубокоуважаем\p{L}*|monsieur|madame|(?:votre\s+)?excellence|cher|chère|mesdames)/iu;
const CLOSING =
  /^\s*(?:sincerely|yours|respectfully|best regards|kind regards|с уважением|искренне|veuillez|je vous prie|nous vous prions|respectueusement|cordialement|signed|подписи|signataires|signatories)/iu;
const TITLED =
  /^(?:the\s+)?(head|member|chair(?:man|woman|person)?|coordinator|director|executive director|president|founder|co-founder|secretary general|general secretary|secretary|editor|board member|spokes(?:man|woman|person)|председатель|член|руководитель|координатор|директор|президент|основатель|основательница|секретарь|président(?:e)?|membre|coordinat(?:eur|rice)|direct(?:eur|rice)|fondat(?:eur|rice)|secrétaire)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)?(.+)$/iu;

// Words that name a body inside an organisation, not the organisation: «председатель правления "X"» is X's chair.
const INNER_BODY =
  /^(?:(?:the\s+)?(?:executive\s+)?board(?:\s+of(?:\s+the)?)?|правлени\p{L}*|совет\p{L}* директоров|наблюдательного совета|бюро)(?:\s+|$)/iu;

/** The organisation in a signature part, or null when the part is only common nouns («правления», "the board"). */
function organisationName(part: string): string | null {
  const name = unquote(withoutBehalf(part).replace(INNER_BODY, ''));
  return /\p{Lu}/u.test(name) ? name : null;
}

const BARE_ROLE =
  /^(?:the\s+)?(?:(?:председатель|член) правления|chair(?:man|woman|person)? of the board|head|member|chair(?:man|woman|person)?|coordinator|director|executive director|president|founder|co-founder|secretary general|general secretary|secretary|editor|board member|spokes(?:man|woman|person)|председатель|член|руководитель|координатор|директор|президент|основатель|секретарь|directeur|directrice|président(?:e)?|coordinat(?:eur|rice))$/iu;

interface Line {
  start: number;
  end: number;
  text: string;
}

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
  // "Dr. Pavel Sokolov, Director …": an honorific before the name still starts the line with it.
  const lead = (s: Span) => line.text.slice(0, s.start - line.start);
  for (const p of persons)
    for (const s of p.spans) {
      if (
        s.start >= line.start &&
        s.end <= line.end &&
        s.text.includes(' ') &&
        (s.start <= line.start + 3 || LEAD_HONORIFIC.test(lead(s)))
      )
        return { p, s };
    }
  return undefined;
}

const LEAD_HONORIFIC = /^\s*(?:dr|prof|mr|mrs|ms|h\.\s?e|г-н|г-жа)\.?\s*$/iu;
// A line that sends the letter to someone: "To the President of …", « À Monsieur … ».
const TO_LINE = /^\s*(?:to|à|au|aux)\s/iu;
const HONORIFIC = /^(?:to|mr\.?|mrs\.?|ms\.?|m\.|mme|monsieur|madame|господину|госпоже|г-ну)(?![\p{L}])\s*/iu;
const unquote = (s: string) =>
  s
    .replace(/[‘’“”«»"„]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');

/** Is the text a letter, and where does its salutation stand? */
export function salutationLine(text: string): number {
  // A salutation is a short line that ends like one ("Dear Mr President,", "Уважаемый господин Президент!").
  // Two addressees with their postal addresses take some twenty lines before "Your Excellencies,".
  // « Mesdames et Messieurs les membres de l’Assemblée parlementaire du Conseil de l’Europe, » is long, but one clause.
  return lines(text)
    .slice(0, 40)
    .findIndex(
      (l) =>
        (SALUTATION.test(l.text) || SALUTATION_NAMED.test(l.text)) &&
        (l.text.trim().length < 80 || (l.text.trim().length < 130 && !/[.;!?]\s/u.test(l.text))) &&
        /[,!:]$/.test(l.text.trim()),
    );
}

/** The addressee block: lines above the salutation, or without one the opening lines that read like addressee lines
 * (after a heading such as «ОТКРЫТОЕ ПИСЬМО»). A line gives a name and its title; a title line continues the one above;
 * postal address, place and date lines are left out. Names no persons rule found become persons too. */
export function findAddressees(text: string, persons: PersonProposal[]): AddresseeProposal[] {
  const all = lines(text).filter((l) => l.text.trim() !== '');
  const sal = salutationLine(text);
  // "Dear President Lukashenka" without a comma still closes the block above it.
  const salLine =
    sal >= 0
      ? lines(text)[sal]!
      : lines(text)
          .slice(0, 40)
          .find((l) => DEAR_NAMED.test(l.text));
  let block: Line[];
  if (salLine) {
    block = all.filter((l) => l.end <= salLine.start);
    // A paragraph above the block (a press release's lead, a page's introduction) is not part of the address.
    // « Objet : … » may be long too; it closes the block, it does not stand above it.
    const lastProse = block
      .map((l) => l.text.trim().length > 120 && !isAddresseeCue(l.text) && !SUBJECT_LINE.test(l.text))
      .lastIndexOf(true);
    block = block.slice(lastProse + 1);
    // "Joint letter to the King Regarding A": a heading that names the letter's subject is no address line.
    block = block.filter(
      (l) => !/(?<![\p{L}])(?:regarding|concerning|re:|au\s+sujet\s+de|concernant)(?![\p{L}])/iu.test(l.text),
    );
    // "Solafa M., Hossam el-S., and Mohamed S." under the address: a line of names only, joined by commas and "and",
    // is what the letter is about, not whom it is addressed to ("To: A, B" keeps its cue).
    block = block.filter((l) => {
      if (isAddresseeCue(l.text)) return true;
      const here = persons.flatMap((p) => p.spans).filter((sp) => sp.start >= l.start && sp.end <= l.end);
      if (here.length < 2) return true;
      let rest = l.text;
      for (const sp of [...here].sort((a, b) => b.start - a.start))
        rest = rest.slice(0, sp.start - l.start) + rest.slice(sp.end - l.start);
      return !/^[\s,]*(?:(?:and|et|и)[\s,]*)?$/iu.test(
        rest.replace(/,\s*(?:and|et|и)\s/giu, ', ').replace(/\s(?:and|et|и)\s/giu, ', '),
      );
    });
    // "To the President of …" opens the address: a heading's byline above it is not part of it.
    const to = block.findIndex((l) => TO_LINE.test(l.text));
    if (to > 0) block = block.slice(to);
  } else {
    const first = all.slice(0, 8);
    let i = 0;
    // Headings and the place and date of writing ("Warsaw, 12.02.2007") stand above the block.
    while (i < first.length && (isHeading(first[i]!.text) || isPlaceAndDate(first[i]!.text))) i++;
    // A heading in title case ("Statement of Rights Groups on Events in Kazakhstan") over "To the President X": the
    // address starts at "To", after short lines that end with no full stop.
    const to = first.findIndex((l, j) => j >= i && TO_LINE.test(l.text));
    if (to > i && first.slice(i, to).every((l) => l.text.trim().length < 100 && !/[.;]\s*$/u.test(l.text))) i = to;
    block = [];
    // The block opens with an addressee cue, or with a line that is a title, an honorific and a name ("President of
    // the Republic of X Mr. Y"), and runs on through name and title lines («Токаеву К.-Ж.»).
    const inBlock = (l: string) =>
      l.trim().length <= 120 && (isAddresseeCue(l) || readAddresseeLine(l) !== null || isTitleLine(l));
    if (i < first.length && (isAddresseeCue(first[i]!.text) || isTitledNameLine(first[i]!.text)))
      for (; i < first.length && inBlock(first[i]!.text); i++) block.push(first[i]!);
    // "Open Letter to the Minister …" then a line that is a name alone: the name and the title lines under it.
    const heading = all.slice(0, 8).findIndex((l) => OPEN_LETTER.test(l.text));
    const nameLine = heading >= 0 ? all[heading + 1] : undefined;
    if (
      !block.length &&
      nameLine &&
      persons.some((p) =>
        p.spans.some(
          (s) =>
            s.start === nameLine.start + nameLine.text.length - nameLine.text.trimStart().length &&
            s.text === nameLine.text.trim(),
        ),
      )
    ) {
      block = [nameLine];
      for (let j = heading + 2; j < all.length && j < heading + 4 && isTitleLine(all[j]!.text); j++)
        block.push(all[j]!);
    }
  }
  const out: AddresseeProposal[] = [];
  // «Президенту Республики Казахстан» on its own line: the title of the name on the next line.
  let pending: Line | undefined;
  let channel = false;
  let copied = false;
  let prevEnd = -1;
  for (const line of block) {
    // "c/o His Excellency Ambassador X": the lines after "c/o" are the channel the letter goes through, to the blank
    // line that ends its address ("Raúl C. / c/o … / Fax …" then "General Abelardo C. / Ministro del Interior …").
    if (prevEnd >= 0 && /\n[ \t]*\n/u.test(text.slice(prevEnd, line.start))) channel = false;
    prevEnd = line.end;
    if (/^\s*c\/o\b/iu.test(line.text)) channel = true;
    // « Copie à : », "Cc:", «Копия:»: those under it get a copy, they are not addressed; « Objet : » ends the block.
    if (COPY_LINE.test(line.text)) copied = true;
    if (SUBJECT_LINE.test(line.text)) break;
    if (copied) {
      // The one copied is still a person the letter names.
      const read = readAddresseeLine(line.text);
      const name = read ? spanOf(text, line.start + read.start, line.start + read.end) : null;
      if (read && name && !persons.some((p) => p.spans.some((s) => s.start < name.end && s.end > name.start)))
        newPerson(persons, read.name, name);
      continue;
    }
    // "Ul. Beybitshilik 11", "59, rue Pierre Charron": a street line names no addressee.
    if (channel || STREET_LINE.test(line.text)) continue;
    const read = readAddresseeLine(line.text);
    const hit = persons.flatMap((p) =>
      p.spans.filter((s) => s.start >= line.start && s.end <= line.end).map((s) => ({ p, s })),
    )[0];
    if (read && (!hit || (hit.s.start < line.start + read.end && hit.s.end > line.start + read.start))) {
      const name = spanOf(text, line.start + read.start, line.start + read.end);
      const person = hit?.p ?? newPerson(persons, read.name, name);
      // "Islam A. Karimov": the line read the given name as a title before "A. Karimov"; the person found there starts
      // earlier and is the whole name.
      const readTitle = hit && hit.s.start < line.start + read.start ? null : read.title;
      const title = readTitle ?? (pending ? titleOf(pending.text) : null);
      if (title && !person.roles.includes(title) && !hit) person.roles.push(title);
      const spans = [
        ...(pending && !readTitle ? [spanOf(text, pending.start, pending.end)] : []),
        spanOf(text, line.start, line.end),
      ];
      out.push({ name: person.name, title, personRef: person.ref, spans });
      pending = undefined;
    } else if (
      hit &&
      line.text.trim().length <= 90 &&
      !isSentence(text.slice(line.start, hit.s.start) + ' ' + text.slice(hit.s.end, line.end))
    ) {
      // A long line is a heading or a sentence that names someone ("Letter to X about the visit of Y"), not an address.
      // Text set apart by a wide gap ("President X            19 August 2013") is a date or a reference, not the title.
      const gapsBefore = [...text.slice(line.start, hit.s.start).matchAll(/\s{3,}|\t/gu)];
      const lastGap = gapsBefore.at(-1);
      const segStart = line.start + (lastGap ? lastGap.index + lastGap[0].length : 0);
      const gap = text.slice(hit.s.end, line.end).search(/\s{3,}|\t/u);
      const segEnd = gap >= 0 ? hit.s.end + gap : line.end;
      // « A Jacques Maire », "To Jane Roe": the word that sends the line is no title.
      const own = unquote(text.slice(segStart, hit.s.start) + ' ' + text.slice(hit.s.end, segEnd))
        .replace(HONORIFIC, '')
        .replace(/^(?:A|À|Au|Aux|To|К)$/u, '');
      // A name alone on its line under a title line ("Minister of Justice" / "Nigmatilla T. Yuldoshev"): that title.
      const above = !own && pending ? pending : undefined;
      out.push({
        name: hit.p.name,
        title: own || (above ? titleOf(above.text) : null),
        personRef: hit.p.ref,
        spans: [...(above ? [spanOf(text, above.start, above.end)] : []), spanOf(text, line.start, line.end)],
      });
      pending = undefined;
    } else if (
      (isAddresseeCue(line.text) || startsWithTitle(line.text)) &&
      isTitleLine(line.text) &&
      titleOf(line.text) &&
      !isHonorificOnly(line.text) &&
      (out.length === 0 || out[out.length - 1]!.title)
    ) {
      pending = line;
    } else if (out.length > 0 && isTitleLine(line.text)) {
      const last = out[out.length - 1]!;
      last.title = [last.title, unquote(line.text)].filter(Boolean).join(', ');
      last.spans.push(spanOf(text, line.start, line.end));
    }
  }
  if (out.length === 0 && salLine) {
    // "Dear President Tokayev,": the salutation names the addressee; a person with that surname gives the full name.
    const m = DEAR_NAMED.exec(salLine.text);
    const words = m ? m[2]!.split(/\s+/u) : [];
    // "Dear Mr President Tokayev,": a title before the surname is no part of the name.
    const name = words.length === 2 && TITLE_ONLY.test(words[0]!) ? words[1]! : m?.[2];
    // "Dear Mr. President,": a title after the honorific names nobody.
    if (m && name && !TITLE_ONLY.test(name)) {
      const at = salLine.start + salLine.text.indexOf(name, m.index + m[1]!.length);
      const surname = name.toLowerCase();
      // Spelt otherwise in the salutation than in the text ("Dear President Lukashenka" after "Alexander Lukaschenka"):
      // the name keys of the two surnames meet.
      const surnameKey = nameMatchKey(surname);
      const known =
        persons.find((p) => p.name.includes(' ') && p.name.toLowerCase().split(/\s+/).at(-1) === surname) ??
        persons.find((p) => p.name.includes(' ') && nameMatchKey(p.name.split(/\s+/).at(-1)!) === surnameKey) ??
        persons.find((p) => p.name.toLowerCase() === surname);
      // "President Alyaksandr Lukashenka      19 August 2013" above "Dear President Lukashenka": the full name there.
      const inBlock = known ? undefined : fullNameInBlock(block, name);
      const person =
        known ??
        (inBlock
          ? newPerson(
              persons,
              inBlock.name,
              spanOf(text, inBlock.line.start + inBlock.at, inBlock.line.start + inBlock.at + inBlock.name.length),
            )
          : newPerson(persons, name, spanOf(text, at, at + name.length)));
      const title = /^(?:mr|mrs|ms|dr)/iu.test(m[1]!) ? null : m[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      out.push({ name: person.name, title, personRef: person.ref, spans: [spanOf(text, salLine.start, salLine.end)] });
    }
  }
  if (out.length === 0) {
    // "Dear Ms. Ursula von der Leyen,", or a letter opening «Monsieur Jean Morel, Président de la République, …».
    // "An Open letter to … Robert Spano." over "Mr. Robert Spano, the Committee … is concerned": the line under the
    // heading opens the letter.
    const underHeading = all[0] && OPEN_LETTER.test(all[0].text) && all[1] && OPENING_NAMED.test(all[1].text);
    // "Mr. Shavkat Miromonovich,", « Cher Vladimir Vladimirovitch, »: a salutation that names the addressee in full.
    const opening =
      salLine && (DEAR_FULL.test(salLine.text) || SALUTATION_NAMED.test(salLine.text))
        ? salLine
        : underHeading
          ? all[1]
          : all[0];
    const m = opening
      ? (DEAR_FULL.exec(opening.text) ??
        OPENING_NAMED.exec(opening.text) ??
        (opening === salLine ? SALUTATION_NAMED.exec(opening.text) : null))
      : null;
    if (opening && m && nameWords(m[1]!)) {
      const at = opening.start + m.index + m[0].indexOf(m[1]!);
      const name = m[1]!.replace(/\s+/g, ' ');
      const known = persons.find((p) => p.spans.some((s) => s.start === at) || p.name === name);
      const person = known ?? newPerson(persons, name, spanOf(text, at, at + m[1]!.length));
      // "To the President of the Republic of Uzbekistan" alone above the salutation: the title of the one it names.
      const titleLine = opening === salLine ? block.findLast((l) => isTitleLine(l.text) && titleOf(l.text)) : undefined;
      const title = m[2] ? m[2].trim() : titleLine ? titleOf(titleLine.text) : null;
      out.push({
        name: person.name,
        title,
        personRef: person.ref,
        spans: [spanOf(text, opening.start, at + m[1]!.length)],
      });
    }
  }
  return oncePerPerson(out);
}

// What a block's line may leave before a name that is no title: "To:", "Open Letter to", « Lettre ouverte à ».
const NO_TITLE =
  /^[\s,:;]*(?:(?:an\s+)?open\s+letter\s+to|to|à|au|кому|открытое\s+письмо|lettre\s+ouverte\s+(?:à|au))?[\s,:;]*/iu;

/**
 * One addressee per person: "Open Letter to X" over "To: X, President of Y" names X once, with the title the lines
 * give (what is left of a line's cue is no title) and the spans of both.
 */
function oncePerPerson(found: readonly AddresseeProposal[]): AddresseeProposal[] {
  const out: AddresseeProposal[] = [];
  for (const a of found) {
    const title = a.title?.replace(NO_TITLE, '').trim() || null;
    const same = a.personRef ? out.find((o) => o.personRef === a.personRef) : undefined;
    if (!same) out.push({ ...a, title, spans: [...a.spans] });
    else {
      same.title ??= title;
      same.spans.push(...a.spans);
    }
  }
  return out;
}

// A line that announces a list of people held, ending with a colon.
export const PRISONERS_HEADING =
  /(?:imprisoned|detained|jailed|prisoners|emprisonn\p{L}*|détenu\p{L}*|prisonniers|заключ[её]нн\p{L}*|политзаключ\p{L}*|задержанн\p{L}*|арестованн\p{L}*)[^\n.!?]{0,60}:\s*$/iu;
const COPY_LINE = /^\s*(?:copie\s+à|copies?(?:\s+to)?|cc|копи[яи](?:\s+\p{L}+)?)\s*:/iu;
const SUBJECT_LINE = /^\s*(?:objet|subject|re|тема|по\s+поводу)\s*:/iu;

// A name of two to four capitalised words, particles allowed between them ("Ursula von der Leyen").
const FULL_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+(?:von|van|der|den|de|du|la|le|di|da|del|dos|bin))*(?:\s+\p{Lu}[\p{L}'’-]+){1,3})`;
const DEAR_FULL = new RegExp(String.raw`^\s*[Dd]ear\s+(?:Mr|Mrs|Ms|Dr|Madam|Sir)\.?\s+${FULL_NAME}\s*[,!:]?\s*$`, 'u');
// The first line opens on an honorific and a name, then perhaps the title, each followed by a comma ("Dear Mr. George
// Bush, the President of the United States of America," over the first sentence).
const OPENING_NAMED = new RegExp(
  String.raw`^\s*(?:Monsieur|Madame|Mr\.?|Mrs\.?|Ms\.?|Dear(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?|Господину|Госпоже)\s+${FULL_NAME}\s*,(?:\s*((?:the\s+)?(?:President|Président|Présidente|Prime Minister|Premier ministre|Minister|Ministre|Президент)[^,\n]{0,80}),)?`,
  'u',
);

// A salutation line that is an honorific or a greeting and a name of two or more words, ending like a salutation.
const SALUTATION_NAMED = new RegExp(
  String.raw`^\s*(?:(?:Dear|Cher|Chère|Уважаем\p{L}*|Глубокоуважаем\p{L}*)\s+(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Monsieur|Madame|господин|госпожа)\.?\s+)?|(?:Mr|Mrs|Ms|Dr|Monsieur|Madame)\.?\s+)${FULL_NAME}\s*[,!:]\s*$`,
  'u',
);

/** Whether the words read as a name: none a title word, a country or a common word. */
function nameWords(name: string): boolean {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .every((w) => !TITLE_ONLY.test(w) && !NOT_NAME.has(w.toLowerCase()) && !COUNTRY_NAMES.has(w.toLowerCase()));
}

const OPEN_LETTER = /^\s*(?:an\s+)?(?:open\s+letter|открытое\s+письмо|lettre\s+ouverte)(?![\p{L}])/iu;
// "Dear Prime Minister Hun Sen,": a name of two short words is read whole.
const DEAR_NAMED =
  /^\s*dear\s+(president|prime minister|minister|chancellor|mr\.?|mrs\.?|ms\.?|dr\.?)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[,!:]?\s*$/iu;

/** The given names and the surname in an address block line that ends its name with the salutation's surname. */
function fullNameInBlock(
  block: readonly Line[],
  surname: string,
): { line: Line; at: number; name: string } | undefined {
  const re = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2})${surname}(?![\p{L}])`, 'u');
  for (const line of block) {
    const m = re.exec(line.text);
    if (!m) continue;
    const given = m[1]!
      .trim()
      .split(/\s+/)
      .filter((w) => !TITLE_ONLY.test(w));
    if (!given.length) continue;
    const name = `${given.join(' ')} ${surname}`;
    return { line, at: line.text.indexOf(name), name };
  }
  return undefined;
}
const TITLE_ONLY = /^(?:president|prime|minister|mr|mrs|ms|dr|his|her|excellency|président|monsieur|madame)$/iu;

// Words a title or a name line may hold besides capitals: a line with others is a sentence ("X calls on … to release Y").
const TITLE_FILLER = new Set([
  'of',
  'the',
  'and',
  'for',
  'to',
  'de',
  'la',
  'le',
  'du',
  'des',
  'et',
  'à',
  'au',
  'по',
  'и',
  'при',
  'st',
  'str',
  'ul',
]);

/** Whether the words around a name make a sentence rather than a title: two lower-case words that are not linking words. */
function isSentence(rest: string): boolean {
  const lower = (rest.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).filter((w) => !TITLE_FILLER.has(w));
  return lower.length >= 2;
}

// A town, a comma and a date, or a date alone: where and when the letter was written.
const PLACE_AND_DATE =
  /^\s*(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}(?:\s*(?:г\.|года))?|\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4})\s*$/u;

/** A line that only says where and when the letter was written ("Warsaw, 12.02.2007", «Алматы, 5 мая 2020 г.»). */
export function isPlaceAndDate(line: string): boolean {
  return PLACE_AND_DATE.test(line);
}

/** A line that is a title, an honorific and a name, and nothing after ("General Prosecutor Mr. Rashitjon Kodirov"). */
export function isTitledNameLine(line: string): boolean {
  const read = readAddresseeLine(line);
  if (!read?.title || !isTitleLine(read.title)) return false;
  return /^[\s,.;]*$/u.test(line.slice(read.end)) && /^\p{Lu}/u.test(read.title);
}

/** A heading line above the addressees: all in capitals ("OPEN LETTER", «ОТКРЫТОЕ ПИСЬМО»). */
function isHeading(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toUpperCase() && line.trim().length < 80;
}

/** Adds a person found only as an addressee or a signatory, with the span of the name. */
function newPerson(persons: PersonProposal[], name: string, span: Span): PersonProposal {
  const p: PersonProposal = { ref: `person-${persons.length + 1}`, name, roles: [], roleKinds: [], spans: [span] };
  persons.push(p);
  return p;
}

// A collective noun that opens a list of signers: "MEPs A (Country, Group), B (Country, Group) and C", «Депутаты
// Европарламента A (EPP, Чехия), B … и C осудили …» (the verb after the list), "several MEPs – among them: Chair of
// the Committee Mr A (Italy, S&D), …". A singular one ("MEP A (Portugal; S&D)") opens a list of one.
const LIST_CUE =
  /(?<![\p{L}])(?:(MEPs|MPs|senators|deputies|parliamentarians|Members of (?:the )?European Parliament|Members of Parliament|депутаты(?: Европарламента| Европейского парламента)?|евродепутаты|eurodéputés|députés(?: européens)?|sénateurs)|signed by|signatories:?|подписали|(MEP|MP|Senator|депутат Европарламента|евродепутат|eurodéputée?|sénat(?:eur|rice)))[ \t]+(?:[–—-][ \t]*)?(?:(?:among them(?: being)?|including|namely|в том числе|среди них|à savoir|dont)[ \t]*:?[ \t]*)?/giu;
// One signer: a title and an honorific (left out), the name (in capitals or not), and what the brackets say of them.
const LIST_ITEM =
  /(?:\p{Lu}[\p{L} -]{2,50}?[ \u00a0](?=(?:Mr|Mrs|Ms|Dr|Prof)\.?\s))?(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|г-н|г-жа)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){1,3})(?:\s*\(([^()\n]{1,80})\))?/uy;
const LIST_SEP = /(?:\s*[,;]\s*(?:and\s+|и\s+|et\s+)?|\s+and\s+|\s+и\s+|\s+et\s+)/uy;
// The paragraph of a list of signers speaks of a letter or of signing; parliamentarians named elsewhere do not sign.
const LETTER_TALK =
  /(?:sign|letter|appeal|petition|declaration|statement|wr[io]te|writing|written|подпис|письм|обращени|обратил|написал|заявлени|петици|signé|signat|lettre|appel|pétition|déclaration|écrit)/iu;
// A bracket that places a parliamentarian: a country or a political group ("Italy, S&D", «EPP, Чехия», "Lithuania; Renew").
const PLACED = /^[^()]{2,80}[,;][^()]{2,80}$/u;

/** Signers named in a list inside a sentence ("MEPs A (Lithuania, Renew), B and C"); a list is two names or more. */
export function findListedSignatories(text: string, persons: PersonProposal[]): SignatoryProposal[] {
  const out: SignatoryProposal[] = [];
  for (const cue of text.matchAll(LIST_CUE)) {
    const lineStart = text.lastIndexOf('\n', cue.index) + 1;
    const lineEnd = text.indexOf('\n', cue.index) === -1 ? text.length : text.indexOf('\n', cue.index);
    if (!LETTER_TALK.test(text.slice(lineStart, lineEnd))) continue;
    // "Signatories:" heading a list is read by the headed-list rule, which knows its "Name, Country, Group ;" items.
    if (cue[1] === undefined && cue[2] === undefined && /^\p{Lu}/u.test(cue[0])) continue;
    const items: RegExpExecArray[] = [];
    let at = cue.index + cue[0].length;
    for (;;) {
      LIST_ITEM.lastIndex = at;
      const m = LIST_ITEM.exec(text);
      if (!m) break;
      items.push(m);
      LIST_SEP.lastIndex = m.index + m[0].length;
      const sep = LIST_SEP.exec(text);
      if (!sep) break;
      at = sep.index + sep[0].length;
    }
    // A list of one only after a singular noun ("MEP A (Portugal; S&D)"), with the bracket that places them.
    const single = cue[2] !== undefined && items.length === 1 && PLACED.test(items[0]![2] ?? '');
    if (items.length < 2 && !single) continue;
    // In a list of several, every name must be placed by a bracket or none: "MEPs A (…), B (…) and C" reads as names.
    if (cue[1] !== undefined && items.length >= 2 && !items.some((m) => m[2] && PLACED.test(m[2]))) continue;
    for (const m of items) {
      const words = m[1]!.split(/[ \u00a0]/u);
      if (words.some((w) => NOT_NAME.has(w.toLowerCase()) || COUNTRY_NAMES.has(w.toLowerCase()))) continue;
      const nameStart = m.index + m[0].indexOf(m[1]!);
      const nameSpan = spanOf(text, nameStart, nameStart + m[1]!.length);
      const name = words.map(nameCase).join(' ');
      const person =
        persons.find((p) => p.spans.some((s) => s.start < nameSpan.end && s.end > nameSpan.start)) ??
        newPerson(persons, name, nameSpan);
      if (!person.spans.some((s) => s.start === nameSpan.start && s.end === nameSpan.end)) person.spans.push(nameSpan);
      // The brackets hold a country and a parliamentary group: kept as the title, not made a membership.
      const title = m[2] ? m[2].replace(/\s+/g, ' ').trim() : null;
      if (out.some((o) => o.personRef === person.ref)) continue;
      out.push({
        kind: 'person',
        name,
        title,
        organisation: null,
        affiliations: [],
        personRef: person.ref,
        spans: [spanOf(text, m.index, m.index + m[0].length)],
      });
    }
  }
  return out;
}

// A word that makes a line under a name a title ("Head of …", «директор …», « avocat »).
const ROLE_WORD =
  /(?<![\p{L}])(?:head|director|chair\p{L}*|member|president|coordinator|secretary|founder|editor|professor|lawyer|journalist|chevalier|laureate|spokes\p{L}+|ph\.?\s?d|директор\p{L}*|председател\p{L}*|член|руководител\p{L}*|координатор\p{L}*|президент\p{L}*|основател\p{L}*|журналист\p{L}*|адвокат\p{L}*|directeur|directrice|président\p{L}*|membre|avocat\p{L}*|journaliste)(?![\p{L}])/iu;
// A postal line: a street word, or a house number before or after the name ("Ul. X 11", "59, rue X"), or the building
// a head of state works in ("Dom Pravitelstva", «Дом правительства», "Akorda", "Government House").
const STREET_LINE =
  /(?<![\p{L}])(?:ul|ulitsa|str|st|vul|pr|prospekt|rue|avenue|ave|boulevard|blvd|street|road|ул|улица|пр|проспект|көшесі)\.?\s+\p{Lu}|^\s*\d+[a-z]?,?\s+(?:rue|avenue|ave|boulevard|street|ul|ул)\b|\p{Lu}\p{L}+\s+(?:street|avenue|road|st\.|ave\.)\s*\d*\s*$|^\s*(?:dom\s+pravitel['’]?stva|дом\s+правительства|akorda|ak\s+orda|акорда|government\s+house)\s*,?\s*$/iu;
// A line that is a name alone: two or three capitalised words (particles allowed), nothing else.
const NAME_ONLY =
  /^[ \t]*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+(?:(?:de|van|von|der|la|le|du)[ \t]+)*\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})[ \t]*$/u;

/**
 * A signature's name line the persons rules did not read ("Leyla Yunus" over "Chevalier of …"): a name alone on its
 * line, with title lines under it or a closing ("Sincerely,") above it. It becomes a person.
 */
function nameLine(
  text: string,
  persons: PersonProposal[],
  line: Line,
  below: readonly Line[],
): { p: PersonProposal; s: Span } | undefined {
  const m = NAME_ONLY.exec(line.text);
  // "Executive Director" under a name is its title, not another name.
  if (!m || !nameWords(m[1]!) || m[1]!.split(/\s+/).some((w) => ORG_WORD.test(w)) || ROLE_WORD.test(m[1]!))
    return undefined;
  const above = text.slice(0, line.start).trimEnd().split('\n').at(-1) ?? '';
  // Under a closing, the first word must be a known given name ("Sincerely, / Read More" is not a signature).
  if (!below.length && !(CLOSING.test(above) && GIVEN_NAMES.has(foldText(m[1]!.split(/\s+/)[0]!)))) return undefined;
  // The lines under it read as titles or organisations ("Head of …", "Member of the Council"), not as a sentence.
  if (below.some((l) => /[.!?]\s*$/u.test(l.text) || l.text.trim().split(/\s+/).length > 12)) return undefined;
  if (
    below.length &&
    !below.some((l) => ROLE_WORD.test(l.text) || l.text.split(/[\s,]+/).some((w) => ORG_WORD.test(w)))
  )
    return undefined;
  const at = line.start + m.index + m[0].indexOf(m[1]!);
  const span = spanOf(text, at, at + m[1]!.length);
  return { p: newPerson(persons, m[1]!, span), s: span };
}

/**
 * A signature line of the shape "Name, organisation" or "Name Role, organisation" whose name the persons rules did not
 * read ("Lira Asylbek, Coalition for Equality"): the name before the comma is a person's, and not a role ("Managing
 * Director, Rafto Foundation" is the title under a name). It becomes a person.
 */
function namedItemLine(
  text: string,
  persons: PersonProposal[],
  line: Line,
): { p: PersonProposal; s: Span } | undefined {
  if (/[.!?:]\s*$/u.test(line.text)) return undefined;
  const item = readItem(text, line.start, line.end);
  if (!item || item.kind !== 'person' || item.title === null || ROLE_WORD.test(item.span.text)) return undefined;
  const known = persons.find((p) => p.spans.some((s) => s.start < item.span.end && s.end > item.span.start));
  return { p: known ?? newPerson(persons, item.name, item.span), s: item.span };
}

/**
 * Whether what follows a name on its line makes the line a sentence rather than a signature: a second sentence, a
 * speaker's words after a colon («Карэн Агамиров: В обращении …»), or a full sentence with its own verb words.
 */
function sentenceAfterName(rest: string): boolean {
  if (/[.!?]\s+\p{Lu}/u.test(rest) || /^\s*:\s*\S/u.test(rest)) return true;
  return /[.!?]\s*$/u.test(rest) && rest.trim().split(/\s+/).length >= 6 && isSentence(rest);
}

/** Signatures at the end: consecutive lines from the bottom that start with a person's name, or continue one. */
export function findSignatories(text: string, persons: PersonProposal[], retry = true): SignatoryProposal[] {
  // Copies listed under the signature after a wide gap ("Prosecutor General X / Embassy of …"): read above them.
  if (retry) {
    const found = findSignatories(text, persons, false);
    const gap = /\n[ \t]*\n[ \t]*\n(?=[^\n]*\S[\s\S]*$)/gu;
    const last = [...text.matchAll(gap)].at(-1);
    if (found.length || !last || text.length - last.index > 400) return found;
    return findSignatories(text.slice(0, last.index), persons, false);
  }
  const all = lines(text).filter((l) => l.text.trim() !== '');
  const groups: { who: { p: PersonProposal; s: Span }; lines: Line[] }[] = [];
  let pending: Line[] = [];
  let orphans = 0;
  for (let i = all.length - 1; i >= 0; i--) {
    const line = all[i]!;
    if (CLOSING.test(line.text)) continue;
    // « Noms des journalistes emprisonnés : » over a list: the names under it are the prisoners, not signatures.
    if (PRISONERS_HEADING.test(line.text)) {
      groups.length = 0;
      pending = [];
      orphans = 0;
      continue;
    }
    // Lines set apart by a blank line are not the title of the name above them: a signature's lines are adjacent.
    // Such a line between two signatures ("Apoorvanand, PEN Delhi") is passed over; more than two end the reading.
    if (groups.length && pending.length && /\n[ \t]*\n/u.test(text.slice(line.end, pending[0]!.start))) {
      orphans += pending.length;
      pending = [];
      if (orphans > 2) break;
    }
    // A signature is a short line, not a paragraph that happens to start with a name.
    const found =
      line.text.trim().length <= 160
        ? (personAt(persons, line) ?? nameLine(text, persons, line, pending) ?? namedItemLine(text, persons, line))
        : undefined;
    const who = found && !sentenceAfterName(text.slice(found.s.end, line.end)) ? found : undefined;
    if (who) {
      groups.unshift({ who, lines: [line, ...pending] });
      pending = [];
    } else if (line.text.length <= 160 && pending.length < 3 && !/[.!?]\s*$/.test(line.text)) {
      pending.unshift(line);
    } else break;
  }
  return groups.map(({ who, lines: ls }) => {
    // A line that starts in lower case continues the one above ("…for Solidarity / with political prisoners").
    const rest = [text.slice(who.s.end, ls[0]!.end), ...ls.slice(1).map((l) => l.text)]
      .join('\n')
      .replace(/\n(?=\s*\p{Ll})/gu, ' ');
    const parts = rest
      .split(/[,\n]|[”"»](?=\s*\p{Lu})/u)
      .map(unquote)
      .filter(Boolean);
    // "Director, Centre for Civil Liberties": a role word alone is the role in the organisation named next.
    const affiliations: SignatoryProposal['affiliations'] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const t = TITLED.exec(part);
      const capital = (w: string) => unquote(w.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
      if (BARE_ROLE.test(part)) {
        // «председатель правления» alone is a title; followed by a name it is the role there.
        const org = i + 1 < parts.length ? organisationName(parts[i + 1]!) : null;
        affiliations.push({
          title: org ? `${part}, ${parts[i + 1]}` : part,
          role: capital(part.replace(/^the\s+/iu, '')),
          organisation: org,
        });
        if (org) i++;
      } else if (t) {
        // «председатель правления «X»»: the inner body belongs to the role, X is the organisation.
        const inner = INNER_BODY.exec(t[2]!)?.[0].trim();
        affiliations.push({
          title: part,
          role: capital(inner ? `${t[1]} ${inner}` : t[1]!),
          organisation: organisationName(t[2]!),
        });
      } else if (organisationName(part))
        affiliations.push({ title: null, role: null, organisation: organisationName(part) });
      else affiliations.push({ title: part, role: null, organisation: null });
    }
    const titled = affiliations.find((a) => a.title);
    return {
      name: who.p.name,
      title: titled?.title ?? null,
      organisation: affiliations.find((a) => !a.title)?.organisation ?? titled?.organisation ?? null,
      affiliations,
      personRef: who.p.ref,
      spans: ls.map((l, i) => spanOf(text, i === 0 ? who.s.start : l.start, l.end)),
    };
  });
}

const ADDRESSED = /(?:your|votre|vos|ваш\p{L}*|вашего)\s+(?:\p{L}+\s+){0,2}$/iu;
const UPCOMING =
  /(?:scheduled|upcoming|forthcoming|planned|will\s+take\s+place|предстоящ\p{L}*|запланирован\p{L}*|prochaine?|prévue?)/iu;

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
