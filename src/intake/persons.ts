// People named in a document: runs of capitalised words that a given name, a surname ending or the register vouches for,
// every later mention of the same surname, and the roles written next to a full mention.
import type { PERSON_ROLES } from '../domain/vocabulary.ts';
import {
  COUNTRY_NAMES,
  GIVEN_NAMES,
  LEADER_SURNAMES,
  LOCALITIES,
  CITIES_OF_WORDS,
  NOT_NAME,
  REGION_NAMES,
  ROLE_WORDS,
  SURNAME_ENDING,
} from './gazetteer.ts';
import { foldText } from '../text/fold.ts';
import { worldGivenNames } from './world-given-names.ts';
import { looseNear } from '../text/transliterate.ts';
import { COUNT_WORDS, countOf } from './act-references.ts';
import { APPOSITION_SEMICOLON } from './act-lists.ts';
import { nameMatchKey } from './match-key.ts';
import { ORG_WORD } from './signature-lists.ts';
import { ruStem, sentenceAt, type Token } from './tokens.ts';
import { spanOf, type PersonProposal, type Span } from './types.ts';

/** Names the register already holds, as token keys, to recognise people the word lists do not know. */
export interface KnownNames {
  persons: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /** Whether the words read as a person's name (the Russian analyser's given name, surname, patronymic in agreement). */
  readsAsName?: (words: readonly string[]) => boolean;
}

const GIVEN_STEMS = new Set([...GIVEN_NAMES].map(ruStem));
const MONTHS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|avril|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;

function isGiven(key: string, known: KnownNames): boolean {
  return GIVEN_NAMES.has(key) || known.givenNames.has(key) || GIVEN_STEMS.has(ruStem(key));
}

// Vietnamese family names, which come first ("Nguyen Thi Minh Thuy", "Le Quoc Quan", "Vu Quoc Ngu"), without diacritics
// as English and French news write them (the folded key drops them anyway).
const VIETNAMESE_FAMILY = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly cu ta dinh mai trinh truong lam doan luong thai cao ha quach la trieu chu tong kieu'.split(
    ' ',
  ),
);
// The common middle names, second in a Vietnamese name ("Nguyen Thi …", "Le Quoc …").
const VIETNAMESE_MIDDLE = new Set(
  'thi van huu duc minh quoc tan huy phong thanh ngoc hoang xuan kim anh dinh cong trung quang tien hong thu bao gia dang'.split(
    ' ',
  ),
);
/** A Vietnamese name: a family name, a common middle name and one or two short syllables, in plain Latin letters. */
function vietnameseName(words: readonly Token[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    VIETNAMESE_FAMILY.has(words[0]!.key) &&
    VIETNAMESE_MIDDLE.has(words[1]!.key) &&
    words.every((w) => /^[A-Z][a-z]{1,5}$/u.test(w.raw))
  );
}

// Syllables of Burmese names, which have no family name ("Kaung Set Lin", "Ko Ko Naing", "Mya Kyu Kyu Thin").
const BURMESE = new Set(
  `aung kyaw min moe zaw tun htun thein win myint naing hlaing soe oo khin thant thu hein khant lin nyi nay ye zin san
  maung ko ma daw mya kyi thin yin su thet htet phyo wai wint yadanar yatanar ei hnin thida nwe lwin htay sein shwe pyae
  sone arkar si bo kaung set mhu khat moh myo than tin zaw zar nyein chan hsu lay pyi htoo wunna sithu myat noe hla ngwe
  saw tint thaung htike lynn kyu`
    .split(/\s+/u)
    .filter(Boolean),
);
/** A Burmese name: two to six short syllables, all but one of them common in Burmese names. */
function burmeseName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^[A-Z][a-z]{1,7}$/u.test(w.raw))) return false;
  const known = words.filter((w) => BURMESE.has(w.key)).length;
  return known >= 2 && known >= words.length - 1;
}

/**
 * « Mohamed GHOUALMI », « Monsieur Jacques CHIRAC »: the last word of a name of two or three, in capitals, after a given
 * name written in small letters; the surname, which the name carries in ordinary case ("Mohamed Ghoualmi").
 */
const capitalSurname = (words: readonly Token[], i: number) =>
  i > 0 &&
  i === words.length - 1 &&
  words.length <= 3 &&
  /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(words[i]!.raw) &&
  words.slice(0, i).every((w) => /^\p{Lu}\p{Ll}/u.test(w.raw)) &&
  (GIVEN_NAMES.has(words[0]!.key) || worldGivenNames().has(words[0]!.key));

/** "Ms Hathloul" after "Loujain al-Hathloul": an Arabic surname is written with its article or without. */
const withoutArticle = (key: string) => key.replace(/^(?:al|el|ad|ar|as|ash|at|az)[- ](?=\p{L}{3})/u, '');

// An initial opening a name: a Latin capital, but not « M. », French for Monsieur (« M. Aliev »).
const LEADING_INITIAL = /^[A-LN-Z]$/u;

/** "A. Vokhidov": a name of a Latin initial with its full stop and a surname. */
const leadingInitial = (text: string, words: readonly Token[]) =>
  words.length === 2 &&
  LEADING_INITIAL.test(words[0]!.raw) &&
  text[words[0]!.end] === '.' &&
  /^\p{Lu}\p{Ll}{2,}/u.test(words[1]!.raw);

/** Whether word i of a name is a middle initial ("Islam A. Karimov"): one capital with its full stop, not first or last. */
function middleInitial(text: string, words: readonly Token[], i: number): boolean {
  const w = words[i]!;
  return i > 0 && i < words.length - 1 && /^\p{Lu}$/u.test(w.raw) && text[w.end] === '.';
}

// «Журналист-расследователь», "journalist-blogger": a compound whose first part says what one does.
const ROLE_FIRST_PARTS = new Set(ROLE_WORDS.map(([w]) => foldText(w)).filter((w) => !/\s/u.test(w)));

