// Cross-script match keys for names: Cyrillic (Russian, Kazakh, Ukrainian, Belarusian) and Latin written under any of
// the common systems (ICAO 9303, BGN/PCGN, GOST 7.79 B, scholarly, ISO 9, French and German habits) reduce to one
// ASCII "skeleton" per word, so Аблязов, Ablyazov, Abliazov and ABLYAZOV give the same key. Keys are for matching only:
// they are never shown, and the original spelling is always kept beside them.
import anyAscii from 'any-ascii';
import { fixLookAlikes, foldLetters } from './fold.ts';

/**
 * Cyrillic → Latin, one letter at a time. The letters follow ICAO 9303 (the passport system, as the `iuliia` package
 * defines it); which system is used hardly matters, because the skeleton below folds the systems' differences anyway.
 * ъ is dropped (ICAO writes "ie", most others nothing). A plain table, not `iuliia.translate`: keys are computed for every name on every write and for 100,000-person scans.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * Latin letters whose accent carries a sound that NFKD would lose (š → s): the scholarly and ISO 9 systems, Turkic
 * alphabets (Azerbaijani, Turkish, Uzbek, Kazakh Latin) and the BGN/PCGN Kazakh table.
 */
const LATIN_PREFOLD: Record<string, string> = {
  š: 'sh',
  ž: 'zh',
  č: 'ch',
  ŝ: 'shch',
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  ǧ: 'g',
  ı: 'i',
  ə: 'a',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ß: 'ss',
  ʹ: '',
  ʺ: '',
  '·': '',
  '"': '',
  '“': '',
  '”': '',
  '’': '',
  "'": '',
  '`': '',
  ʼ: '',
  '‘': '',
  '´': '',
  ŭ: 'u',
  ł: 'l',
  ć: 'ch',
  ś: 'sh',
  ź: 'zh',
  ż: 'zh',
};

/** Ordered rewrites of an ASCII word that fold the systems' spellings of the same sound. */
type Rewrite = string | ((match: string, ...groups: string[]) => string);
const SKELETON_RULES: ReadonlyArray<[RegExp, Rewrite]> = [
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/dzh|dsch/g, 'zh'],
  // ICAO writes ъ as "ie": before я, ю, е (ia, iu, ie) it is a letter too many (Podieiarskii, Podъярский).
  [/ie(?=[iyj][aeiou])/g, ''],
  // French: щ is "chtch", ч "tch".
  [/chtch/g, 'sh'],
  [/t?tsch|tch/g, 'ch'],
  // щ: shch (ICAO), sch (German habit), shh, and chsh as some Kazakh passports write it (TIMOCHSHENKO).
  // Estonian and Finnish write ч as tš (Tšudinov).
  [/tsh(?!ch)/g, 'ch'],
  [/shch|chsh|sch|shh|szcz/g, 'sh'],
  // Polish habit, and the Belarusian Łacinka written with Polish letters: sz is ш (Szostak, Jaraszewicz).
  [/sz/g, 'sh'],
  // GOST 7.79 B writes ц as "cz" (and "c" before i, e, y, j); the scholarly system writes it as "c" everywhere.
  [/cz/g, 'ts'],
  [/c(?![hk])/g, 'ts'],
  [/tz/g, 'ts'],
  [/gh/g, 'g'],
  // х is kh (ICAO, BGN), h (Kazakh passports, English habit) or x (GOST 7.79 B, scholarly); ks and x sound alike too.
  [/kh|ks|(?<![szc])h|x/g, 'x'],
  [/ng/g, 'n'],
  // Russian spellings write the н of a Kazakh нб as м (Дүйсенбинов, Дюсембинов; Досмұханбетов, Досмухамбетов).
  [/nb/g, 'mb'],
  [/ou/g, 'u'],
  [/[yj]/g, 'i'],
  [/(.)\1+/g, '$1'],
  // Soft vowels after a consonant: я as ia/ya/ja/a, ю as iu/yu/ju/u, ё as io/yo/e, е as ie/ye/e.
  [/([^aeiou])i([aueo])/g, (_m, c, v) => `${c}${v === 'o' ? 'e' : v}`],
  [/i[eo]/g, 'e'],
  [/(o|e)f$/g, '$1v'],
  [/(.)\1+/g, '$1'],
];

/** Name parts written without a space between them (ArmanTuleshovich, ZagipaYahyanovna) as separate words. */
export function unglue(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})(?=\p{Ll})/gu, '$1 $2');
}

