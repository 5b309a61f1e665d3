// One line of a letter's addressee block read on its own, for the names the persons rules cannot vouch for:
// "To: H.E. Kassym-Jomart Tokayev", "President of the Parliament, Mr. Antonio Tajani", «Президенту … Токаеву К.-Ж.».
import { NOT_NAME, SURNAME_ENDING } from './gazetteer.ts';

/** A name found in an addressee line: where it stands in the line, the name as it should be recorded, and the title. */
export interface AddresseeLine {
  /** Offset of the name in the line, and its end. */
  start: number;
  end: number;
  name: string;
  title: string | null;
}

// Honorifics that announce a name and are not part of it.
const HONORIFIC =
  /(?<![\p{L}])(?:H\.\s?E\.|S\.\s?E\.|His Excellency|Her Excellency|Son Excellence|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|M\.|Mme|Monsieur|Madame|г-ну|г-же|господину|госпоже)\s+/gu;
const WORD = /\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/uy;
// Initials: "Н.", "К.-Ж.", "K. Zh."
const INITIALS = String.raw`\p{Lu}\p{Ll}?\.(?:\s?-?\s?\p{Lu}\p{Ll}?\.)?`;
const INITIALS_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(${INITIALS})\s?(\p{Lu}\p{Ll}[\p{L}]*(?:-\p{Lu}\p{Ll}+)?)`,
  'u',
);
// «ЛАСТАЕВУ А.Е.»: an address block may write the surname in capitals.
const SURNAME_FIRST = new RegExp(
  String.raw`(?<![\p{L}.])(\p{Lu}\p{Ll}[\p{L}]*(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{3,}(?:-\p{Lu}{2,})?)\s+(${INITIALS})`,
  'u',
);
// A word after which the capitals are a street, not more of the name.
const STREET = /^\s*(?:st\.?|str\.?|street|ave\.?|avenue|road|ул\.|улица|пр\.|проспект)(?![\p{L}])/iu;
const LEAD = /^(?:\s*(?:to:?|the|à|a)(?![\p{L}])\s*)+/iu;

/** A Russian surname in the dative, as addressee blocks write it («Токаеву», «Сағынтаеву»), back in the nominative. */
export function nominativeSurname(word: string): string {
  if (!/[а-яёәғқңөұүһі]/iu.test(word)) return word;
  const cased = (s: string) => (word === word.toUpperCase() ? s.toUpperCase() : s);
  const low = word.toLowerCase();
  const rules: [RegExp, string][] = [
    [/(ов|ев|ёв|ин|ын)у$/u, '$1'],
    [/(ск|цк)ому$/u, '$1ий'],
    [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'],
    [/(ск|цк)ой$/u, '$1ая'],
  ];
  for (const [re, to] of rules)
    if (re.test(low)) return cased(low.replace(re, to)).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return word;
}

const clean = (s: string) =>
  s
    .replace(/[‘’“”«»"„]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:–-]+|[\s,.;:–-]+$/g, '');

/** A title line as it should be recorded: without "To", "the" and quotes (empty for a bare "To:"). */
export function titleOf(line: string): string {
  return clean(line.replace(LEAD, ''));
}

/** Is the line only an honorific ("His Excellency", «Son Excellence», "H.E."), which is no title of the name under it? */
export function isHonorificOnly(line: string): boolean {
  return clean(`${line.trim()} `.replace(HONORIFIC, ' ').replace(LEAD, '')) === '';
}

/** The title written before the name on the same line ("President of the European Parliament"), without "To" or "the". */
function titleBefore(line: string, at: number): string | null {
  const t = clean(line.slice(0, at).replace(HONORIFIC, ' ').replace(LEAD, ''));
  return t || null;
}

/** « M. Deniz BAYKAL, ancien président du parti … »: the title after the name's comma, to the end of the line. */
function titleAfter(line: string, at: number): string | null {
  const m = /^\s*,\s*([^\n]{3,160}?)[\s,;.]*$/u.exec(line.slice(at));
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}

/** Reads a name from an addressee line: after an honorific, or as initials with a surname; null when there is none. */
export function readAddresseeLine(line: string): AddresseeLine | null {
  for (const h of line.matchAll(HONORIFIC)) {
    const after = h.index + h[0].length;
    const initials = readInitials(line.slice(after));
    // «г-ну Асанову Б.Н.»: initials right after the honorific make the name.
    if (initials && initials.start === 0)
      return { ...initials, start: after, end: after + initials.end, title: titleBefore(line, h.index) };
    const words: { start: number; end: number; raw: string }[] = [];
    let at = h.index + h[0].length;
    while (words.length < 4) {
      WORD.lastIndex = at;
      const w = WORD.exec(line);
      if (!w) break;
      words.push({ start: w.index, end: w.index + w[0].length, raw: w[0] });
      at = w.index + w[0].length;
      if (line[at] !== ' ') break;
      at++;
    }
    // A surname ending closes the name ("Kassym-Jomart Tokayev Mangilik Yel st."); else a street name is cut off.
    const last = words.map((w) => SURNAME_ENDING.test(w.raw.toLowerCase())).lastIndexOf(true);
    let n = last >= 1 ? last + 1 : Math.min(words.length, 3);
    while (n > 2 && STREET.test(line.slice(words[n - 1]!.end))) n -= 2;
    if (n < 2) continue;
    const name = words.slice(0, n);
    return {
      start: name[0]!.start,
      end: name[n - 1]!.end,
      name: name.map((w) => w.raw).join(' '),
      title: titleBefore(line, h.index) ?? titleAfter(line, name[n - 1]!.end),
    };
  }
  const initials = readInitials(line);
  return initials ? { ...initials, title: titleBefore(line, initials.start) } : null;
}

/** A word written in capitals, in the case of a name («АСЫЛОВУ» → «Асылову»); other words as they are. */
function titleCase(word: string): string {
  return /\p{Ll}/u.test(word) ? word : word.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** A name written with initials: «Н.Назарбаеву», «Токаеву К.-Ж.», the surname put back in the nominative. */
function readInitials(line: string): Omit<AddresseeLine, 'title'> | null {
  const a = INITIALS_FIRST.exec(line);
  const b = SURNAME_FIRST.exec(line);
  // «Казахстан Н.Назарбаеву»: a capitalised word before the initials is not a surname when initials lead a name.
  // "U.S. Department of State": a body after the country's initials is no surname.
  if (a && (!b || b.index + b[0].length > a.index) && !NOT_NAME.has(a[2]!.toLowerCase())) {
    return {
      start: a.index,
      end: a.index + a[0].length,
      name: `${a[1]!.replace(/\s+/g, '')} ${nominativeSurname(a[2]!)}`,
    };
  }
  if (b)
    return {
      start: b.index,
      end: b.index + b[0].length,
      name: `${nominativeSurname(titleCase(b[1]!))} ${b[2]!.replace(/\s+/g, '')}`,
    };
  return null;
}

// Words that open an addressee line when a letter has no salutation ("Президенту Республики …", "To the Minister …").
const CUE =
  /^\s*(?:to\b|h\.\s?e\.|his excellency|her excellency|son excellence|s\.\s?e\.|mr\.?\s|mrs\.?\s|ms\.?\s|m\.\s|mme\s|президенту|премьер-министру|председателю|министру|генеральному|главе|послу|верховному|г-ну|господину|госпоже)/iu;

/** Does the line open like an addressee line? */
export function isAddresseeCue(line: string): boolean {
  return CUE.test(line);
}

// A line of the block that only continues a title: a title word first, or nothing but capitals and linking words.
const TITLE_WORD =
  /^\s*(?:the\s+)?(?:president|président|prime|minister|ministre|chair|secretary|high|head|speaker|king|queen|ambassador|commissioner|director|президент|премьер|председател|министр|глав|генеральн|посл)/iu;
// A line naming a building or a street is the postal address, even without a number ("Presidential Palace").
const POSTAL =
  /(?<![\p{L}])(?:palace|street|avenue|road|square|boulevard|building|government house|white house|office of the|administration of the|palais|rue|place|дворец|улица|проспект|площадь|дом правительства|администрация|акорда)(?![\p{L}])|^\s*(?:the\s+)?republic\s+of\s+\p{Lu}\p{L}+\s*$/iu;
const LINKING = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'du', 'des', 'et', 'по', 'и']);

/** Does the line start with a title word ("President of Kyrgyzstan" above "His Excellency X")? */
export function startsWithTitle(line: string): boolean {
  return TITLE_WORD.test(line);
}

/** A heading that names the letter itself ("OPEN LETTER", « Lettre ouverte à X », «ОТКРЫТОЕ ОБРАЩЕНИЕ»): the address
 * block has ended, and the line under it may name who wrote. */
export const LETTER_HEADING =
  /^[ \t]*(?:(?:an?[ \t]+)?open[ \t]+letter|joint[ \t]+(?:letter|statement|appeal)|appeal|statement|lettre[ \t]+ouverte|appel|déclaration|(?:открыт\p{L}+[ \t]+)?(?:обращение|письмо)|заявление)(?:[ \t]+(?:to|à|au|aux|к)[ \t]+[^\n]{1,80})?[ \t]*[.:!]?[ \t]*$/iu;

/** Is a line without a name a title continuing the addressee above (not a street, a date or a heading sentence)? */
export function isTitleLine(line: string): boolean {
  if (/\d|@|\[email/u.test(line) || line.trim().length > 120 || POSTAL.test(line) || LETTER_HEADING.test(line))
    return false;
  if (TITLE_WORD.test(line)) return true;
  const words = line.match(/[\p{L}'’-]+/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || LINKING.has(w.toLowerCase()));
}