function notAName(t: Token): boolean {
  const first = t.key.split(/[\s-]/u)[0]!;
  return (
    NOT_NAME.has(t.key) ||
    (t.raw.includes('-') && (ROLE_FIRST_PARTS.has(first) || (first.length >= 4 && NOT_NAME.has(first)))) ||
    /^\p{L}['’]/u.test(t.raw) ||
    COUNTRY_NAMES.has(t.key) ||
    LOCALITIES.has(t.key) ||
    MONTHS.test(t.key) ||
    /\d/.test(t.raw) ||
    t.raw.length < 2 ||
    // «США», «РФ», «ООН», «МВД»: a Cyrillic abbreviation in capitals is a country or a body.
    (/^[\p{Script=Cyrillic}]{2,4}$/u.test(t.raw) && t.raw === t.raw.toUpperCase())
  );
}

/** "Central Asia", «Центральной Азии»: a region named in two or three words (Russian words by their stems). */
function isRegion(words: readonly Token[]): boolean {
  return REGION_NAMES.has(words.map((w) => ruStem(w.key)).join(' '));
}

/** Runs of two to four capitalised words separated by single spaces. */
/** The script a word is written in, for names that must not change it halfway. */
const script = (x: Token) => (/^\p{Script=Cyrillic}/u.test(x.raw) ? 'c' : /^\p{Script=Latin}/u.test(x.raw) ? 'l' : '');

/**
 * "Salman bin Abdulaziz Al Saud", "Hamad bin Issa Al Khalifa", "Khaled Bin Ahmad Al Khalifa": an Arabic name with the
 * father's name after "bin" (or "ibn", "bint") inside it, longer than other names may be.
 */
function nasabName(words: readonly Token[]): boolean {
  return words.some((w, i) => i > 0 && i < words.length - 1 && /^(?:bin|ibn|bint)$/u.test(w.key));
}

function capitalRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    // A run too long to be one name is read without its particles, as runs of capitalised words.
    const parts =
      run.length > (nasabName(run) ? 7 : 5)
        ? run.reduce<Token[][]>((acc, t) => (t.capital ? (acc.at(-1)!.push(t), acc) : [...acc, []]), [[]])
        : [run];
    for (const part of parts) if (part.length >= 2) runs.push(part);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    // "Islam A. Karimov", "John F. Kennedy": a middle initial after a given name runs on into the surname.
    const joined =
      prev &&
      (/^[ \u00a0]?$/.test(text.slice(prev.end, t.start)) ||
        (run.length >= 2 &&
          /^\p{Script=Latin}$/u.test(prev.raw) &&
          /^\p{Script=Latin}/u.test(run[run.length - 2]!.raw) &&
          /^\.[ \u00a0]$/.test(text.slice(prev.end, t.start))) ||
        // "journalists A. Vokhidov and S. Dostiev": an initial standing alone (not the end of "U.S.") before a surname.
        (run.length === 1 &&
          LEADING_INITIAL.test(prev.raw) &&
          /^\.[ \u00a0]$/.test(text.slice(prev.end, t.start)) &&
          !/[.\p{L}]$/u.test(text.slice(Math.max(0, prev.start - 1), prev.start)) &&
          /^\p{Lu}\p{Ll}{2,}/u.test(t.raw)));
    // "Abdel Fattah al Sissi", "Ursula von der Leyen": a particle between capitalised words of one name.
    const next = tokens[i + 1];
    const particle =
      !t.capital &&
      prev &&
      joined &&
      (NAME_PARTICLE.test(t.raw) ||
        // « Dominique de Villepin », "Luiz Inácio da Silva": a Romance particle right after a known given name.
        (ROMANCE_PARTICLE.test(t.raw) && (GIVEN_NAMES.has(prev.key) || worldGivenNames().has(prev.key)))) &&
      (next?.capital === true || (next !== undefined && NAME_PARTICLE.test(next.raw))) &&
      /^[ \u00a0]$/u.test(text.slice(t.end, next.start));
    // «Махабат Тажибек кызы», «Максат Таджибек уулу», "Gulnara Bakir qizi": the lower-case word that makes a
    // father's name a patronymic ends the name.
    if (!t.capital && prev && joined && run.length >= 2 && PATRONYMIC_WORD.test(t.raw)) {
      run.push(t);
      flush();
      continue;
    }
    if (!t.capital && !particle) {
      flush();
      continue;
    }
    // "Pussy Riot Надежда Т.": a name does not change script halfway.
    if (prev && (!joined || (script(prev) && script(t) && script(prev) !== script(t)))) flush();
    run.push(t);
  }
  flush();
  return runs;
}

const TITLE_WORD =
  /^(?:King|Queen|Emir|Amir|Sultan|Prince|Princess|Crown|Sheikh|Sheikha|Shaikh|Shaikha|Lieutenant|Colonel|General|Major|Roi|Reine|Émir|Cheikh)$/u;
const PATRONYMIC_WORD = /^(?:кызы|уулу|улы|ұлы|қызы|кизи|угли|ogly|oglu|uulu|kyzy|qizi|ugli|uly|qyzy)$/u;
// «Виола фон Крамон-Таубадель», «Урсула фон дер Ляйен»: the particles in Cyrillic too.
const NAME_PARTICLE = /^(?:al|el|bin|ibn|bint|von|van|der|den|ter|фон|ван|дер|ибн|бин|аль|эль)$/u;
const ROMANCE_PARTICLE = /^(?:de|du|da|das|do|dos|di|del|della)$/u;
/** Whether word i of a name is a Romance particle inside it (« Dominique de Villepin »), which the run let in. */
const romanceParticle = (words: readonly Token[], i: number) =>
  i > 0 && i < words.length - 1 && !words[i]!.capital && ROMANCE_PARTICLE.test(words[i]!.raw);