/** Lower-cases, folds Kazakh and other extra Cyrillic letters (foldLetters), and writes Cyrillic in Latin letters (ICAO 9303). */
export function cyrillicToLatin(text: string): string {
  let out = '';
  for (const ch of foldLetters(text).toLowerCase()) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** Any text as lower-case ASCII words separated by single spaces (apostrophes and soft signs dropped). */
export function asciiWords(text: string): string[] {
  // Single words (a name's parts) repeat a great deal; longer texts are not worth keeping.
  if (text.length > 40) return computeAsciiWords(text);
  let out = asciiCache.get(text);
  if (!out) {
    out = computeAsciiWords(text);
    if (asciiCache.size >= 50_000) asciiCache.clear();
    asciiCache.set(text, out);
  }
  return out;
}
const asciiCache = new Map<string, string[]>();

function computeAsciiWords(text: string): string[] {
  let pre = '';
  for (const ch of cyrillicToLatin(unglue(fixLookAlikes(text.normalize('NFC'))))) pre += LATIN_PREFOLD[ch] ?? ch;
  const ascii = anyAscii(pre.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase();
  return ascii.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** The skeleton of one lower-case ASCII word: the spelling every transliteration system of the same name reduces to. */
export function skeletonOfWord(word: string): string {
  let w = word;
  for (const [re, to] of SKELETON_RULES) w = typeof to === 'string' ? w.replace(re, to) : w.replace(re, to);
  return w;
}

/**
 * The skeletons a Latin word may stand for, its usual reading first. Some letters have two (w: в in German habit, у
 * in Kazakh Latin; cz: ц in GOST, ч in Polish): "j" is й in the scholarly
 * and German systems (Jurij, Podʺjarskij) but ж in Kazakh and Azerbaijani Latin and in English habit (Jomart, Janbolat,
 * and "dj" in French: Djoumabaev); "q" is қ in
 * Kazakh but г in Azerbaijani (İlqar = Ильгар); "c" is ц (scholarly, GOST) but дж in Azerbaijani (Xədicə = Хадиджа).
 */
export function skeletonVariants(asciiWord: string): string[] {
  const cached = variantCache.get(asciiWord);
  if (cached) return cached;
  const out = computeVariants(asciiWord);
  if (variantCache.size >= CACHE_SIZE) variantCache.clear();
  variantCache.set(asciiWord, out);
  return out;
}

// Names repeat (the same given names and surnames over and over): skeletons are kept for the words seen last.
const CACHE_SIZE = 50_000;
const variantCache = new Map<string, string[]>();
const wordCache = new Map<string, string[]>();

function computeVariants(asciiWord: string): string[] {
  const out = [skeletonOfWord(asciiWord)];
  // w is у in the Kazakh Latin alphabet (Mwsïn, Sawdabayev); cz is ч in Polish (Czudinow).
  const alts: [RegExp, string][] = [
    [/d?j/g, 'zh'],
    [/q/g, 'g'],
    [/c(?![hkz])/g, 'dzh'],
    [/w/g, 'u'],
    [/cz/g, 'ch'],
    // Swedish writes ч as tj (Tjudinov, Bahdanovitj).
    [/tj/g, 'ch'],
  ];
  for (const [re, to] of alts) {
    if (!re.test(asciiWord)) continue;
    re.lastIndex = 0;
    const alt = skeletonOfWord(asciiWord.replace(re, to));
    if (!out.includes(alt)) out.push(alt);
  }
  return out;
}

// Belarusian and Ukrainian forms of a name against its Russian form (Аляксандр Агееў, Агеев Александр; Уладзімір,
// Владимир; Сцяцко, Стецко; Олександр, Александр): besides the letters foldLetters already folds (і и, ў after a vowel
// в, є е, ї и, ґ г), the two languages write sounds where Russian writes others, and the name's first vowel is the one
// the keys hold on to. A name that shows them is also read as the Russian form would be written; the readings are
// extra keys and extra variants of its words, never a replacement of the name as written.

/** Letters only Kazakh writes: a name with them is Kazakh, and its і is Kazakh too. */
const KAZAKH_ONLY_RE = /[әғқңөұүһ]/iu;
/** Cyrillic that only Belarusian or Ukrainian writes: ў ї є ґ, і (outside Kazakh names), дз, and ц before a soft vowel. */
const EAST_SLAVIC_CYRILLIC_RE = /[ўїєґ]|дз|ц[яёюьі]/iu;
/**
 * Latin that only Belarusian forms write: Łacinka's ł and ŭ, dz (дз, not the dzh of дж), and ў written u after a vowel
 * at the end of a word, before -ski, -na, or in a first Яў- (Bazanau, Ahieieu, Tsikhanouski, Piatrouna, Yauhien). Kazakh
 * Latin writes au and eu before other consonants (Daulet, Tleubaev, Aubakirov), so those are no mark.
 */
const EAST_SLAVIC_LATIN_RE =
  /[łŭ]|dz(?!h)|[aeo]u(?:$|[^\p{L}]|sk|n[ao](?:$|[^\p{L}]))|(?:^|[^\p{L}])[jy]au(?![aeiouy])/iu;
const CYRILLIC_VOWELS = 'аеёиоуыэюяіїє';

/**
 * How plainly a written name is Belarusian or Ukrainian: `clear` with letters or digraphs only they write, `i-only` when
 * its one sign is і (which Kazakh writes too: Серік, Ерлан Серікбаев), null when it shows neither.
 */
export type EastSlavicSpelling = 'clear' | 'i-only';

/** Whether a written name shows Belarusian or Ukrainian spelling (so its words are also read as Russian forms), and how plainly. */
export function eastSlavicSpelling(text: string): EastSlavicSpelling | null {
  const t = fixLookAlikes(text.normalize('NFC'));
  if (EAST_SLAVIC_CYRILLIC_RE.test(t) || EAST_SLAVIC_LATIN_RE.test(t)) return 'clear';
  return /і/iu.test(t) && !KAZAKH_ONLY_RE.test(t) ? 'i-only' : null;
}

/** Ordered rewrites of a lower-case Cyrillic Belarusian or Ukrainian word into the letters of its Russian form. */
const CYRILLIC_READING: ReadonlyArray<[RegExp, string]> = [
  // Given names whose Russian form starts otherwise: Мікалай, Мікола, Микола (Николай); Ганна (Анна).
  [/^мик[ао]л/u, 'никол'],
  [/^ганн/u, 'анн'],
  // ў after a vowel is в already (foldLetters); an initial у before a consonant is в too (Уладзімір, Уладзіслаў).
  [new RegExp(`^у(?=[^${CYRILLIC_VOWELS}])`, 'u'), 'в'],
  // дзеканне and цеканне: Belarusian writes дз and ц where Russian has д and т before a soft vowel (Уладзімір,
  // Вадзім, Дзмітрый; Сцяцко, Старасціна, Канстанцін).
  [/дз/gu, 'д'],
  [/ц(?=[яеёюіиь])/gu, 'т'],
  // яканне: an unstressed е after a consonant is written я (Аляксандр, Сяргей, Святлана, Пятроўна).
  [/(?<=[бвгджзклмнпрстфхцчшщ])я/gu, 'е'],
];

/** The same for a lower-case ASCII word of a Belarusian Latin form (passport, BGN/PCGN, Łacinka). */
const LATIN_READING: ReadonlyArray<[RegExp, string]> = [
  [/^(?:mik[ao]l|mykol)/, 'nikol'],
  [/^h?ann/, 'ann'],
  // Łacinka and Polish ch is х (Michaił, Bochan); with h for г, zh may be з and г (Razhanau, Розганов).
  [/ch/g, 'kh'],
  [/zh/g, 'zg'],
  [/([aeo])u(?![aeiouy])/g, '$1v'],
  [/^u(?=[^aeiouy])/, 'v'],
  // дз: dz, and ds in German habit (Wadsim Dsewjatouski).
  [/d[zs]/g, 'd'],
  // ц before a soft vowel: ci, cia, tsi, tsia, tsya, cja (Sciacko, Tsikhanouski), not a hard цы (Tsybulski).
  [/(?:ts|c)(?=i|j|y[aeou])/g, 't'],
  // яканне, as in Cyrillic (Aliaksandr, Siarhei, Sviatlana).
  [/(?<=[bcdfghklmnprstvwxz])(?:ia|ya|ja)/g, 'e'],
];

/**
 * The vowels a Belarusian or Ukrainian name may start with where Russian starts with another (Алена, Елена; Аксана,
 * Оксана; Олександр, Александр; Яўген, Евгений). A name whose only sign is і widens а and о alone: Kazakh names have
 * і too, and Ерлан and Арлан are two names (often of brothers).
 */
const FIRST_VOWEL = {
  cyrillic: { clear: /^[аоеэяє]/u, 'i-only': /^[ао]/u },
  latin: { clear: /^(?:[iyj][ae]|[aoe])/, 'i-only': /^[ao]/ },
};

/**
 * The Russian readings of one word of a Belarusian or Ukrainian name (Cyrillic or Latin), as text that asciiWords
 * reads: the word with the rewrites above, and, when it starts with а, о, е, я or є, that reading starting with а, о
 * and е (with а or о, that reading with а and о, for an `i-only` name). Empty when the word reads the same.
 */
export function eastSlavicReadings(word: string, spelling: EastSlavicSpelling = 'clear'): string[] {
  const w = fixLookAlikes(word.normalize('NFC')).toLowerCase();
  const cyrillic = /\p{Script=Cyrillic}/u.test(w);
  let base: string;
  let first: RegExp;
  let vowels: string[];
  if (cyrillic) {
    base = foldLetters(w);
    for (const [re, to] of CYRILLIC_READING) base = base.replace(re, to);
    first = FIRST_VOWEL.cyrillic[spelling];
    vowels = spelling === 'clear' ? ['а', 'о', 'е'] : ['а', 'о'];
  } else {
    base = asciiWords(w).join(' ');
    for (const [re, to] of LATIN_READING) base = base.replace(re, to);
    first = FIRST_VOWEL.latin[spelling];
    vowels = spelling === 'clear' ? ['a', 'o', 'e'] : ['a', 'o'];
  }
  const out = new Set<string>([base]);
  if (first.test(base)) for (const v of vowels) out.add(base.replace(first, v));
  out.delete(cyrillic ? foldLetters(w) : asciiWords(w).join(' '));
  return [...out];
}

/** The skeletons of every word of a text, in order. */
export function skeletons(text: string): string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const out = asciiWords(text)
    .map((w) => skeletonVariants(w)[0]!)
    .filter((w) => w.length > 0);
  if (wordCache.size >= CACHE_SIZE) wordCache.clear();
  wordCache.set(text, out);
  return out;
}

/**
 * The loose key of a word's skeleton: what a Kazakh and a Russian spelling of one name still share when vowels differ
 * (Тасболатов/Тасбулатов, Пішембаев/Пшембаев, Өтеғұл/Утегул), when г, к, х and қ stand for one another inside the
 * word (Бахыт/Бақыт), and when the Kazakh form drops the Russian -ов/-ев (Жұмабай/Жумабаев, Сұлтанбай/Султанбаев).
 * It is the first letter and the consonants, with the sounds the languages swap folded together. With `exactStart`
 * the first letter keeps more of itself (a vowel stays that vowel, к stays apart from г and х): Омаров and Умаров,
 * Қалиев and Халиев are different families, which the duplicate finder must not pair; search, which ranks what it
 * finds, uses the looser key.
 */
export function looseKey(skeleton: string, exactStart = false): string {
  const cacheKey = exactStart ? `!${skeleton}` : skeleton;
  let k = looseCache.get(cacheKey);
  if (k === undefined) {
    // Only after a vowel (Жумабаев → Жумаба-, as Жұмабай): after a consonant the ending makes a surname of a given name
    // (Иван, Иванов). The feminine -ова/-ева stays: Жумабаева is not Жұмабай.
    const stem = skeleton.length >= 6 ? skeleton.replace(/([aeiou])[oe]v$/, '$1') : skeleton;
    const fold = (s: string) =>
      s
        .replace(/[kgxhq]/g, 'k')
        .replace(/z/g, 's')
        .replace(/[fw]/g, 'v');
    const head = stem.slice(0, 1);
    const first = exactStart
      ? head.replace(/[xh]/, 'g').replace('z', 's').replace('f', 'v')
      : /[aeiou]/.test(head)
        ? 'a'
        : fold(head);
    k = (first + fold(stem.slice(1).replace(/[aeiou]/g, ''))).replace(/(.)\1+/g, '$1');
    // A feminine surname ending keeps a mark, so that one letter off never turns Жумабаева into Жумабаев.
    if (/(?:[oea]va|ina|aia)$/.test(stem)) k += 'a';
    if (looseCache.size >= CACHE_SIZE) looseCache.clear();
    looseCache.set(cacheKey, k);
  }
  return k;
}
const looseCache = new Map<string, string>();

/** The loose keys of this many letters or more also match one letter off (a dropped, added or mistyped consonant). */
export const NEAR_FROM = 4;

/** A key with each of its letters left out in turn (the "symmetric delete" neighbours of a typo search). */
export function oneLetterLess(key: string): string[] {
  let out = lessCache.get(key);
  if (out === undefined) {
    const set = new Set<string>();
    for (let i = 0; i < key.length; i++) set.add(key.slice(0, i) + key.slice(i + 1));
    out = [...set];
    if (lessCache.size >= CACHE_SIZE) lessCache.clear();
    lessCache.set(key, out);
  }
  return out;
}
const lessCache = new Map<string, string[]>();

/** Whether two loose keys are at most one letter apart (left out, added or replaced), for keys of NEAR_FROM letters or more. */
export function looseNear(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.max(a.length, b.length) < NEAR_FROM || Math.abs(a.length - b.length) > 1) return false;
  const da = oneLetterLess(a),
    db = oneLetterLess(b);
  return da.includes(b) || db.includes(a) || da.some((x) => db.includes(x));
}
