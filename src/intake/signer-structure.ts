// Signers read from the shape of the text rather than from one wording: the subject of a verb of signing or appealing
// when it is a list of names or organisations ("A, B and C urged", «Организации A, B и C призвали», « la A et la B
// appellent »), wherever that list stands in its sentence; a roster of "Mr Name SURNAME, Country, GROUP ;" items with
// no heading; and the lines (bulleted or not) under a sentence ending with a colon that says who signed. A count said
// with the list ("59 Nobel laureates, including …") is kept to check whether the list was read whole.
import { foldText } from '../text/fold.ts';
import { COUNTRY_NAMES, KNOWN_ORGANISATIONS, NOT_NAME } from './gazetteer.ts';
import { ORG_WORD, nameCase, personShaped, readItem, wrappedSentenceAt, type Found } from './signature-lists.ts';
import { LETTER_HEADING } from './addressee-lines.ts';
import { nominativeOrganisation } from './nominative.ts';
import { MEMBER_WORDS } from './organisation-patterns.ts';
import { loadedRussianMorph, obliqueName } from './russian-morph.ts';
import { spanOf } from './types.ts';

// Verbs whose subject signed or sent the letter: a person or a body named as their subject is a signer.
export const SIGNING =
  /(?<![\p{L}])(?:(?:have|has|had)\s+(?:also\s+|jointly\s+)?)?(?:signed|co-signed|sent\s+(?:an?\s+|the\s+)?(?:open\s+|joint\s+)?letters?|(?:issued|released|published|adopted)\s+(?:an?\s+|the\s+)?[“"«]?(?:open\s+|joint\s+)?(?:statements?|declarations?|appeals?|letters?)|(?:were|are|was|is)\s+among\s+(?:those\s+who\s+signed|the\s+(?:signatories|signers))|figur(?:aient|ent|ait|e)\s+(?:(?:également|aussi|notamment)\s+)?parmi\s+(?:ceux\s+qui\s+ont\s+signé|les\s+signataires)|(?:были|оказались)\s+среди\s+подписавших|(?:has|have)\s+written\s+(?:an?\s+(?:open\s+|joint\s+)?letter\s+)?to|s['’]est\s+adressée?\s+par\s+(?:courrier|lettre|écrit)|se\s+sont\s+adressée?s\s+par\s+(?:courrier|lettre|écrit)|(?:started|launched)\s+(?:this|the|a)\s+petition|a\s+lancé\s+(?:cette|une|la)\s+pétition|опубликовали\s+(?:открытое\s+|совместное\s+)?(?:письмо|обращение|заявление)|(?:написал|направил)[аио]?\s+(?:открытое\s+|совместное\s+)?(?:письмо|обращение|заявление)|adresse(?:nt)?\s+(?:une|cette|la)\s+lettre|выступили\s+с\s+(?:совместным\s+)?(?:заявлением|обращением)|ont\s+publié\s+une\s+(?:déclaration|lettre)|wrote|addressed|подписали|подписал[аи]?|направили|написали|ont\s+(?:signé|adressé|envoyé|écrit)|signent|adressent)(?![\p{L}])/giu;
// Verbs of appealing: their subject is a signer when it is a body, a list, or the sentence speaks of a letter.
export const APPEALING =
  /(?<![\p{L}])(?:(?:have|has|had)\s+(?:also\s+|jointly\s+)?)?(?:(?:strongly\s+)?objects?\s+to|protests?\s+against|urged?|urges|call(?:ed|s)?\s+(?:on|upon)|appealed\s+to|réclament|réclame|обратились|обратилась|обращается|призвали|призывает|требует|призывают|потребовали|требуют|просят|appellent|appelle|exhortent|exhorte|demandent|demande|interpellent)(?![\p{L}])/giu;
// The present of a verb of appealing, said by a body of itself in its own letter.
const PRESENT =
  /^(?:strongly\s+)?(?:objects|protests|urges|calls|appelle|exhorte|demande|призывает|требует|обращается)(?![\p{L}])/iu;
// Verbs of stating: a list of two bodies or more stating in a text about an appeal is a less sure guess.
const STATING =
  /(?<![\p{L}])(?:считают|заявили|заявляют|said|stated|declared|estiment|déclarent|ont\s+déclaré|condamnent|condemned)(?![\p{L}])/giu;
// Bodies saying they are concerned, in the present: the voice of a statement ("is deeply concerned", « sont
// préoccupées », «выражают обеспокоенность»). Read only in the opening of a text (OPENING characters).
const CONCERNED =
  /(?<![\p{L}])(?:(?:is|are)\s+(?:(?:deeply|gravely|particularly|extremely|seriously|very)\s+)?(?:concerned|alarmed|appalled|dismayed|outraged|disturbed)|(?:est|sont)\s+(?:(?:profondément|vivement|particulièrement|très)\s+)?(?:préoccupée?s?|inquiète?s?|alarmée?s?|indignée?s?)|(?:глубоко\s+)?обеспокоен[аы]?|выража(?:ет|ют)\s+(?:глубокую\s+|серь[её]зную\s+)?обеспокоенность)(?![\p{L}])/giu;
const OPENING = 1200;
// A letter's sender speaking in its own voice: « attire votre attention », "would like to draw your attention", "writes
// to you", «обращает ваше внимание». Its subject is the one writing, when that is a body.
const SENDER =
  /(?<![\p{L}])(?:(?:souhaite(?:nt)?|tien(?:t|nent)|voudrai(?:t|ent))\s+(?:à\s+)?attirer\s+votre\s+attention|attire(?:nt)?\s+votre\s+attention|vous\s+écri(?:t|vent)|(?:is|are)\s+writing\s+to\s+you|writes?\s+to\s+you|(?:would\s+like\s+to|wish(?:es)?\s+to)\s+(?:draw|bring)\s+(?:to\s+)?your\s+attention|draws?\s+your\s+attention|обраща(?:ет|ют)\s+ваше\s+внимание|обраща(?:ет|ют)ся\s+к\s+вам)(?![\p{L}])/giu;
// A body's description between its name and its verb: "Reporters sans frontières, organisation internationale de …,
// attire", "Freedom Now, a legal advocacy group, writes".
const BODY_APPOSITION =
  /^(?:an?\s+|the\s+|une?\s+|l['’]\s*)?(?:[\p{Ll}-]+\s+){0,3}(?:organi[sz]ation|association|ong|ngo|group|groupe|network|réseau|coalition|movement|mouvement|организаци\p{L}*|движени\p{L}*)(?:\s|$)/iu;
// A kinship between the names and their verb: « Nawel et Sabiha S., filles de l'écrivain Boualem S., ont adressé », "A,
// the wife of B, wrote": the relative named in it is no signer.
const KIN_APPOSITION =
  /^(?:(?:the|his|her|their|les|la|le|ses|sa|son)\s+)?(?:(?:filles?|fils|épouse|mari|veuve|frères?|sœurs?|mère|père|daughters?|sons?|wife|husband|widow|brothers?|sisters?|mother|father)\s+(?:de\s|d['’]|du\s|des\s|of\s)|(?:дочер\p{L}*|дочь|сын\p{L}*|жена|вдова|брат\p{L}*|сестр\p{L}*|мать|отец)\s)/iu;
const ADDRESS_WORD = /^(?:президенту|премьер-министру|председателю|министру|генеральному|главе|послу)\s/iu;
// A demand to free or to quash, after a verb of appealing: "the release of", "to free", « la remise en liberté »,
// « la libération », «освободить», "to overturn the verdicts".
const FREEING =
  /(?<![\p{L}])(?:release|free|overturn|quash|remise\s+en\s+liberté|libération|libérer|освобо\p{L}*|отмен\p{L}*\s+приговор)/iu;
const LETTER_WORD =
  /(?:letter|appeal|petition|declaration|statement|письм|обращени|заявлени|петици|декларац|lettre|appel|pétition|déclaration|tribune)/iu;

const VIA_LETTER =
  /[ \t,]+(?:in|with|through|в|dans|par)[ \t]+(?:(?:an?|the|their|its|une?|leur|sa|son)[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,2}(?:letters?|statement|appeal|declaration|письме|обращении|заявлении|lettre|déclaration|appel)(?:[ \t]+(?:к|to|à|au)[ \t]+[^,.;\n]{2,60}?)?[ \t,]*$/u;

// Separators between the items of a list, and the words that join one more item to it.
const SEPARATOR =
  /\s*,\s*(?:(?:and|et|и)\s+)?|\s+(?:and|et|и|along\s+with|together\s+with|as\s+well\s+as|ainsi\s+que|вместе\s+с|совместно\s+с)\s+|\s*[:—]\s+|\s+[–-]\s+/gu;
// Words before an item that are not part of the name: articles, "including", role nouns in lower case.
const LEAD_WORDS =
  /^(?:(?:the|la|le|les|l['’]|including|notably|among\s+them|along\s+with|together\s+with|as\s+well\s+as|ainsi\s+que|notamment|dont|в\s+том\s+числе|среди\s+них)\s+|l['’])/iu;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mme|M|Dr|Prof|Lord|Lady|Baroness|Sir|Dame|H\.\s?E|г-н|г-жа)\.?\s+/u;
// Nouns for the many who sign, written before the list or as a count ("59 Nobel laureates", «более 30 правозащитников»).
const COLLECTIVE_NOUN =
  /^(?:organi[sz]ations?|groups?|ngos?|laureates?|nobel\s+laureates?|meps|mps|members?|deputies|senators|writers|journalists|activists|scientists|human\s+rights\s+(?:organi[sz]ations|defenders|groups)|организаци\p{L}*|депутат\p{L}*|правозащитник\p{L}*|писател\p{L}*|журналист\p{L}*|лауреат\p{L}*|активист\p{L}*|les\s+organisations|organisations|associations|ong|lauréats|députés|eurodéputés)$/iu;
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  [
    ['two deux два две', 2],
    ['three trois три', 3],
    ['four quatre четыре', 4],
    ['five cinq пять', 5],
    ['six шесть', 6],
    ['seven sept семь', 7],
    ['eight huit восемь', 8],
    ['nine neuf девять', 9],
    ['ten dix десять', 10],
    ['eleven onze одиннадцать', 11],
    ['twelve douze двенадцать', 12],
  ].flatMap(([words, n]) => (words as string).split(' ').map((w) => [w, n as number])),
);
const COUNT = new RegExp(
  String.raw`^(?:more\s+than\s+|over\s+|some\s+|более\s+|свыше\s+|plus\s+de\s+)?(\d+|${Object.keys(NUMBER_WORDS).join('|')})\s+(.*)$`,
  'iu',
);
/** The number a count says: "12" → 12, "eight" → 8, «более 30» → 30. */
const countOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
// Words that make capitalised words a body's name besides ORG_WORD, in the three languages.
const BODY_WORD =
  /^(?:defenders|now|need|without|borders|frontières|journalistes|партн[её]рств\p{L}*|федераци\p{L}*|лиг\p{L}*|коалици\p{L}*|инициатив\p{L}*|сеть|клуб|ассамбле\p{L}*|coalition|initiative|partnership|alliance|platform|trust|observatory|observatoire|partenariat|alliance)$/iu;

const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(s);
const QUOTED = /^[«“"„'‘]\s*([^»”"'’]{2,80}?)\s*[»”"'’]$/u;

/** Blanks out brackets ("(Czech Republic, EPP)", "(FIJ)") so that their commas split nothing; offsets stay. */
function maskBrackets(s: string): string {
  return s.replace(/\([^()\n]*\)|\[[^[\]\n]*\]/gu, (m) => ' '.repeat(m.length));
}

// Small words a Latin body's name may hold in lower case ("Reporters without Borders", "Group for Azerbaijan").
const CONNECTOR =
  /^(?:of|for|the|and|on|in|without|against|de|des|du|la|le|pour|contre|sans|sur|et|en|d['’]\p{L}+|l['’]\p{L}+)$/iu;

/** Whether capitalised words read as a body's name: an organisation word among them, or an acronym alone. */
export function bodyShaped(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 10 || !/^\p{Lu}/u.test(name)) return false;
  // A French body's name keeps its words after the first in lower case: « Fédération internationale des ligues des
  // droits de l’Homme », « Comité civil pour le sauvetage … ».
  const frenchBody =
    words.length >= 3 &&
    (ORG_WORD.test(words[0]!) || BODY_WORD.test(words[0]!)) &&
    words.some((w) => /^(?:de|des|du|pour|contre|d['’]\p{L}+|l['’]\p{L}+)$/iu.test(w)) &&
    !words.some((w) => /^(?:of|for|the|and)$/iu.test(w));
  // Latin names have only small words in lower case ("Amnesty International USA’s executive director" is a role).
  if (!frenchBody && !/[а-яё]/iu.test(name) && words.some((w) => /^\p{Ll}/u.test(w) && !CONNECTOR.test(w)))
    return false;
  if (/['’]s$/u.test(words.at(-1)!) || words.some((w) => /\d/u.test(w))) return false;
  if (words.length === 1) return isAcronym(name);
  return words.some((w) => ORG_WORD.test(w) || BODY_WORD.test(w));
}

/** The full name an acronym stands for where the text spells it out: "The Group for X (GFX)" → "Group for X". */
export function expandAcronym(text: string, acronym: string): string | null {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 160), at);
  const m =
    /((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:(?:for|of|and|on|in|the|de|des|du|la|pour|по|за|и|против)[ \t]+)*(?:\p{Lu}|[а-яё])[\p{L}'’-]*){0,10})[ \t]*$/u.exec(
      before,
    );
  if (!m) return null;
  // Keep from the first capitalised word whose initial is the acronym's.
  const words = m[1]!.split(/\s+/);
  const first = words.findIndex((w) => w[0]!.toUpperCase() === acronym[0] && /^\p{Lu}/u.test(w));
  if (first < 0) return null;
  const name = words.slice(first).join(' ');
  return name.split(/\s+/).length >= 2 ? name : null;
}

interface Item {
  name: string;
  kind: 'person' | 'organisation' | 'unknown';
  start: number;
  end: number;
}

const LEGISLATOR_TITLE =
  /^(?:U\.?S\.?\s+)?(?:Senators?|Sens?\.|Representatives?|Reps?\.|Congress(?:man|woman)|Congressmen|Congresswomen)\s+(?=\p{Lu})/u;

const GENITIVE_WORD = /^\p{Ll}+(?:ия|ии|ого|его|ых|их|ой|ей|ства|ости|ния|тия)(?![\p{L}])/u;
const HEAD_WORD =
  /^(?:глава|главы|председател\p{L}*|сопредседател\p{L}*|директор\p{L}*|руководител\p{L}*|президент\p{L}*|координатор\p{L}*|основател\p{L}*|член\p{L}*|правозащитни\p{L}*|журналист\p{L}*|активист\p{L}*|адвокат\p{L}*|депутат\p{L}*|писател\p{L}*)(?![\p{L}])/iu;
const HEAD_OF_BODY =
  /^(?:глава|председатель|сопредседатель|директор|директора|руководитель|президент|координатор|основатель)\s+[^,;]{3,80}?\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)$/iu;

/** One part of a subject list, cleaned of articles and role words; null when it is not a name at all. */
function readPart(raw: string, start: number): Item | 'count' | null {
  let s = raw;
  let at = start;
  const cut = (n: number) => {
    at += n;
    s = s.slice(n);
  };
  cut(s.length - s.trimStart().length);
  // "A, B, C… appellent": the ellipsis of a list cut short is not part of its last name.
  s = s.replace(/(?:\s*(?:…|\.{3}|etc\.?))+\s*$/u, '').trimEnd();
  for (let m = LEAD_WORDS.exec(s); m; m = LEAD_WORDS.exec(s)) cut(m[0].length);
  // "U.S. Senators Dick Durbin", "Representative Tom Malinowski": a legislator's title before the name.
  const legislator = LEGISLATOR_TITLE.exec(s);
  if (legislator) cut(legislator[0].length);
  const count = COUNT.exec(s);
  if (count) return 'count';
  // «председатель Союза журналистов Эльчин Ш.», «Глава объединения «Ени Нэсил» Ариф А.»: a head's office and the body
  // headed, then the name.
  const head = HEAD_OF_BODY.exec(s);
  if (head && personShaped(head[1]!.split(/\s+/))) {
    const nameAt = s.length - head[1]!.length;
    return { name: head[1]!, kind: 'person', start: at + nameAt, end: at + s.length };
  }
  // Role nouns in lower case before the name ("writers John Maxwell Coetzee", «писательница Нина Белова»).
  for (let m = /^\p{Ll}[\p{L}-]*\s+(?=\p{Lu})/u.exec(s); m; m = /^\p{Ll}[\p{L}-]*\s+(?=\p{Lu})/u.exec(s))
    cut(m[0].length);
  // «Журналист-расследователь Актилек К.», «Журналист Актилек К.» opening a sentence: a role word, capitalised there.
  const role = /^(\p{Lu}[\p{L}-]*)\s+(?=\p{Lu})/u.exec(s);
  if (role && HEAD_WORD.test(role[1]!) && personShaped(s.slice(role[0].length).trim().split(/\s+/)))
    cut(role[0].length);
  // A collective noun before the first item («Организации Civil Rights Defenders», "MEPs Jaromir Stetina").
  const lead = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(s);
  if (lead && COLLECTIVE_NOUN.test(lead[1]!)) cut(lead[0].length);
  if (COLLECTIVE_NOUN.test(s) || COLLECTIVE_NOUN.test(s.split(/\s+/)[0]!)) return 'count';
  // «… на сайте Московской Хельсинкской группы правозащитники Лев Пономарев», « Les écrivains lauréats du prix Nobel
  // Svetlana Alexievich »: the words before a collective noun or a lower-case lead belong to the sentence; the name
  // is the capitalised words at the end.
  const tail = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’-]*)\s*$/u.exec(s.trimEnd());
  if (tail && !personShaped(s.trim().split(/\s+/))) {
    const words = tail[2]!.split(/\s+/);
    const name = [words, words.slice(1)].find(
      (w) => w.length >= 2 && personShaped(w) && !w.some((x) => TITLE_NOUN.test(x) || /^nobel$/iu.test(x)),
    );
    const at2 = name ? s.trimEnd().length - name.join(' ').length : -1;
    // Only after a noun for the many who sign (« lauréats », «правозащитники»): "together with X", «доктор наук X»
    // say something else.
    if (
      name &&
      s
        .slice(0, at2)
        .split(/\s+/)
        .some((w) => COLLECTIVE_NOUN.test(w)) &&
      s.slice(at2).trimEnd() === name.join(' ')
    )
      cut(at2);
  }
  const hon = HONORIFIC.exec(s);
  if (hon) cut(hon[0].length);
  s = s.replace(/[\s.;]+$/u, '');
  // « son organisation membre en France la Ligue des droits de l’Homme »: a description of the body, then its name.
  const named =
    /^(?:son|sa|ses|leur|leurs|its|their|our|notre|nos)\s+(?:[\p{L}-]+\s+){0,5}?(?:the|la|le|les|l['’])\s*(?=\p{Lu})/u.exec(
      s,
    );
  if (named) {
    const tail = s.slice(named[0].length);
    if (bodyShaped(tail) || KNOWN_ORGANISATIONS.has(foldText(tail)))
      return { name: tail, kind: 'organisation', start: at + named[0].length, end: at + s.length };
  }
  if (!s || !/^[\p{Lu}«“"„'‘]/u.test(s)) return null;
  // «Международная организация Human Rights House Foundation»: a Russian descriptor before a foreign body's name.
  const descriptor =
    /^(?:[\p{L}-]+\s+)?(?:организация|организации|фонд|движение|объединение|ассоциация)\s+(?=[«"“]?[A-Z])/u.exec(s);
  if (descriptor) cut(descriptor[0].length);
  const quoted = QUOTED.exec(s);
  if (quoted) return { name: quoted[1]!, kind: 'organisation', start: at, end: at + s.length };
  const words = s.split(/\s+/);
  if (words.length > 10) return null;
  const end = at + s.length;
  // « Reporters sans frontières »: a body the gazetteer knows, whatever its lower-case words.
  if (!hon && (bodyShaped(s) || KNOWN_ORGANISATIONS.has(foldText(s))))
    return { name: s, kind: 'organisation', start: at, end };
  if (personShaped(words)) return { name: s, kind: 'person', start: at, end };
  // Capitalised words of no known kind ("Araminta", "People in Need"): a body if the rest of the list is bodies.
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  if (
    !hon &&
    caps.length >= 1 &&
    caps.length * 2 >= words.length &&
    words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || CONNECTOR.test(w)) &&
    !/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/iu.test(words[0]!) &&
    !caps.some((w) => NOT_NAME.has(w.toLowerCase()) || COUNTRY_NAMES.has(w.toLowerCase()))
  )
    return { name: s, kind: 'unknown', start: at, end };
  return null;
}

// A person's title written as an apposition: a role noun, a few words before it ("the EP's permanent rapporteur"), and
// what it is of ("… of the European Parliament's Subcommittee on Human Rights").
const APPOSITION_TITLE =
  /^(?:the\s+|la\s+|le\s+|l['’])?(?:[\p{L}'’-]+\s+){0,3}?(?:chair(?:man|woman|person)?|vice-chair\p{L}*|head|rapporteur|president|vice-president|director|member|secretary(?:\s+general)?|spokes(?:man|woman|person)|leader|coordinator|founder|editor|deputy|commissioner|ombudsman|président\p{L}*|directeur|directrice|membre|председател\p{L}*|руководител\p{L}*|глав\p{L}*|член\p{L}*|директор\p{L}*)(?:\s+(?:of|on|for|at|to|de|du|des|d['’]|по|при)(?:\s.*)?)?$/iu;

/** The list standing right before a verb in its sentence, read item by item back from the verb. */
function subjectList(text: string, from: number, to: number): { items: Item[]; counted: number | null } {
  const masked = maskBrackets(text.slice(from, to));
  const parts: [string, number][] = [];
  let partStart = 0;
  for (const m of masked.matchAll(SEPARATOR)) {
    // «председатель Центра журналистики и развития Гулу М.»: «и» before a genitive that is no office, with a name
    // after it in the same part, joins two words of one body's name, not two signers.
    const after = masked.slice(m.index + m[0].length);
    const nextPart = after.split(/[,:—]/u)[0]!;
    if (/^\s+и\s+$/u.test(m[0]) && GENITIVE_WORD.test(after) && !HEAD_WORD.test(after) && /\s\p{Lu}/u.test(nextPart))
      continue;
    parts.push([masked.slice(partStart, m.index), from + partStart]);
    partStart = m.index + m[0].length;
  }
  parts.push([masked.slice(partStart), from + partStart]);
  const items: Item[] = [];
  let counted: number | null = null;
  let skipped = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const [raw, start] = parts[i]!;
    if (!raw.trim()) continue;
    // "the Chairman of the Subcommittee on X, A, the head of the delegation, B, and the rapporteur on Y, C issued":
    // a title between the names is their apposition, passed over once a name has been read after it.
    if (items.length && items[0]!.kind === 'person' && APPOSITION_TITLE.test(raw.trim())) continue;
    const part = readPart(raw, start);
    if (
      (!part || part === 'count' || KIN_APPOSITION.test(raw.trim())) &&
      !items.length &&
      !skipped &&
      i > 0 &&
      (BODY_APPOSITION.test(raw.trim()) || KIN_APPOSITION.test(raw.trim()))
    ) {
      skipped = true;
      continue;
    }
    if (part === 'count') {
      const n = COUNT.exec(raw.trim().replace(LEAD_WORDS, ''));
      if (n) counted = countOf(n[1]!);
      // A count next to the verb ("A and 36 other organisations sent") is passed over; before the list it ends it.
      if (items.length === 0 && i === parts.length - 1) continue;
      break;
    }
    if (!part) break;
    items.unshift(part);
  }
  // « Nawel et Sabiha Sansal »: a given name alone before "and" and a full name shares its surname.
  for (let i = 0; i + 1 < items.length; i++) {
    const [a, b] = [items[i]!, items[i + 1]!];
    const surname = b.name.split(/\s+/);
    if (b.kind !== 'person' || surname.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(a.name)) continue;
    if (!/^\s+(?:et|and|и)\s+$/u.test(text.slice(a.end, b.start))) continue;
    items[i] = { ...a, name: `${a.name} ${surname[1]}`, kind: 'person' };
  }
  return { items, counted };
}

// A line that runs on into the next inside a list: it ends on a comma or a joining word.
const LINE_RUNS_ON = /(?:,|(?<![\p{L}])(?:and|et|и|ainsi\s+que|as\s+well\s+as|а\s+также))[ \t]*$/u;

// A subject naming people of a body: «Правозащитники из «X»», "Activists of ‘X’", « Les militants de « X » ».
const MEMBERS_OF = new RegExp(
  String.raw`^\s*${MEMBER_WORDS}\s+(?:из|of|from|de|du|des)\s+[«"“‘„]\s*([^«»"“”‘’„]{2,61}?)\s*[»"”’]\s*(?:также\s+|also\s+|aussi\s+)?$`,
  'iu',
);

/** Signers who are the subject of a verb of signing, appealing or (less surely) stating. */
function verbSubjects(text: string, bounds: readonly [number, number][], isLetter: boolean): Found[] {
  const out: Found[] = [];
  const fromHeadline: Found[] = [];
  const aboutALetter = isLetter || LETTER_WORD.test(text);
  const tried = new Set<number>();
  for (const [re, strength] of [
    [SIGNING, 'sign'],
    [APPEALING, 'appeal'],
    [STATING, 'state'],
    [CONCERNED, 'concern'],
    [SENDER, 'sender'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const [sStart, sEnd] = wrappedSentenceAt(text, bounds, m.index);
      if (tried.has(m.index)) continue;
      tried.add(m.index);
      // The subject ends right before the verb; a line break inside it ends it too.
      let lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      // "Slavoj Z.,\nAndré C.-S. ainsi que\nFrédéric W. figurent …": a list set one name a line runs on over lines that
      // end on a comma or a joining word.
      for (let k = 0; k < 6 && lineStart > 1; k++) {
        const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        if (!LINE_RUNS_ON.test(text.slice(prevStart, lineStart - 1))) break;
        lineStart = prevStart;
      }
      const from = Math.max(sStart, lineStart);
      // "A and B in a joint statement called on": the phrase naming the letter between the list and its verb.
      const via = VIA_LETTER.exec(text.slice(from, m.index));
      const listed = subjectList(text, from, via ? from + via.index : m.index);
      const { counted } = listed;
      // A subject is in the nominative: names in another case («судьбу … Виктора Бабарико и Максима Знака,
      // потребовали») are the object of a word before them, not the ones who signed.
      let items = listed.items.filter((x) => x.kind !== 'person' || !obliqueName(x.name));
      // «Правозащитники из «Бир Дуйно» обратились», "Activists of ‘Oyan, Qazaqstan’ appealed": the body its people
      // speak for.
      const members = items.length ? null : MEMBERS_OF.exec(text.slice(from, m.index));
      if (members && /^\p{Lu}/u.test(members[1]!)) {
        const at = from + members.index + members[0].indexOf(members[1]!);
        items = [{ name: members[1]!, kind: 'organisation', start: at, end: at + members[1]!.length }];
      }
      // « À l’occasion de la visite de M. X, la A et la B souhaitent attirer votre attention »: a sender is a body, and
      // the names before the bodies belong to the phrase in front of them.
      if (strength === 'sender') {
        const firstBody = items.findLastIndex((x) => x.kind === 'person') + 1;
        items = items.slice(firstBody);
      }
      if (!items.length) continue;
      const bodies = items.filter((x) => x.kind === 'organisation').length;
      const people = items.filter((x) => x.kind === 'person').length;
      const sentence = text.slice(sStart, sEnd);
      let low: string | undefined;
      // «Human Rights написало письмо президенту …» over «Human Rights House Foundation направила письмо …»: a page's
      // headline (its first line, with no full stop) shortens names; the lead's sentence names the signer.
      const headline =
        strength === 'sign' &&
        !/\S/u.test(text.slice(0, sStart)) &&
        !/[.!?…]["»”’)]*\s*$/u.test(sentence) &&
        /\n[ \t]*\S/u.test(text.slice(sEnd));
      if (strength === 'appeal') {
        // "Most recently, CPJ urged the EU's top diplomat": one name appealing is a signer only in a sentence about a
        // letter, or when a count of signers stands with it; a list of names appeals together.
        // A letter's own voice: a body that "objects to", "urges" or "calls on" in the present, in the first sentence
        // of the letter's prose (a headline above it, with no full stop, is a page's title), is the one writing.
        const ownVoice =
          isLetter &&
          items.length === 1 &&
          items[0]!.kind === 'organisation' &&
          PRESENT.test(m[0]) &&
          /[.!]["»”’)]*\s*$/u.test(sentence) &&
          !/[.!?]["»”’)]*[ \t]*\n/u.test(text.slice(0, sStart));
        // "Reporters sans frontières (RSF) réclame la remise en liberté de A", «Freedom House призвала … освободить»:
        // a body calling for someone to be freed is the one appealing, in the news of its call (in a letter, the body
        // that signs is read from the letter's own lines).
        const freeing =
          !isLetter &&
          items.length === 1 &&
          items[0]!.kind === 'organisation' &&
          // A headline (no full stop) over a letter is the page's title, not the one appealing.
          /[.!]["»”’)]*\s*$/u.test(sentence) &&
          FREEING.test(text.slice(m.index + m[0].length, sEnd));
        // «Правозащитники из «Бир Дуйно» обратились к спикеру парламента Таланту М.»: a body turning to a named
        // person has written to them.
        const toSomeone =
          !isLetter &&
          items.length === 1 &&
          items[0]!.kind === 'organisation' &&
          /^(?:обратил|appealed)/iu.test(m[0].trim().replace(/^(?:have|has|had)\s+(?:also\s+|jointly\s+)?/iu, '')) &&
          /^\s+(?:к|ко|to)\s+(?:[\p{Ll}-]+\s+){0,4}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(
            text.slice(m.index + m[0].length, sEnd),
          );
        if (
          items.length === 1 &&
          !LETTER_WORD.test(sentence) &&
          counted === null &&
          !ownVoice &&
          !freeing &&
          !toSomeone
        )
          continue;
        if (!aboutALetter && !freeing && !toSomeone) continue;
        if (freeing && !ownVoice && !LETTER_WORD.test(sentence)) low = 'a body calling for someone to be freed';
        else if (toSomeone && !LETTER_WORD.test(sentence)) low = 'a body turning to a named person';
      } else if (strength === 'state') {
        // "the participants – A, B, C … – declared:": three people or more saying, before a colon, what follows.
        const saying = people >= 3 && bodies === 0 && /^\s*:/u.test(text.slice(m.index + m[0].length));
        if (!saying && (bodies < 2 || people > 0 || !aboutALetter)) continue;
        low = saying
          ? `a list of names saying, after «${m[0].trim()}», what follows`
          : `the subject of «${m[0].trim()}» in a text about an appeal`;
      } else if (strength === 'sender') {
        // The letter's own opening: bodies (a name of no known kind counts with one) saying they write or draw the
        // addressee's attention.
        // Every such phrase speaks to "you": it is a letter's voice even where no salutation line was read.
        if (people > 0 || sStart > OPENING) continue;
        if (bodies === 0 && items.length > 1) continue;
        if (bodies === 0) low = 'a name of no known kind writing to the addressee';
      } else if (strength === 'concern') {
        // "Civil Rights Defenders is appalled by …", "A, B and C are particularly concerned by …": bodies stating their
        // own concern at the opening of a statement or letter are the ones issuing it.
        if (people > 0 || bodies === 0 || sStart > OPENING || !/[.!]["»”’)]*\s*$/u.test(sentence)) continue;
        // The list must be the whole subject ("We, the undersigned members of A and B, are dismayed" is not A and B's),
        // and no address run into it («Президенту … Н.А.Назарбаеву Международный Комитет … обеспокоен»).
        if (!/^[\s"«“]*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu.test(text.slice(from, items[0]!.start))) continue;
        if (items.some((x) => ADDRESS_WORD.test(x.name))) continue;
        low = 'a body stating its concern at the opening of the text';
      }
      // Items of no known kind are bodies only in a list of bodies.
      const kinds = items.map((x) =>
        x.kind === 'unknown'
          ? (bodies >= 2 && people === 0) || (strength === 'sender' && items.length === 1)
            ? 'organisation'
            : null
          : x.kind,
      );
      if (kinds.some((k) => k === null) && items.length === 1) continue;
      for (const [i, x] of items.entries()) {
        const kind = kinds[i];
        if (!kind) continue;
        const span = spanOf(text, x.start, x.end);
        let name = x.name;
        if (kind === 'organisation' && isAcronym(name)) name = expandAcronym(text, name) ?? name;
        // A count said with the list checks it: more names than announced means the list was misread.
        const reason =
          low ??
          (counted !== null && items.length > counted ? `${items.length} names read, ${counted} announced` : undefined);
        (headline ? fromHeadline : out).push({
          name: kind === 'person' ? name.split(/\s+/).map(nameCase).join(' ') : name,
          kind,
          title: null,
          span,
          item: span,
          ...(reason ? { lowReason: reason } : {}),
        });
      }
    }
  }
  // A page's headline shortens names: its signers count only when the sentences below name none.
  return out.length ? out : fromHeadline;
}

// Words in a sentence that says who signed, which ends with a colon before the lines naming them.
const SIGNED_COLON =
  /(?:signed|signatories|signatures|signers|undersigned|подписали|подписи|подписавшие|signé|signataires)[^\n]{0,80}:[ \t]*$/iu;
const BULLET = /^[ \t]*(?:[•·*▪◦–-]|\d{1,3}[.)])[ \t]+/u;

/** The lines under a sentence ending with a colon that says who signed: one signer each, bulleted or not. */
function linesUnderColon(text: string): Found[] {
  const out: Found[] = [];
  const lines = [...text.matchAll(/^.*$/gmu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  for (const [i, line] of lines.entries()) {
    if (!SIGNED_COLON.test(line.text)) continue;
    // Headings the list reader already takes ("Signatories:" alone on its line) are left to it.
    if (/^[ \t]*(?:signatories|signed by|signatures|signataires|подписи|подписали)[ \t]*:[ \t]*$/iu.test(line.text))
      continue;
    const found: Found[] = [];
    let tried = 0;
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!;
      if (!l.text.trim()) {
        if (found.length) break;
        continue;
      }
      tried++;
      const bullet = BULLET.exec(l.text);
      const item = readItem(text, l.start + (bullet ? bullet[0].length : 0), l.end);
      if (!item) break;
      found.push(item);
      if (found.length >= 200) break;
    }
    if (found.length >= 2 && found.length * 2 >= tried) out.push(...found);
  }
  return out;
}

const ROSTER_CONTEXT = /(?:undersigned|signator|signed|soussign|signatair|подписа|нижеподпис)/iu;

/**
 * A roster with no heading: a paragraph of three items or more parted by semicolons, most of them a person's name with
 * an honorific or a country after it ("Mr Roberto RAMPI, Italy, SOC ; Lord Andrew ADONIS, United Kingdom, SOC ; …"),
 * in a text that speaks of signing.
 */
function unheadedRosters(text: string): Found[] {
  if (!ROSTER_CONTEXT.test(text)) return [];
  const out: Found[] = [];
  for (const para of text.matchAll(/[^\n]+(?:\n[^\n]+)*/gu)) {
    const body = para[0];
    if ((body.match(/;/gu) ?? []).length < 2) continue;
    const parts: [number, number][] = [];
    let at = 0;
    for (const m of body.matchAll(/\s*;\s*/gu)) {
      parts.push([para.index + at, para.index + m.index]);
      at = m.index + m[0].length;
    }
    parts.push([para.index + at, para.index + body.length]);
    const items = parts
      .map(([a, b]) => ({ raw: text.slice(a, b), found: readItem(text, a, b) }))
      .filter((x) => x.found?.kind === 'person')
      .filter(
        (x) =>
          HONORIFIC.test(x.raw.trimStart()) ||
          (x.found!.title ?? '').split(/\s*,\s*/).some((t) => COUNTRY_NAMES.has(t.toLowerCase())),
      );
    if (items.length >= 3 && items.length * 3 >= parts.length * 2) out.push(...items.map((x) => x.found!));
  }
  return out;
}

// A closing formula on a line of its own: the signers' lines follow it.
const CLOSING_FORMULA =
  /^[ \t]*(?:(?:yours[ \t]+)?(?:sincerely|faithfully|truly)(?:[ \t]+yours)?|respectfully(?:[ \t]+yours)?|respectueusement|(?:with|in|avec|en|с|со)[ \t]+\p{Ll}[\p{L} \t]{1,40}(?=,[ \t]*$)|(?:best|kind|warm)[ \t]+regards|с[ \t]+уважением|искренне[ \t]+ваш\p{L}*|подписи|signatures|signatories|signataires|cordialement|bien[ \t]+à[ \t]+vous|signé|[-–—_=*][ \t]*[-–—_=*][ \t]*[-–—_=*][-–—_=* \t]*|(?:veuillez|nous[ \t]+vous[ \t]+prions|je[ \t]+vous[ \t]+prie|recevez)[^\n]*(?:considération|salutations|respect\p{L}*|sentiments)[^\n]*)[ \t]*[,.:!]?[ \t]*$/imu;

// Page furniture under a letter ("Read More", "Related Stories", «Читайте также», « Lire aussi »).
const FURNITURE =
  /^[ \t]*(?:read[ \t]+more|related|latest|share|print|comments?|tags?|subscribe|see[ \t]+also|читайте|поделиться|комментари|lire[ \t]+aussi|partager|voir[ \t]+aussi)(?![\p{L}])/iu;

/** A line of a closing block that names a body: capitalised, short, with an organisation word, not a sentence. */
function bodyLine(line: string): string | null {
  const name = line
    .trim()
    .replace(/,[ \t]*\p{Lu}[\p{L} ]{2,30}$/u, (m) => (COUNTRY_NAMES.has(m.slice(1).trim().toLowerCase()) ? '' : m));
  const words = name.split(/\s+/);
  if (!/^[\p{Lu}«"“]/u.test(name) || words.length > 12 || /[.!?;:][ \t]/u.test(name) || /[.!?]$/u.test(name))
    return null;
  const bodyWord = (w: string) => ORG_WORD.test(w.replace(/^[«"“]|[»"”,]$/gu, '')) || BODY_WORD.test(w);
  // "Coordinator of the X Committee", « Présidente de la Ligue »: a role before "of" names the signer's title.
  const of = words.findIndex((w) => /^(?:of|de|du|des|d['’].*|для|по)$/iu.test(w));
  if (of > 0 && !words.slice(0, of).some(bodyWord)) return null;
  // "ACAT France", "PEN Kazakhstan": an acronym with the country it works in.
  if (words.length === 2 && /^\p{Lu}{2,6}$/u.test(words[0]!) && COUNTRY_NAMES.has(words[1]!.toLowerCase())) return name;
  return words.some(bodyWord) ? name : null;
}

// A closing formula ending a line that runs on, with the signature after it on the same line (pages that lost the
// letter's line breaks): "… l'expression de ma très haute considération. Robert Ménard Secrétaire général",
// "… Sincerely, Jane Roe, Executive Director". Written without the i flag: with it \p{Lu} takes lower case too.
const INLINE_CLOSING =
  /(?:(?<![\p{L}])(?:considération|salutations|sentiments|respect)(?:[ \t]+[\p{Ll}’'-]+){0,4}[ \t]*\.["»”]?|(?<![\p{L}])(?:(?:Yours[ \t]+)?(?:[Ss]incerely|[Ff]aithfully|[Tt]ruly)(?:[ \t]+yours)?|Respectfully(?:[ \t]+yours)?|(?:Best|Kind|Warm|With[ \t]+best)[ \t]+regards|С[ \t]+уважением|Cordialement|Bien[ \t]+à[ \t]+vous)[ \t]*,)[ \t]+(?=\p{Lu})([^\n]{3,120}?)[ \t]*$/gmu;

/**
 * The signature written on the same line as the closing formula, in the second half of the text: a name with its
 * title (read as a headed item), or a body.
 */
function inlineClosing(text: string): Found[] {
  const last = [...text.matchAll(INLINE_CLOSING)].at(-1);
  if (!last || last.index < text.length / 2) return [];
  const start = last.index + last[0].length - last[1]!.length;
  const end = start + last[1]!.length;
  const item = readItem(text, start, end);
  if (item?.kind === 'person') return [item];
  const body = bodyLine(last[1]!);
  if (!body) return [];
  const span = spanOf(text, start, start + body.length);
  return [{ name: body, kind: 'organisation', title: null, span, item: span }];
}

/**
 * A signer known by one name, with the body they sign for after a comma ("Apoorvanand, PEN Delhi"): the name is one
 * capitalised word that is not a body's, a country or a common word, and what follows the comma reads as a body.
 */
function oneNameLine(text: string, start: number, end: number): Found | null {
  const raw = text.slice(start, end);
  const m = /^([ \t]*)(\p{Lu}\p{Ll}[\p{L}'’-]{2,}),[ \t]+(\S.*?)[ \t]*$/u.exec(raw);
  if (!m) return null;
  const word = m[2]!;
  if (ORG_WORD.test(word) || BODY_WORD.test(word) || NOT_NAME.has(word.toLowerCase())) return null;
  if (COUNTRY_NAMES.has(word.toLowerCase()) || !bodyLine(m[3]!)) return null;
  const span = spanOf(text, start + m[1]!.length, start + m[1]!.length + word.length);
  return { name: word, kind: 'person', title: m[3]!, span, item: spanOf(text, span.start, start + m[0].length) };
}

/**
 * A line of signers parted by commas: each a person's name with a title after it ("A Président de la FIDH, B Président
 * de la LDH"), or each a bare name ("Monique C. ben G., Claudine L., Richard Y.").
 */
function signersOnOneLine(text: string, start: number, end: number): Found[] {
  const cuts = [...text.slice(start, end).matchAll(/,[ \t]+(?=\p{Lu})/gu)].map((m) => start + m.index);
  if (cuts.length === 0) return [];
  const out: Found[] = [];
  let from = start;
  for (const cut of [...cuts, end]) {
    const item = readItem(text, from, cut);
    if (item?.kind !== 'person' || (item.title !== null && !/^\p{Lu}/u.test(item.title))) return [];
    out.push(item);
    from = cut + 1;
  }
  const titled = out.filter((x) => x.title !== null).length;
  return titled === 0 || titled === out.length ? out : [];
}

/** Bodies named on one line, parted by commas and a last "and" (in one of several languages), each a body's name. */
function bodiesOnOneLine(text: string, start: number, end: number): Found[] {
  const out: Found[] = [];
  let at = start;
  for (const part of text
    .slice(start, end)
    .split(/(,[ \t]*(?:(?:and|et|och|und|og|en|и)[ \t]+)?|[ \t]+(?:and|et|och|und|og|en|и)[ \t]+)/u)) {
    const from = at;
    at += part.length;
    if (/^(?:,|[ \t])/u.test(part) && !/\p{Lu}/u.test(part)) continue;
    const name = bodyLine(part);
    if (!name) return [];
    const lead = part.length - part.trimStart().length;
    const span = spanOf(text, from + lead, from + lead + name.length);
    out.push({ name, kind: 'organisation', title: null, span, item: span });
  }
  return out;
}

/** Names set side by side on one line, parted by runs of spaces (two signatures over their titles). */
function sideBySide(text: string, start: number, end: number): Found[] {
  const out: Found[] = [];
  for (const m of text.slice(start, end).matchAll(/\S+(?:[ \t]{1,2}\S+)*/gu)) {
    const item = readItem(text, start + m.index, start + m.index + m[0].length);
    if (item?.kind !== 'person' || item.title !== null) return [];
    out.push(item);
  }
  return out;
}

/**
 * The closing part of a letter, read line by line: after a closing formula (Sincerely, «С уважением», « Veuillez
 * agréer … », «Подписи», a dash line) or, in a letter without one, after its last body paragraph, every line shaped
 * as a name, a name with title and organisation, or a body is a signer; the first line of another shape ends the block.
 * Without a formula the reading is a less sure guess.
 */
function closingBlock(text: string, isLetter: boolean): Found[] {
  const lines = [...text.matchAll(/^.*$/gmu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  let from = -1;
  let sure = true;
  for (let i = lines.length - 1; i >= 0; i--)
    if (CLOSING_FORMULA.test(lines[i]!.text)) {
      from = i + 1;
      break;
    }
  if (from < 0) {
    if (!isLetter) return [];
    // The last body paragraph: the last line that ends a sentence of five words or more.
    const body = lines.findLastIndex(
      (l) => /[.!?]["»”]?$/u.test(l.text.trim()) && l.text.trim().split(/\s+/).length >= 5,
    );
    if (body < 0) return [];
    from = body + 1;
    sure = false;
  }
  const out: Found[] = [];
  // Under a bare name, the lines up to the next blank line are its title and organisation, not more signers.
  let underName = false;
  let blanks = 0;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.text.trim()) {
      underName = false;
      // Copies and notes set apart by more than one blank line are not signers.
      if (++blanks >= 2 && out.length) break;
      continue;
    }
    blanks = 0;
    if (FURNITURE.test(l.text)) break;
    const lead = l.text.length - l.text.trimStart().length;
    // "Sidiki K. Président de la FIDH, Michel T. Président de la LDH": two signers with their titles on one line;
    // "Julie B.        Annick C." over their titles: two signatures side by side.
    const several = signersOnOneLine(text, l.start, l.end);
    if (several.length >= 2) {
      out.push(...several);
      underName = false;
      continue;
    }
    // "Svenska PEN, Svenska Förläggareföreningen, Sveriges Författarförbund och Journalistförbundet": bodies signing
    // on one line, each a body's name.
    const bodies = bodiesOnOneLine(text, l.start, l.end);
    if (bodies.length >= 2) {
      out.push(...bodies);
      underName = false;
      continue;
    }
    const side = sideBySide(text, l.start, l.end);
    if (side.length >= 2) {
      out.push(...side);
      underName = true;
      continue;
    }
    const item = readItem(text, l.start, l.end) ?? oneNameLine(text, l.start, l.end);
    // A bare name under a bare name is the next signer of a list one name a line; a line of role words ("Executive
    // Director") is the title of the name above.
    if (underName && !(item?.kind === 'person' && item.title === null && !item.name.split(/\s+/).some(roleWord)))
      continue;
    const body = bodyLine(l.text);
    if (item?.kind === 'person') {
      out.push(item);
      underName = item.title === null;
    } else if (body) {
      const span = spanOf(text, l.start + lead, l.start + lead + body.length);
      const name = /^[«"“][^«»"“”]+[»"”]$/u.test(body) ? body.slice(1, -1) : body;
      out.push({ name, kind: 'organisation', title: null, span, item: span });
    } else break;
  }
  if (!sure) {
    if (out.length < 2) return [];
    for (const f of out) f.lowReason = 'a line under the last paragraph of the letter, with no closing formula';
  }
  return out;
}

// A sentence saying who its signers are, the names with their titles after it: "The letter's signatories are, in
// particular, A, former President of X; B, CEO of Y, and C", "Among the signatories are …", "Signers include …", "Other
// signatories to the letter, which is attached, are …", «Подписавшие письмо сенаторы: A, B …».
const SIGNERS_ARE =
  /(?<![\p{L}])(?:signatories|signers|signataires|подписант\p{L}*)(?:\s+(?:to|of)\s+the\s+(?:letter|appeal|statement|petition))?(?:,[^,.;\n]{1,40},)?\s+(?:are|include[sd]?|were|sont|figurent|—|-)(?![\p{L}])|(?<![\p{L}])(?:among|parmi)\s+(?:the\s+|les\s+)?(?:signatories|signers|signataires)(?:\s+(?:are|were|is|was|figurent|sont|on\s+trouve))?(?![\p{L}])|(?<![\p{L}])(?:подписавши\p{L}*|signed\s+by|signataires)(?:\s+[\p{L}-]+){0,2}\s*:/giu;
const AMONG_IN_BRACKET =
  /\((?:среди\s+них|в\s+том\s+числе|among\s+them|including|parmi\s+eux|dont)\s+([^()\n]{5,400})\)/giu;
// A verb of signing right after the bracket, in the same sentence.
const SIGNED_AFTER =
  /^\s*(?:have\s+|has\s+)?(?:signed|co-signed|подписали|подписал[аи]?|ont\s+signé|signent)(?![\p{L}])/iu;
// "Signatory Paul Polman, Vice Chair of …": the singular noun right before one name.
const SIGNATORY_BEFORE = /(?<![\p{L}])(?:[Ss]ignatory|[Cc]o-signatory|[Ss]ignataire|[Пп]одписант)\s+(?=\p{Lu})/gu;
// Words that make capitalised words a title or an award, never a name ("Nobel Peace Prize Laureate", "CEO").
const TITLE_NOUN =
  /^(?:laureates?|prize|award|winner|ceo|cfo|chair\p{L}*|co-chair|founder|co-founder|president|director|secretary|minister|ambassador|senator|professor|editor|head|member|lauréat\p{L}*|prix|лауреат\p{L}*|премии)$/iu;
// Words before a name in such a list that are not part of it.
const LIST_LEAD =
  /^(?:and|et|и|or|ou|such\s+as|including|notably|in\s+particular|tels?\s+que|notamment|в\s+том\s+числе)\s+/iu;

// Words of a role or a trade written on the line under a signer's name.
const ROLE_LINE_WORD =
  /^(?:executive|coordinator|officer|manager|adviser|advisor|counsel|spokesperson|representative|researcher|campaigner|fellow|lawyer|attorney|journalist|writer|deputy|vice|assistant|associate|programme|program|general|senior|chief|directrice|présidente?|secrétaire|avocate?|directeur|directrice|journaliste|coordinat\p{L}*|директор|председатель|координатор|руководитель|юрист|адвокат)$/iu;
const roleWord = (w: string) => TITLE_NOUN.test(w) || ROLE_LINE_WORD.test(w);

/** A part of a list that is a person's name and nothing else: two to four capitalised words, none a title word. */
function nameOnly(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length <= 4 && personShaped(words) && !words.some((w) => TITLE_NOUN.test(w));
}

/**
 * A part of a list that is a name, perhaps after a role in lower case («бывший вице-премьер A», "former senator B"):
 * the name and where it starts in the part, or null.
 */
function withoutRole(part: string): { name: string; at: number } | null {
  if (nameOnly(part)) return { name: part, at: 0 };
  const role = /^(?:\p{Ll}[\p{L}-]*\s+){1,4}(?=\p{Lu})/u.exec(part);
  // "son of the late Elie W." names a relation of the signer, not the signer.
  if (!role || /(?<![\p{L}])(?:of|the|late|de|du|des|d['’]\p{L}*)(?![\p{L}])/iu.test(role[0])) return null;
  const rest = part.slice(role[0].length);
  return nameOnly(rest) ? { name: rest, at: role[0].length } : null;
}

/**
 * The names in the sentence after "signatories are" (or "Signatory X"): the sentence is cut at commas and semicolons;
 * a part that is a name alone is a signer, a part that is a title or an organisation ("former President of Mexico",
 * "CEO of Salesforce", "son of the late X") is passed over. "A and B" in one part is two signers.
 */
function signersWithTitles(text: string, bounds: readonly [number, number][]): Found[] {
  const out: Found[] = [];
  const push = (name: string, at: number) => {
    const span = spanOf(text, at, at + name.length);
    if (!out.some((f) => f.span.start === span.start))
      out.push({ name: name.split(/\s+/).map(nameCase).join(' '), kind: 'person', title: null, span, item: span });
  };
  for (const m of text.matchAll(SIGNERS_ARE)) {
    const [, sEnd] = wrappedSentenceAt(text, bounds, m.index);
    const from = m.index + m[0].length;
    const tail = maskBrackets(text.slice(from, sEnd));
    let at = 0;
    const found: [string, number][] = [];
    for (const piece of tail.split(/([,;:]|\s[–—]\s)/u)) {
      const start = at;
      at += piece.length;
      let part = piece;
      let lead = part.length - part.trimStart().length;
      // A bracket masked at the end leaves spaces before the full stop ("Marco Rubio (R-FL).").
      part = part
        .trim()
        .replace(/\s*[.!?]+$/u, '')
        .trimEnd();
      for (let l = LIST_LEAD.exec(part); l; l = LIST_LEAD.exec(part)) {
        lead += l[0].length;
        part = part.slice(l[0].length);
      }
      const honorific = HONORIFIC.exec(part);
      if (honorific) {
        lead += honorific[0].length;
        part = part.slice(honorific[0].length);
      }
      const one = withoutRole(part);
      if (one) {
        found.push([one.name, from + start + lead + one.at]);
        continue;
      }
      // "A and B": two names joined in one part.
      const pair = /^(.+?)\s+(?:and|et|и)\s+(.+)$/u.exec(part);
      const a = pair ? withoutRole(pair[1]!) : null;
      const b = pair ? withoutRole(pair[2]!) : null;
      if (pair && a && b) {
        found.push([a.name, from + start + lead + a.at]);
        found.push([b.name, from + start + lead + part.lastIndexOf(pair[2]!) + b.at]);
      }
    }
    if (found.length >= 2) for (const [name, a] of found) push(name, a);
  }
  // «Деятели культуры (среди них A, B, C) подписали открытое письмо»: the names in the bracket are among the signers.
  for (const m of text.matchAll(AMONG_IN_BRACKET)) {
    const [, sEnd] = wrappedSentenceAt(text, bounds, m.index);
    const closeAt = m.index + m[0].length;
    if (!SIGNED_AFTER.test(text.slice(closeAt, sEnd))) continue;
    const innerAt = m.index + m[0].indexOf(m[1]!);
    const found: [string, number][] = [];
    let at = 0;
    for (const piece of m[1]!.split(/(,\s*(?:(?:и|and|et)\s+)?|\s+(?:и|and|et)\s+)/u)) {
      const start = at;
      at += piece.length;
      const lead = piece.length - piece.trimStart().length;
      const one = withoutRole(piece.trim());
      if (one) found.push([one.name, innerAt + start + lead + one.at]);
    }
    if (found.length >= 2) for (const [name, a] of found) push(name, a);
  }
  for (const m of text.matchAll(SIGNATORY_BEFORE)) {
    const from = m.index + m[0].length;
    const name = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}/u.exec(text.slice(from))?.[0];
    if (name && nameOnly(name)) push(name, from);
  }
  return out;
}

// A US legislator's name with party and state in brackets: "Mark Kirk (R-IL)", "Ben Cardin (D-Md.)".
const PARTY_STATE_NAME =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:,?\s+(?:Jr|Sr)\.?)?\s*\((?:R|D|I)-[A-Z][A-Za-z]{1,3}\.?\)/gu;
// What such a legislator does in a sentence that makes them a signer: leads, signs, writes, asks.
const LEGISLATOR_ACTS =
  /(?<![\p{L}])(?:led|leads|lead|spearheaded|signed|signatories|wrote|sent|request(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed|ing)?\s+on|ask(?:s|ed)?)(?![\p{L}])/iu;

/**
 * Members of the US Congress named with party and state ("led by Senators Mark Kirk (R-IL) and Ben Cardin (D-MD)
 * request that …"), in a sentence where they lead, sign or ask, in a text about a letter: the letter's signers.
 */
function legislators(text: string, bounds: readonly [number, number][]): Found[] {
  if (!LETTER_WORD.test(text)) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(PARTY_STATE_NAME)) {
    const [sStart, sEnd] = wrappedSentenceAt(text, bounds, m.index);
    if (!LEGISLATOR_ACTS.test(text.slice(sStart, sEnd))) continue;
    // "Senators Mark Kirk (R-IL)": the title before the name is not part of it.
    const all = m[1]!.split(/\s+/);
    const lead = all.findIndex((w) => !/^(?:senators?|sen|reps?|representatives?|congress(?:man|woman))$/iu.test(w));
    const words = all.slice(lead);
    if (lead < 0 || !personShaped(words)) continue;
    let off = 0;
    for (const w of all.slice(0, lead)) off = m[1]!.indexOf(w, off) + w.length;
    off += m[1]!.length - off - m[1]!.slice(off).trimStart().length;
    const span = spanOf(text, m.index + off, m.index + m[1]!.length);
    out.push({ name: words.map(nameCase).join(' '), kind: 'person', title: null, span, item: span });
  }
  return out;
}

// A title line saying whose letter it is: "Open letter from A and B to President X", « Lettre de A au Président X ».
const TITLE_FROM =
  /^[ \t]*(?:(?:an?|the|une|la)[ \t]+)?(?:(?:open|joint|urgent)[ \t]+)?(?:letter|appeal|statement|petition|lettre|appel|déclaration)(?:[ \t]+(?:ouverte|commune|conjointe))?[ \t]+(?:from[ \t]+|by[ \t]+|de[ \t]+|d['’][ \t]*)(.{3,160}?)[ \t]+(?:to|au|aux|à)[ \t]+\S[^\n]{2,200}$/iu;
const QUOTES = /^[‘’'"“”«»„\s]+|[‘’'"“”«»„\s]+$/gu;
// "… Letter to the Secretary General of X from A and “B” NGO": the writers after "from", at the end of the line.
const TITLE_TO_FROM =
  /(?:^|[\s”"»-])(?:[Ll]etter|[Aa]ppeal|[Ss]tatement|[Pp]etition)[ \t]+to[ \t]+[^\n]{3,200}?[ \t]+from[ \t]+([^\n]{3,160}?)[ \t]*[.:]?[ \t]*$/u;
// A byline naming the letter's writer alone on its line: « par Lettre de Vladimir K. », "Letter from Jane Roe".
const BYLINE =
  /^[ \t]*(?:(?:par|by)[ \t]+)?(?:[Ll]ettre|[Ll]etter)[ \t]+(?:de|d['’]|from)[ \t]*(\p{Lu}[^\n,;:]{2,60}?)[ \t]*$/u;

/**
 * The writers a title line names (one of the text's first three lines): a list of persons and bodies, or one name
 * of no known kind, taken as a body (the title says it wrote the letter).
 */
function titleWriters(text: string): Found[] {
  const lines = [...text.matchAll(/^.*\S.*$/gmu)].slice(0, 4);
  for (const line of lines) {
    const m = TITLE_FROM.exec(line[0]) ?? TITLE_TO_FROM.exec(line[0]);
    const by = m ? null : BYLINE.exec(line[0]);
    if (by) {
      const words = by[1]!.split(/\s+/);
      if (!personShaped(words)) continue;
      const at = line.index + line[0].indexOf(by[1]!);
      const span = spanOf(text, at, at + by[1]!.length);
      return [{ name: words.map(nameCase).join(' '), kind: 'person', title: null, span, item: span }];
    }
    if (!m) continue;
    const raw = m[1]!;
    const inner = raw.replace(QUOTES, '');
    const from = line.index + m.index + m[0].indexOf(raw) + raw.indexOf(inner);
    // A quoted name is one name, whatever "and" it holds.
    const lead = inner.match(/^(?:the|la|le|les|l['’])\s*/iu)?.[0].length ?? 0;
    const items: Item[] =
      raw.length > inner.length + 1 && /^[‘'"“«„]/u.test(raw) && !/^\p{Ll}/u.test(inner.slice(lead))
        ? [{ name: inner.slice(lead), kind: 'unknown', start: from + lead, end: from + inner.length }]
        : subjectList(text, from, from + inner.length).items;
    if (!items.length) return [];
    const single = items.length === 1;
    const bodies = items.filter((x) => x.kind === 'organisation').length;
    return items.flatMap((x): Found[] => {
      const kind = x.kind === 'unknown' ? (single || bodies > 0 ? 'organisation' : null) : x.kind;
      if (!kind) return [];
      const span = spanOf(text, x.start, x.end);
      return [
        {
          name: kind === 'person' ? x.name.split(/\s+/).map(nameCase).join(' ') : x.name,
          kind,
          title: null,
          span,
          item: span,
          ...(x.kind === 'unknown'
            ? { lowReason: 'a name of no known kind in the title line saying whose letter it is' }
            : {}),
        },
      ];
    });
  }
  return [];
}

// "Teona A., one of the signatories, said", « X, l'un des signataires, », «X, одна из подписавших письмо,».
const ONE_OF_SIGNERS =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:one\s+of\s+the\s+(?:signatories|signers|co-signers|authors\s+of\s+the\s+(?:letter|appeal|statement))|l['’]une?\s+des\s+(?:signataires|auteurs\s+de\s+la\s+lettre)|une?\s+des\s+signataires|одн(?:а|им?)\s+из\s+(?:подписавших|подписантов|авторов\s+(?:письма|обращения)))(?![\p{L}])/gu;

/** Persons named as one of the signers in an apposition. */
function oneOfSigners(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(ONE_OF_SIGNERS)) {
    const words = m[1]!.split(/\s+/);
    if (!personShaped(words)) continue;
    const span = spanOf(text, m.index, m.index + m[1]!.length);
    out.push({ name: words.map(nameCase).join(' '), kind: 'person', title: null, span, item: span });
  }
  return out;
}

// A date opening the line under it («Le 9 décembre 2019 …», "7 December 2019").
const LEADING_DATE = /^(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\s*,?\s*/iu;

/**
 * The bodies named on the line under a letter's heading ("OPEN LETTER" over "Kazakhstan International Bureau … (KIBHR)",
 * « Lettre ouverte à X » over « Le 9 décembre 2019 A (Kiev) / B (Paris) »): the letter's authors. Every part of the
 * line must read as a body's name, or none is taken.
 */
function headingAuthors(text: string): Found[] {
  const lines = [...text.matchAll(/^.*$/gmu)].slice(0, 40);
  for (const [i, line] of lines.entries()) {
    if (!LETTER_HEADING.test(line[0])) continue;
    const next = lines.slice(i + 1, i + 3).find((l) => l[0].trim());
    if (!next) return [];
    const lead = LEADING_DATE.exec(next[0].trimStart())?.[0].length ?? 0;
    const from = next.index + (next[0].length - next[0].trimStart().length) + lead;
    const out: Found[] = [];
    const morph = loadedRussianMorph();
    let at = from;
    let bodies = 0;
    for (const part of text.slice(from, next.index + next[0].length).split(/(\s+\/\s+|\s*;\s*)/u)) {
      const start = at;
      at += part.length;
      if (/^\s*(?:\/|;)?\s*$/u.test(part)) continue;
      // "(KIBHR)", "(Kiev)": an abbreviation or a city in brackets after the name is not part of it.
      const name = part.replace(/(?:\s*\([^()]{1,30}\))+\s*$/u, '').trim();
      // « Les Nouveaux Dissidents » beside « Center for Civil Liberties »: capitalised words beside a body's name.
      const capitalised = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){1,5}$/u.test(name);
      const body = bodyShaped(name);
      if (!body && !capitalised) return [];
      if (body) bodies++;
      // «Казахстанского международного бюро …» under «ОТКРЫТОЕ ОБРАЩЕНИЕ»: the body's name in the nominative.
      const nominative = morph ? nominativeOrganisation(name, morph) : null;
      const span = spanOf(text, start, start + name.length);
      out.push({ name: nominative ?? name, kind: 'organisation', title: null, span, item: span });
    }
    return bodies > 0 ? out : [];
  }
  return [];
}

// "the statement quoted Miklos H.'s letter", "in Jane Doe’s open letter", "a letter of Khadija I. addressed …", « dans
// la lettre de Pascal C. »: the person whose letter it is wrote it.
const POSSESSIVE_LETTER =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}-]+\s+){1,2}\p{Lu}[\p{L}-]+)['’]s\s+(?:(?:open|joint|recent)\s+)?letter(?![\p{L}])|(?<![\p{L}])(?:a|an|the)\s+(?:(?:open|joint)\s+)?letter\s+(?:of|from)\s+((?:\p{Lu}[\p{L}-]+\s+){1,2}\p{Lu}[\p{L}-]+)(?![\p{L}])|(?<![\p{L}])(?:la|une|cette)\s+lettre\s+(?:ouverte\s+)?(?:de|d['’])\s*((?:\p{Lu}[\p{L}-]+\s+){1,2}\p{Lu}[\p{L}-]+)(?![\p{L}])/gu;

/** Persons named as a letter's owner ("X's letter"). */
function possessiveWriters(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(POSSESSIVE_LETTER)) {
    const name = (m[1] ?? m[2] ?? m[3])!;
    if (!personShaped(name.split(/\s+/))) continue;
    const at = m.index + m[0].indexOf(name);
    const span = spanOf(text, at, at + name.length);
    out.push({ name, kind: 'person', title: null, span, item: span });
  }
  return out;
}

/** Every signer the shape of the text shows; the caller drops those another rule already read. */
export function findStructuralSigners(text: string, bounds: readonly [number, number][], isLetter = false): Found[] {
  return [
    ...closingBlock(text, isLetter),
    ...inlineClosing(text),
    ...titleWriters(text),
    ...headingAuthors(text),
    ...oneOfSigners(text),
    ...signersWithTitles(text, bounds),
    ...unheadedRosters(text),
    ...linesUnderColon(text),
    ...verbSubjects(text, bounds, isLetter),
    ...legislators(text, bounds),
    ...possessiveWriters(text),
  ];
}