// An honorific right before a name vouches for it: "Mr Tokmadi", «г-н Абаев», "Mme Dupont".
const HONORIFIC_BEFORE =
  /(?:^|[\s(«"“])(?:Mr|Mrs|Ms|Messrs|Dr|Mme|M|Lord|Sir|Honorable|Honourable|Hon|г-н|г-жа|господин|госпожа)\.?\s$/u;
// "the torture of Robson C.", "the release of …", « la libération de … »: the person an act or a demand is told of.
const ACT_OF_BEFORE =
  /(?<![\p{L}])(?:release|arrest|detention|imprisonment|torture|sentencing|conviction|killing|murder|abduction|disappearance|persecution|libération|arrestation|détention|condamnation|torture|assassinat|enlèvement|disparition)\s+(?:of|de|d['’])\s*$/iu;
const COMMON_TITLE_WORD = /^(?:all|every|political|prisoners?|journalists?|activists?|our|their|those|these)$/u;
// A Russian patronymic, in Cyrillic or in a Latin spelling ("-ovich", "-evitch", "-ovna").
const PATRONYMIC = /^\p{L}{2,}(?:ovi?tch|evi?tch|ovich|evich|ovna|evna|ович|евич|овна|евна|ична|инична)$/u;
// An office right before a name vouches for it: "Foreign Minister Jonas Berg", "the Minister of Foreign Affairs, Jonas
// Berg", « le ministre des Affaires étrangères, Jonas Berg », «министр иностранных дел Йонас Берг», "Senator Ann Lee",
// « l'ayatollah Sadegh Larijani ».
const OFFICE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:President|Prime\s+Minister|Minister|Ambassador|Prosecutor[-\s]General|Prosecutor|Senator|Governor|Mayor|Judge|Justice|Chancellor|Speaker|Secretary[-\s]General|Secretary|Commissioner|Ombudsman|King|Queen|Emir|Sheikh|Ayatollah|Imam|MP|MEP|Rep\.|Sen\.)(?:\s+(?:of|for)(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’-]*){1,4})?|(?:président|présidente|ministre|ambassadeur|ambassadrice|procureur|sénat(?:eur|rice)|gouverneur|maire|juge|chancelier|commissaire|roi|reine|(?:l['’]\s*)?ayatollah|cheikh|imam)(?:\s+(?:de\s+la|de\s+l['’]|de|du|des)(?![\p{L}])\s*(?:\p{L}[\p{L}'’-]*[ \t\u00a0]*){1,4}?)?|(?:президент|министр|посол|прокурор|генпрокурор|сенатор|губернатор|мэр|судья|судьи|судье|канцлер|спикер|омбудсмен|уполномоченн)\p{L}*(?:\s+\p{Ll}[\p{L}-]*){0,4})[ \t\u00a0]*,?[ \t\u00a0]*$`,
  'u',
);
// "including", a colon, or a plural trade before the names ("political activists A, B, C"): a bare comma parts names.
const LIST_INTRO =
  /(?:including|among\s+them|such\s+as|notamment|dont|parmi\s+(?:eux|elles)|в\s+том\s+числе|среди\s+них|[–—:]|(?<![\p{L}])(?:journalists|bloggers|activists|lawyers|defenders|members|opponents|prisoners|leaders|journalistes|blogueurs|militants|opposants|avocats|журналист(?:ов|ы)|активист(?:ов|ы)|блогер(?:ов|ы)|адвокат(?:ов|ы))\s)[^.;:!?–—]*$/iu;
// "A, B and C": a join with "and" (perhaps after a comma).
const AND_JOIN = /^\s*,?\s*(?:and|и|et)\s+$/u;
// " and ", " et ", « и » between a given name alone and a full name that shares its surname with it.
const AND_SHARED = /^\s+(?:and|и|et)\s+/u;
// Between two names of one list: a comma, a colon, "and", «и», « et ».
const LIST_JOIN = /^\s*(?:[,:]\s*(?:(?:and|и|et)\s+)?|(?:and|и|et)\s+)$/u;

/**
 * What vouches for capitalised words no name list knows: an honorific or a role word before them, a name the rules
 * know next to them in a list ("Mukhtar Dzhakishev and Muratkhan Tokmadi"), or their last word written alone
 * elsewhere in the text (a surname used again: "… Afghan Mukhtarli. Mukhtarli was abducted …"). Null when nothing does.
 */
function shapeVouched(
  text: string,
  tokens: readonly Token[],
  words: readonly Token[],
  named: readonly [number, number][],
  /** Names vouched for by their place only: a list with one of them must be joined by "and" (not by a bare comma, which
   * also sets off an apposition: "the paper Tribouna / Sayasi Kalam, Janbolat M."). */
  placed: readonly [number, number][] = [],
): string | null {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  // "Messrs. Maytham Bader Jassim Al-Sheikh, …", "… and Ahmad Jaffar Mohammed Ali": a name of four words only after an
  // honorific or in a list with a name.
  const before = text.slice(Math.max(0, start - 60), start);
  const joinedTo = (spans: readonly [number, number][], join: RegExp) =>
    spans.some(
      ([a, b]) => (b <= start && join.test(text.slice(b, start))) || (a >= end && join.test(text.slice(end, a))),
    );
  // "six colleagues … (Julio César G. R., José Luis G. P., …)": or in a list a count gives.
  if (
    words.length === 4 &&
    !nasabName(words) &&
    !HONORIFIC_BEFORE.test(before) &&
    !joinedTo(
      named.filter(([, b]) => b <= start),
      LIST_JOIN,
    ) &&
    !countedBefore(text, start, end) &&
    !countedPeople(text, start, end)
  )
    return null;
  // "Head of the Committee to Combat High Prices": the rest of a body's name.
  if (BODY_TO_BEFORE.test(before)) return null;
  if (
    words.length > (nasabName(words) ? 6 : 4) ||
    words.some(
      (w, i) =>
        ORG_WORD.test(w.raw) ||
        (w.raw === w.raw.toUpperCase() && !capitalSurname(words, i)) ||
        NOT_NAME.has(ruStem(w.key)) ||
        COUNTRY_STEMS.has(ruStem(w.key)),
    )
  )
    return null;
  if (HONORIFIC_BEFORE.test(before)) return 'after an honorific';
  // "Abdulloh Ghurbati, 26, another blogger", « Ali Lmrabet, 44 ans, », «Иван Петров, 35 лет,»: an age set off by commas.
  if (words.length >= 2 && words.length <= 3 && AGE_AFTER.test(text.slice(end, end + 16)))
    return 'an age after the name';
  if (countedPeople(text, start, end)) return 'one of the people a count after the list gives';
  if (countedBefore(text, start, end)) return 'one of the people a count before the list gives';
  if (BEFORE.test(before.replace(/\s+$/u, ''))) return 'after a role word';
  // "authorities arrested Seyoum T., a prominent blogger and university lecturer", « X, une journaliste »: a role with
  // an indefinite article in an apposition right after the name (", le journaliste aurait …" may open a clause).
  if (words.length >= 2 && words.length <= 3 && ROLE_AFTER.test(text.slice(end, end + 60))) return 'before a role word';
  // "Gholamali Khoshroo, the Iranian ambassador to the United Nations", « X, le ministre de … »: an office in an
  // apposition right after the name.
  if (words.length >= 2 && words.length <= 3 && OFFICE_AFTER.test(text.slice(end, end + 60))) return 'before an office';
  if (OFFICE_BEFORE.test(before)) return 'after an office';
  // "the publisher of the online news outlet Terara Network, Temerat N., were …": a name set off by commas after a role
  // in a body.
  if (
    ROLE_OF_BEFORE.test(text.slice(Math.max(0, start - 120), start)) &&
    /^\s*[,(]/u.test(text.slice(end, end + 3)) &&
    words.length >= 2
  )
    return 'after a role in a body, set off by commas';
  // Not "the release of All Jailed Journalists": a heading's words in title case.
  if (ACT_OF_BEFORE.test(before) && !words.some((w) => /(?:ed|ing|s)$/u.test(w.key) || COMMON_TITLE_WORD.test(w.key)))
    return 'the one an act is told of';
  // After "including" or a colon a bare comma does part names ("including Nouf A., Loujain al-H., …").
  const listed = LIST_INTRO.test(text.slice(Math.max(0, start - 200), start));
  if (joinedTo(named, LIST_JOIN) || joinedTo(placed, listed ? LIST_JOIN : AND_JOIN)) return 'in a list with a name';
  // "Among those arrested are: A, former President of X; B, …": the next item of a list set out with semicolons.
  if (joinedTo(named, APPOSITION_SEMICOLON)) return 'in a list with a name';
  const last = words[words.length - 1]!;
  // A word also written in lower case is a common noun in a heading ("Open Letter" … "the letter"), not a surname.
  if (tokens.some((t) => !t.capital && t.key === last.key)) return null;
  // "Avaz Zeynally", "Nemat Penahli", "Janbolat Mamaï": an Azerbaijani, Tajik or Kazakh surname ending in Latin script, on a name of
  // two or three words (the heading's lower-case test above keeps out "Annual Assembly" when the text says "assembly").
  if (
    words.length >= 2 &&
    !words.some((w) => /^(?:the|of|and|for|on)$/u.test(w.key)) &&
    (TURKIC_SURNAME.test(last.key) || KAZAKH_AI.test(last.raw))
  )
    return 'an Azerbaijani surname ending';
  // "Mr Lai" elsewhere vouches for a surname of three letters too.
  if (
    tokens.some(
      (t) =>
        (t.key === last.key || (/['’]s$/u.test(t.raw) && foldText(t.raw.slice(0, -2)) === last.key)) &&
        (t.end <= start || t.start >= end) &&
        (HONORIFIC_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))
          ? last.raw.length >= 3
          : last.raw.length >= 4 && !isRunPart(tokens, t)),
    )
  )
    return 'its surname used again alone';
  // "Jimmy Lai", "Khaled Drareni": a given name of the lists of many countries opening a name of two or three words, not
  // a word the text also writes in lower case ("Will", "Grace").
  const first = words[0]!;
  if (words.length <= 3 && worldGivenNames().has(first.key) && !tokens.some((t) => !t.capital && t.key === first.key))
    return 'a given name of the lists of many countries';
  return null;
}

/**
 * «Рахматулло» and «Рахматуллохи»: a Russian given name of five letters or more and the same with up to two letters
 * more at the end (a case ending the dictionary does not know), beside the same surname. Spellings one letter apart in
 * any script are merged after all names are read.
 */
function givenVariant(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return (
    short.length >= 5 &&
    /^\p{Script=Cyrillic}+$/u.test(long) &&
    long.length - short.length >= 1 &&
    long.length - short.length <= 2 &&
    long.startsWith(short)
  );
}

const AGE_AFTER = /^\s*,\s*(?:aged\s+)?\d{1,2}(?:\s*(?:ans|лет|года|год))?\s*,/u;

// "Stepan Poutilo et Ian Roudik, deux autres accusés", "A and B, two defendants", «А и Б, двое обвиняемых»: a list of
// capitalised names followed by a count of people that matches the number of names.
const NAME_WORDS = "(?:\\p{Lu}[\\p{L}’'-]+\\s+){1,2}\\p{Lu}[\\p{L}’'-]+";
const NAME_JOIN = '(?:\\s*,\\s*(?:(?:and|et|и)\\s+)?|\\s+(?:and|et|и)\\s+)';
const PEOPLE_COUNT = new RegExp(
  `(${NAME_WORDS}(?:${NAME_JOIN}${NAME_WORDS})+)\\s*,\\s*(two|three|four|deux|trois|quatre|двое|трое|четверо)\\s+(?:other\\s+|autres\\s+|других\\s+)?(?:co-?)?(?:accusée?s|prévenue?s|défendeurs|defendants|accused|journalist(?:e)?s|activist(?:e)?s|militante?s|opposante?s|men|women|brothers|frères|sœurs|sisters|обвиняем\\p{L}*|подсудим\\p{L}*|журналист\\p{L}*|активист\\p{L}*)(?![\\p{L}])`,
  'gu',
);

// "arrested six bloggers – A, B, C, D, E and F – and three journalists: G, H and I", « trois militants : A, B et C »:
// a count of people, their noun, a dash or a colon, then exactly that many names.
const LIST_NAME = "(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}\\p{Lu}[\\p{L}’'-]+";
// "six colleagues who had been freed … the day before (A, B, C, D, E and F)": a clause may stand before a bracketed list.
const COUNT_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2}|${COUNT_WORDS})\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:bloggers|journalists|activists|people|persons|men|women|defenders|lawyers|members|students|prisoners|detainees|dissidents|writers|blogueurs|journalistes|militant(?:e)?s|personnes|hommes|femmes|défenseurs|avocat(?:e)?s|membres|étudiant(?:e)?s|prisonniers|détenus|colleagues|collègues)(?:\\s*(?:[–—:,]|\\s-)|\\s+(?:who|qui)\\s[^.!?()]{0,100}?\\s*\\()\\s*(${LIST_NAME}(?:\\s*,\\s*(?:and\\s+|et\\s+)?${LIST_NAME}|\\s+(?:and|et)\\s+${LIST_NAME})+)`,
  'gu',
);

/** Whether the words from start to end are one of the names after a count of people that the list's length matches. */
function countedBefore(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 400);
  for (const m of text.slice(from, end + 200).matchAll(COUNT_BEFORE)) {
    const listAt = from + m.index + m[0].length - m[2]!.length;
    if (start < listAt || end > listAt + m[2]!.length) continue;
    const names = m[2]!.split(/\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+/u);
    const n = countOf(m[1]);
    if (names.length === n && names.includes(text.slice(start, end))) return true;
  }
  return false;
}

/** Whether the words from start to end are one of the names of a list that a count of people right after it matches. */
function countedPeople(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 160), end + 80);
  const offset = Math.max(0, start - 160);
  for (const m of window.matchAll(PEOPLE_COUNT)) {
    const names = m[1]!.split(new RegExp(NAME_JOIN, 'u'));
    const from = offset + m.index;
    if (names.length !== countOf(m[2]) || start < from || end > from + m[1]!.length) continue;
    if (names.some((n) => text.slice(start, end) === n)) return true;
  }
  return false;
}

// -li, -ly, -lu after a consonant that closes a stem (Zeynally, Hashimli, Garachenli, Penahli, Ibadoghlu), -zade and
// -zada, -oglu: not after b, k or t, which end English adverbs and nouns in title case ("Assembly", "Weekly", "Monthly");
// the Tajik -zoda (Nazarzoda), and the French spelling of Kazakh «-ай» after a consonant (Mamaï, Imanbaï).
const TURKIC_SURNAME = /^\p{L}{3,}(?:(?<![bkt])(?:[dhlmnrsz])(?:li|ly|lu)|zad[ae]|zoda|o[gğ]lu)$/u;
/** The French spelling of Kazakh «-ай» after a consonant, read on the word as written (the key drops the diaeresis). */
const KAZAKH_AI = /^\p{L}{3,}(?<![aeiouwy])aï$/u;

// Countries in any case («Казахстана», «России»): never part of a name the text alone vouches for.
const COUNTRY_STEMS = new Set([...COUNTRY_NAMES.keys(), 'россии', 'рф'].filter((k) => !k.includes(' ')).map(ruStem));

/** Whether a capitalised token stands next to another capitalised word (part of a longer name, not a surname alone). */
function isRunPart(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  const near = (j: number) =>
    tokens[j] !== undefined &&
    tokens[j]!.capital &&
    Math.abs(j < i ? t.start - tokens[j]!.end : tokens[j]!.start - t.end) === 1;
  return near(i - 1) || near(i + 1);
}

/** «Нур Отан», "Ak Zhol": words that fill a pair of quotes name a party, a paper or a work, not a person. */
function quotedWhole(text: string, start: number, end: number): boolean {
  if (!/[«"“„]$/u.test(text.slice(Math.max(0, start - 1), start))) return false;
  // «Белорусский Хельсинкский комитет»: a body's quoted name that opens with capitalised words and goes on in lower
  // case is not a person either.
  return /^(?:[»"”“]|\s+[а-яё-]+(?:\s+[а-яё-]+)?[»”“])/u.test(text.slice(end, end + 40));
}

/** Finds persons: full-name mentions first, then surname-only mentions of the same people. */
export function findPersons(
  text: string,
  tokens: readonly Token[],
  bounds: readonly [number, number][],
  known: KnownNames,
): PersonProposal[] {
  const people: { key: string; surname: string; proposal: PersonProposal }[] = [];
  const covered: [number, number][] = [];
  const candidates: { words: Token[]; vouched: boolean }[] = [];
  for (const run of capitalRuns(text, tokens)) {
    let words = run;
    // « Dominique de Villepin »: a given name that is also a country's name («la Dominique») before a particle.
    const givenBeforeParticle = (ws: readonly Token[]) =>
      ws.length > 2 && romanceParticle(ws, 1) && worldGivenNames().has(ws[0]!.key);
    while (
      words.length > 0 &&
      notAName(words[0]!) &&
      !vietnameseName(words) &&
      !givenBeforeParticle(words) &&
      !leadingInitial(text, words)
    )
      words = words.slice(1);
    // "King Salman bin Abdulaziz Al Saud", "Lieutenant General Rashid bin Abdullah …": a title before a name of three
    // words or more ("Stephen King" keeps its surname).
    while (words.length > 3 && TITLE_WORD.test(words[0]!.raw)) words = words.slice(1);
    // "Bloggers Nguyen Huu Vinh": a capitalised word before a Vietnamese name is not part of it.
    const viet = vietnameseName(words) ? 0 : words.findIndex((_, i) => i > 0 && vietnameseName(words.slice(i)));
    if (viet > 0) words = words.slice(viet);
    // «президента Казахстана Касым-Жомарта Токаева»: a country in the genitive before the name ends what comes before.
    const country = words.findLastIndex(
      (w) => /^[\p{Script=Cyrillic}]+[аы]$/u.test(w.key) && COUNTRY_NAMES.has(w.key.slice(0, -1)),
    );
    if (country >= 0 && country <= words.length - 3) words = words.slice(country + 1);
    // "Nguyen Tan An": the last word of a Vietnamese name may be a word that is no name elsewhere ("an").
    while (
      words.length > 0 &&
      notAName(words[words.length - 1]!) &&
      !(words.length >= 3 && vietnameseName(words) && /^\p{Lu}\p{Ll}/u.test(words.at(-1)!.raw))
    )
      words = words.slice(0, -1);
    // "Labour MPs Diane Abbot", "Green Party MP Caroline Lucas": a word that is no name inside the run ends what comes
    // before the name.
    const cut = vietnameseName(words)
      ? -1
      : words.findLastIndex(
          (w, i) =>
            i <= words.length - 3 &&
            notAName(w) &&
            !middleInitial(text, words, i) &&
            !romanceParticle(words, i) &&
            !(i === 0 && givenBeforeParticle(words)),
        );
    // "Khadija I. Credit Aziz K.": a photo credit's name is no one the text tells of.
    if (cut >= 0)
      words = /^(?:credit|credits|photo|photos|фото|source)$/u.test(words[cut]!.key) ? [] : words.slice(cut + 1);
    // "L’opposant Vladimir Kozlov", "Активистка Роза …": a capitalised word before a given name is not part of the name.
    while (
      words.length > 2 &&
      !isGiven(words[0]!.key, known) &&
      // "Jose Daniel Ferrer": a given name of the lists of many countries is part of the name.
      !worldGivenNames().has(words[0]!.key) &&
      isGiven(words[1]!.key, known)
    )
      words = words.slice(1);
    // "United Kingdom", "Czech Republic": a country named in two words is not a person.
    if (
      words.length < 2 ||
      words.length > (burmeseName(words) || nasabName(words) ? 6 : 4) ||
      // «село Строгоновка Симферопольского района», "the village of X": a place's name after a word for a place.
      (words.length === 2 &&
        /(?<![\p{L}])(?:село|селе|села|деревн\p{L}*|посел\p{L}*|посёл\p{L}*|пгт|village\s+of|town\s+of|village|commune\s+de)\s+$/iu.test(
          text.slice(Math.max(0, words[0]!.start - 20), words[0]!.start),
        )) ||
      // « du journal Milli Yol », "the newspaper Yeni Musavat": a publication's name after the word for it.
      /(?<![\p{L}])(?:journal|quotidien|hebdomadaire|newspaper|weekly|magazine|газет[аыеу]|журнал[аеу]?)\s+$/u.test(
        text.slice(Math.max(0, words[0]!.start - 16), words[0]!.start),
      ) ||
      // "Rights Centre Zmina": a body's word makes it a body's name.
      words.some((w) => ORG_WORD.test(w.raw) && !isGiven(w.key, known)) ||
      (!vietnameseName(words) &&
        !burmeseName(words) &&
        words.some(
          (w, i) =>
            notAName(w) &&
            !middleInitial(text, words, i) &&
            !(i === 0 && leadingInitial(text, words)) &&
            !romanceParticle(words, i) &&
            !(i === 0 && givenBeforeParticle(words)),
        )) ||
      COUNTRY_NAMES.has(words.map((w) => w.key).join(' ')) ||
      CITIES_OF_WORDS.has(words.map((w) => w.key).join(' ')) ||
      // "the John F. Kennedy School of Government": a place or body named after a person.
      INSTITUTION.test(words.at(-1)!.raw) ||
      isRegion(words) ||
      quotedWhole(text, words[0]!.start, words.at(-1)!.end)
    )
      continue;
    const fullKey = words.map((w) => w.key).join(' ');
    const last = words[words.length - 1]!;
    const vouched =
      isGiven(words[0]!.key, known) ||
      vietnameseName(words) ||
      burmeseName(words) ||
      known.persons.has(fullKey) ||
      // A double surname ("Aimbetova-Tokmadi") has its ending on either part.
      (last.key.split(' ').some((k) => SURNAME_ENDING.test(k)) && words.length <= 3) ||
      // "Valentin Mikhailovich Gefter", «Лев Александрович Пономарёв»: a patronymic in the middle.
      (words.length === 3 && PATRONYMIC.test(words[1]!.key)) ||
      known.readsAsName?.(words.map((w) => w.raw)) === true;
    candidates.push({ words, vouched });
  }
  // Names the lists vouch for first; then the others that their place in the text vouches for (next to those names).
  const named = candidates
    .filter((c) => c.vouched)
    .map((c) => [c.words[0]!.start, c.words.at(-1)!.end] as [number, number]);
  const why = new Map<Token[], string>();
  // A name vouched for by its place may vouch for its neighbours in a list in turn ("Nouf A., Loujain al-H., …").
  const placed: [number, number][] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const c of candidates) {
      const reason = c.vouched ? null : shapeVouched(text, tokens, c.words, named, placed);
      if (!reason) continue;
      c.vouched = true;
      changed = true;
      why.set(c.words, reason);
      placed.push([c.words[0]!.start, c.words.at(-1)!.end]);
    }
  }
  // The same words vouched for at one mention ("civil activist Dulat Agadil") are that name at every other mention.
  const vouchedKeys = new Set(
    candidates.filter((c) => c.vouched && c.words.length >= 2).map((c) => c.words.map((w) => w.key).join(' ')),
  );
  // «Наргиз Абсаламову» beside «Наргиз Абсаламова» vouched for: a Russian name in another case, its words' stems the same.
  const byStem = new WeakSet<readonly Token[]>();
  // Proposals named after such a form: the vouched form, met later, names them instead.
  const namedByStem = new WeakSet<PersonProposal>();
  const stemKey = (words: readonly Token[]) =>
    words.every((w) => /^\p{Script=Cyrillic}/u.test(w.raw)) ? words.map((w) => ruStem(w.key)).join(' ') : null;
  const vouchedStems = new Set(candidates.filter((c) => c.vouched && c.words.length >= 2).map((c) => stemKey(c.words)));
  vouchedStems.delete(null);
  for (const c of candidates)
    if (
      !c.vouched &&
      c.words.length >= 2 &&
      (vouchedKeys.has(c.words.map((w) => w.key).join(' ')) || vouchedStems.has(stemKey(c.words)))
    ) {
      c.vouched = true;
      byStem.add(c.words);
    }
  for (const { words, vouched } of candidates.sort((a, b) => a.words[0]!.start - b.words[0]!.start)) {
    if (!vouched) continue;
    // "E. Rakhmonov" where the text names "Emomali Rakhmonov": the initial stands for the given name; the rules that
    // read a surname alone give the mention to that person.
    if (
      leadingInitial(text, words) &&
      candidates.some(
        (c) =>
          c.words.length >= 2 &&
          !leadingInitial(text, c.words) &&
          c.words.at(-1)!.key === words[1]!.key &&
          c.words[0]!.raw.startsWith(words[0]!.raw),
      )
    )
      continue;
    const fullKey = words.map((w) => w.key).join(' ');
    const last = words[words.length - 1]!;
    const start = words[0]!.start;
    const end = last.end;
    const surname = ruStem(withoutArticle(last.key));
    const span = spanOf(text, start, end);
    covered.push([start, end]);
    // "Abd el-Fattah" after "Alaa Abd el-Fattah": the last words of a longer name met before are that name.
    const existing = people.find(
      (p) =>
        // "Ziad Elelaimy" after "Ziad El-Elaimy": the same words but for a hyphen.
        (p.key.replace(/[\s-]/gu, '') === fullKey.replace(/[\s-]/gu, '') && words.length >= 2) ||
        (p.surname === surname &&
          (p.key === fullKey ||
            ruStem(p.key.split(' ')[0]!) === ruStem(words[0]!.key) ||
            (words.length === 2 &&
              p.key.split(' ').length === 2 &&
              givenVariant(p.key.split(' ')[0]!, words[0]!.key)) ||
            (words.length >= 2 &&
              p.key.endsWith(` ${fullKey}`) &&
              !/^\s+(?:al|el|bin|ibn|von|van|der)\s/u.test(text.slice(end, end + 6))))),
    );
    if (existing) {
      // «LIBÉREZ CHRISTOPHE GLEIZES !» over the text's «Christophe Gleizes»: a headline's capitals are not the name.
      if (!/\p{Ll}/u.test(existing.proposal.name) && /\p{Ll}/u.test(span.text) && existing.key === fullKey)
        existing.proposal.name = span.text;
      if (namedByStem.has(existing.proposal) && !byStem.has(words)) {
        existing.proposal.name = span.text;
        existing.key = fullKey;
        namedByStem.delete(existing.proposal);
      }
      existing.proposal.spans.push(span);
      addRoles(text, bounds, existing.proposal, span);
      continue;
    }
    // What vouched for a name no list knows is kept as the start of its confidence reason.
    const proposal: PersonProposal = {
      ref: '',
      // Words a page glued together ("KarimovPresident" cut before "President") are parted by a space.
      name: words
        .map((w, i) =>
          i > 0 && words[i - 1]!.end === w.start ? ` ${w.raw}` : text.slice(i > 0 ? words[i - 1]!.end : w.start, w.end),
        )
        .join('')
        .replace(/(?<=\s)[\p{Lu}'’-]{3,}$/u, (surname) =>
          capitalSurname(words, words.length - 1)
            ? surname.toLowerCase().replace(/(?<=^|[-'’])\p{Ll}/gu, (c) => c.toUpperCase())
            : surname,
        ),
      roles: [],
      roleKinds: [],
      spans: [span],
      ...(why.has(words) ? { confidenceReason: why.get(words)! } : {}),
    };
    addRoles(text, bounds, proposal, span);
    if (byStem.has(words)) namedByStem.add(proposal);
    people.push({ key: fullKey, surname, proposal });
  }
  // "Leyla and Arif Yunus", « Leyla et Arif Yunus », «Лейлы и Арифа Юнус»: a given name alone before "and" and a full
  // name whose first word is a given name too shares that name's surname.
  // « Nawel et Sabiha Sansal, filles de l'écrivain Boualem Sansal »: a given name no list knows passes when the surname is
  // a family's, another of its members named in full elsewhere in the text.
  for (const t of tokens) {
    if (!t.capital || covered.some(([a, b]) => t.start < b && t.end > a)) continue;
    const join = AND_SHARED.exec(text.slice(t.end, t.end + 6));
    if (!join) continue;
    const after = t.end + join[0].length;
    const partner = people.find((p) => p.proposal.spans.some((s) => s.start === after));
    const words = partner?.key.split(' ') ?? [];
    if (!partner || words.length !== 2 || words[0] === t.key) continue;
    const family = () =>
      people.some((p) => p !== partner && p.key.split(' ').length === 2 && p.key.split(' ')[1] === words[1]) &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(t.raw) &&
      // Not a surname: « … Салмана Тарамова и Магомеда Т. », "Lam and Joshua Wong" after "Ivan Lam".
      !SURNAME_ENDING.test(t.key) &&
      !people.some((p) => p.key.split(' ').slice(1).includes(t.key)) &&
      !NOT_NAME.has(t.key) &&
      !COUNTRY_NAMES.has(t.key) &&
      !/[.!?:]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
      t.start > 0;
    if (!(isGiven(t.key, known) && isGiven(words[0]!, known)) && !family()) continue;
    const partnerName = partner.proposal.name.split(' ');
    const key = `${t.key} ${words[1]}`;
    const span = spanOf(text, t.start, t.end);
    // "Leyla and Arif Yunusov" before "Leyla Yunusova": the woman's form of the surname, written in full elsewhere.
    const named = people.find((p) => p.key.split(' ')[0] === t.key && p.key.split(' ')[1]?.startsWith(words[1]!));
    covered.push([t.start, t.end]);
    if (named) {
      named.proposal.spans.push(span);
      continue;
    }
    const proposal: PersonProposal = {
      ref: '',
      name: `${t.raw} ${partnerName.slice(1).join(' ')}`,
      roles: [],
      roleKinds: [],
      spans: [span],
      confidenceReason: 'a given name before "and" and a full name with the same surname',
    };
    addRoles(text, bounds, proposal, span);
    people.splice(people.indexOf(partner), 0, { key, surname: partner.surname, proposal });
  }
  // A surname alone ("Ablyazov", "President Nazarbayev") refers to the last person mentioned with that surname; a head
  // of state's surname, in a text that names nobody else by it, names the head of state ("the Aliyev regime",
  // «Назарбаева»).
  const fullSurnames = new Set(people.map((p) => p.surname));
  const variantSpellings = new Map<(typeof people)[number], string[]>();
  for (const [i, t] of tokens.entries()) {
    if (!t.capital || covered.some(([a, b]) => t.start >= a && t.end <= b)) continue;
    // "Mrs Zaghari-Ratcliffe’s": the surname without the possessive.
    const stem = ruStem(withoutArticle(/['’]s$/u.test(t.raw) ? foldText(t.raw.slice(0, -2)) : t.key));
    // «Дюгай» after «Валерия Дюгая»: a surname in «-ай», «-ей» declines like a noun, and its stem is cut one letter
    // shorter in the other cases.
    const nounStem = /^\p{Script=Cyrillic}+[аеоуыэюяАЕОУЫЭЮЯ]й$/u.test(t.raw) ? ruStem(t.key.slice(0, -1)) : null;
    const candidates = people.filter(
      (p) => (p.surname === stem || p.surname === nounStem) && p.proposal.spans[0]!.start < t.start,
    );
    // "calling on President Putin …, enjoining Russian President Vladimir Putin": before the full mention, the one
    // person of that surname the text names in full.
    const titled = TITLE_BEFORE_SURNAME.test(text.slice(Math.max(0, t.start - 30), t.start));
    const later = titled ? people.filter((p) => p.surname === stem && p.proposal.name.includes(' ')) : [];
    // « M. Bialiatski » after « M. Ales Bialiaski »: a surname after an honorific one letter off a full name's, when no
    // one else's is that close.
    const near =
      titled && !candidates.length && !later.length && stem.length >= 6
        ? people.filter((p) => p.proposal.name.includes(' ') && p.surname.length >= 6 && looseNear(p.surname, stem))
        : [];
    // « M. Rajab » after « M. Nabeel Rajab … sa femme, Mme Sumaya Rajab »: an honorific of one sex passes over the
    // people the text titles with the other's.
    const sex = (at: number) => {
      const h = /(?<![\p{L}])(M|Mr|Monsieur|Mme|Mrs|Ms|Madame|Mlle|г-н|г-жа)\.?\s+$/u.exec(
        text.slice(Math.max(0, at - 12), at),
      )?.[1];
      return h === undefined ? null : /^(?:M|Mr|Monsieur|г-н)$/u.test(h) ? 'm' : 'f';
    };
    const mentionSex = sex(t.start);
    const sexed = candidates.filter(
      (p) => !p.proposal.spans.some((sp) => sex(sp.start) !== null && sex(sp.start) !== mentionSex),
    );
    const pool = mentionSex !== null && sexed.length ? sexed : candidates;
    const person =
      pool[pool.length - 1] ??
      (later.length === 1 ? later[0] : undefined) ??
      (near.length === 1 && !fullSurnames.has(stem) ? near[0] : undefined);
    // "in Addis Ababa" after "Yidnekachewu Addis": a word that runs on into another capitalised one (not of the
    // person's name, nor an initial: «Путину В.В.») is part of that other name.
    const next = tokens[i + 1];
    if (
      person &&
      next?.capital &&
      next.raw.length >= 3 &&
      next.start - t.end === 1 &&
      /^[ \u00a0]$/u.test(text.slice(t.end, next.start)) &&
      !person.proposal.name.split(/\s+/u).some((w) => foldText(w) === next.key)
    )
      continue;
    if (person) {
      person.proposal.spans.push(spanOf(text, t.start, t.end));
      if (near.length === 1 && person === near[0])
        variantSpellings.set(person, [...(variantSpellings.get(person) ?? []), t.raw]);
    } else if (!fullSurnames.has(stem)) {
      // The list is looked up first: the scan for a full mention reads the whole text.
      const leader = leaderSurname(text, t);
      if (!leader) continue;
      // "Dear President Lukashenka" after "Alexander Lukaschenka": the same head of state, spelt another way.
      const leaderKey = nameMatchKey(leader);
      const spelt = people.find((p) => nameMatchKey(p.surname) === leaderKey && p.proposal.name.includes(' '));
      if (spelt) {
        spelt.proposal.spans.push(spanOf(text, t.start, t.end));
        continue;
      }
      if (writtenInFull(text, tokens, stem)) continue;
      const span = spanOf(text, t.start, t.end);
      const proposal: PersonProposal = {
        ref: '',
        name: leader,
        roles: [],
        roleKinds: [],
        spans: [span],
        confidenceReason: LEADER_REASON,
      };
      addRoles(text, bounds, proposal, span);
      // In the order of first mentions, so that a later surname alone goes to the person named last before it.
      const at = people.findIndex((p) => p.proposal.spans[0]!.start > t.start);
      people.splice(at < 0 ? people.length : at, 0, { key: ruStem(t.key), surname: stem, proposal });
    }
  }
  // « Soulaiman Raïssouni », « Sulaiman Raissouni », « Souleiman Raissouni »: one person whose given name the text spells
  // one letter apart, the surname the same; the spelling written first is the name.
  for (let i = 0; i < people.length; i++)
    for (let j = people.length - 1; j > i; j--) {
      const [a, b] = [people[i]!, people[j]!];
      const wa = a.key.split(' ');
      const wb = b.key.split(' ');
      if (wa.length !== 2 || wb.length !== 2 || a.surname !== b.surname || wa[0] === wb[0]) continue;
      if (wa[0]!.length < 5 || !looseNear(wa[0]!, wb[0]!)) continue;
      // The spelling written more often names the person ("Zmitser" three times, "Zmistser" once).
      if (b.proposal.spans.length > a.proposal.spans.length) a.proposal.name = b.proposal.name;
      a.proposal.spans.push(...b.proposal.spans);
      people.splice(j, 1);
    }
  // The spelling written more often is the name: « Ales Bialiaski » once, « M. Bialiatski » three times.
  for (const [p, variants] of variantSpellings) {
    const words = p.proposal.name.split(' ');
    const own = words.at(-1)!;
    const counts = new Map<string, number>();
    for (const v of variants) counts.set(v, (counts.get(v) ?? 0) + 1);
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const ownCount = p.proposal.spans.filter((x) => x.text.endsWith(own)).length;
    if (n > ownCount) p.proposal.name = [...words.slice(0, -1), best].join(' ');
  }
  // "Dear Kassym-Zhomart Kemelevich!", «Уважаемый Касым-Жомарт Кемелевич!»: a salutation by given name and patronymic
  // speaks to the person named in full with that given name, not to someone new.
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    const words = p.key.split(' ');
    if (words.length < 2 || words.length > 3 || !PATRONYMIC_ENDING.test(words.at(-1)!)) continue;
    if (!p.proposal.spans.every((x) => SALUTATION_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start))))
      continue;
    // The given name may be of two words once folded («Касым-Жомарт» → "kasym zhomart").
    const given = `${words.slice(0, -1).join(' ')} `;
    const named = people.find((q) => q !== p && q.key.startsWith(given) && !PATRONYMIC_ENDING.test(q.key));
    if (!named) continue;
    named.proposal.spans.push(...p.proposal.spans);
    people.splice(i, 1);
  }
  return people.map((p, i) => ({
    ...p.proposal,
    ref: `person-${i + 1}`,
    spans: p.proposal.spans.sort((a, b) => a.start - b.start),
  }));
}

// A patronymic, in the Latin forms of Russian and Kazakh ones and in Cyrillic: "Kemelevich", «Кемелевич», «Сергеевна».
const PATRONYMIC_ENDING = /(?:ovich|evich|ovna|evna|ович|евич|овна|евна|ична|ьич)$/u;
// The words of a salutation right before a name: "Dear", «Уважаемый», « Cher ».
const SALUTATION_BEFORE = /(?<![\p{L}])(?:Dear|Уважаем\p{L}*|Глубокоуважаем\p{L}*|Cher|Chère)\s+$/iu;

const INSTITUTION =
  /^(?:School|University|College|Academy|Institute|Foundation|Center|Centre|Prize|Award|Library|Museum|Street|Avenue|Square|Airport|Prison|Jail|Colony|Penitentiary|Professor|Professorship|Chair)$/u;
// A title or honorific right before a surname alone ("President Putin", « M. Dupont », «президент Путин»).
const TITLE_BEFORE_SURNAME =
  /(?<![\p{L}])(?:President|Prime\s+Minister|Minister|Senator|Mr|Mrs|Ms|Dr|M|Mme|Monsieur|Madame|Président\p{L}*|[Пп]резидент\p{L}*|г-н|г-жа)\.?\s+$/u;

/** Why a head of state named by the surname alone is proposed; such a person is never the victim of an act. */
export const LEADER_REASON = 'a head of state named by the surname';

const LEADER_STEMS: ReadonlyMap<string, string> = new Map(
  [...LEADER_SURNAMES].map(([key, name]) => [ruStem(key), name]),
);

/**
 * The head of state a capitalised word alone names, in the nominative («Назарбаева» → «Назарбаев»), or null. The word
 * must not be glued to another by a hyphen ("anti-Lukashenko").
 */
function leaderSurname(text: string, t: Token): string | null {
  const name = LEADER_SURNAMES.get(t.key) ?? (/[а-я]/u.test(t.key) ? LEADER_STEMS.get(ruStem(t.key)) : undefined);
  if (!name || /[-\p{L}]$/u.test(text.slice(Math.max(0, t.start - 1), t.start))) return null;
  return name;
}

/**
 * Whether the text writes a surname with a given name or initials somewhere ("Kassym-Jomart Tokayev", «Токаеву
 * К.-Ж.»): the full name is then the person's, read by the address or signature rules when the persons rules miss it.
 */
function writtenInFull(text: string, tokens: readonly Token[], stem: string): boolean {
  return tokens.some((t, i) => {
    if (ruStem(t.key) !== stem) return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // A capitalised word that starts a sentence ("Письмо Назарбаеву.") is no given name unless a list knows it.
    const nameBefore =
      prev !== undefined &&
      prev.capital &&
      /^[ \u00a0]$/u.test(text.slice(prev.end, t.start)) &&
      !notAName(prev) &&
      (GIVEN_STEMS.has(ruStem(prev.key)) ||
        /^\p{Lu}\p{L}+-\p{Lu}/u.test(prev.raw) ||
        !/(?:^|[.!?…]\s*|\n\s*)$/u.test(text.slice(0, prev.start)));
    const initialsAfter = next !== undefined && /^\s+\p{Lu}\./u.test(text.slice(t.end, next.end + 1));
    const initialsBefore = /(?<![\p{L}])\p{Lu}\.\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start));
    return nameBefore || initialsAfter || initialsBefore;
  });
}

const ROLE_PATTERN = ROLE_WORDS.map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[’']/g, "['’]").replace(/[-\s]/g, '[-\\s]'))
  .join('|');
// "journalists Eskinder N. and Temesgen D.": a role in the plural before a list vouches for its first name too.
const BEFORE = new RegExp(
  `((?:${ROLE_PATTERN})(?:s|es)?(?:\\s+(?:and|и|et)\\s+(?:${ROLE_PATTERN})(?:s|es)?)?)\\s*,?\\s*$`,
  'iu',
);
const ROLE_AFTER = new RegExp(
  `^\\s*,\\s*(?:a|an|un|une)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLE_PATTERN})(?![\\p{L}])`,
  'u',
);
const OFFICE_AFTER =
  /^\s*,\s*(?:the|le|la|l['’]|a|an|un|une)\s*(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ais|aise|ien|ienne|ain|aine)\s+){0,2}?(?:ambassador|envoy|president|prime\s+minister|minister|foreign\s+minister|prosecutor(?:[-\s]general)?|ombudsman|governor|mayor|ambassadeur|ambassadrice|présidente?|premier\s+ministre|ministre|procureur|gouverneur|maire)(?![\p{L}]|['’]s)/u;
const HEADS =
  'leader|head|chair(?:man|woman|person)?|founder|co-founder|director|editor(?:-in-chief)?|coordinator|member|spokes(?:man|woman|person)|лидер|глава|председатель|руководитель|основатель|основательница|директор|редактор|координатор|член|dirigeante?|chef|présidente?|fondat(?:eur|rice)|direct(?:eur|rice)|rédact(?:eur|rice)|coordinat(?:eur|rice)|membre';
// "Head of the Committee to Combat …", « président de l'association Rassemblement Actions Jeunesse », «партии Ак жол»: the
// words after a body's head noun are its name.
const BODY_TO_BEFORE =
  /(?<![\p{L}])(?:(?:Committee|Campaign|Movement|Coalition|Council|Society|Association|Foundation|Centre|Center|Initiative|Network|Fund|Union|League)\s+(?:to|for|against|of)|(?:l['’]association|le\s+mouvement|du\s+mouvement|le\s+parti|du\s+parti|la\s+fondation|de\s+la\s+fondation|l['’]ONG|l['’]organisation|the\s+(?:association|organi[sz]ation|movement|party|group|NGO))|(?:ассоциаци|организаци|движени|парти|фонд)\p{L}*)\s+$/u;
const ROLE_OF_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${HEADS}|publisher|owner|president)(?![\\p{L}])\\s+(?:of|de|du|des|d['’])\\s[^,.;:()\\n]{1,80},\\s*$`,
  'iu',
);
// "Лидер оппозиционной партии «Алга» Владимир Козлов": a title right before the name, when it starts its clause.
// A clause opened inside the words («Président de la République pour qu'il gracie …») ends the title before it.
const CLAUSE_WORD = String.raw`\s(?:pour|qu['’]|que|qui|afin|who|which|чтобы|котор\p{L}*)(?:\s|(?<=['’]))`;
const CLAUSE_AFTER = new RegExp(`(?:\\s+(?:was|were|who|is|has|был|была|qui|a été)\\b|${CLAUSE_WORD}).*$`, 'iu');
const TITLE_BEFORE = new RegExp(
  `(?:^|[,;:]\\s*)((?:${HEADS})(?![\\p{L}])(?:(?!${CLAUSE_WORD})[^,.;:()\\n]){0,80}?)\\s*$`,
  'iu',
);
const AFTER = new RegExp(
  `^\\s*,\\s*((?:the\\s+|a\\s+|an\\s+|le\\s+|la\\s+|l['’]\\s*)?(?:${HEADS})(?![\\p{L}])[^,.;:()\\n]{0,140}|(?:${ROLE_PATTERN}))`,
  'iu',
);

/** Reads the roles written just before ("activist Roza …") or just after ("…, the leader of the party ‘Alga’,") a mention. */
function addRoles(text: string, bounds: readonly [number, number][], p: PersonProposal, span: Span): void {
  const [sStart, sEnd] = sentenceAt(bounds, span.start);
  const before = text.slice(Math.max(sStart, span.start - 80), span.start);
  const after = text.slice(span.end, Math.min(sEnd, span.end + 160));
  const found: string[] = [];
  const b = BEFORE.exec(before) ?? TITLE_BEFORE.exec(before);
  if (b) found.push(b[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  const a = AFTER.exec(after);
  if (a) found.push(a[1]!.trim().replace(CLAUSE_AFTER, ''));
  for (const role of found) {
    if (!p.roles.some((r) => r.toLowerCase() === role.toLowerCase())) p.roles.push(role);
    for (const kind of roleKinds(role)) if (!p.roleKinds.includes(kind)) p.roleKinds.push(kind);
  }
}

/** The register's roles a written role implies ("leader of the opposition party" → politician). */
export function roleKinds(role: string): (typeof PERSON_ROLES)[number][] {
  const low = role.toLowerCase().replace(/[’']/g, '’');
  const out = new Set<(typeof PERSON_ROLES)[number]>();
  for (const [word, kind] of ROLE_WORDS) if (low.includes(word.replace(/[’']/g, '’'))) out.add(kind);
  if (
    /(?:opposition|оппозиц|party|парти|parti)/iu.test(low) &&
    /^(?:the\s+)?(?:leader|head|chair|лидер|глава|председатель|dirigeant|chef|président)/iu.test(low)
  )
    out.add('politician');
  if (out.has('human_rights_defender')) out.delete('activist');
  return [...out];
}
