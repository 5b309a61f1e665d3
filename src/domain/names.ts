// Personal names as parts for matching: the words of given and family names, initials, and the patronymic as a part of
// its own (Кабулович, Қайратұлы, oğlu/qızı), whatever the order (surname first in capitals, as official lists write it).
import { fixLookAlikes } from '../text/fold.ts';
import {
  asciiWords,
  eastSlavicReadings,
  eastSlavicSpelling,
  looseKey,
  NEAR_FROM,
  oneLetterLess,
  skeletonOfWord,
  skeletonVariants,
  unglue,
} from '../text/transliterate.ts';

/** A name reduced to what matching compares. */
export interface NameParts {
  /** Skeletons of the given and family name words, in written order. */
  readonly tokens: readonly string[];
  /** Every reading of each token (the token first), e.g. both readings of a Latin "j". */
  readonly variants: readonly (readonly string[])[];
  /** First letters (of the skeleton) of the initials, e.g. "Ablyazov M." → ["m"]. */
  readonly initials: readonly string[];
  /** The father's name as the patronymic carries it ("kabul" for Кабулович, "kairat" for Қайратұлы and Кайратович). */
  readonly patronymic: string | null;
  /** Every reading of the father's name (the patronymic first), e.g. "mikala" and "nikola" for Мікалаевіч. */
  readonly patronymics: readonly string[];
}

// Belarusian writes -авіч, -аўна, -еўна (Віктаравіч, Вячаславаўна, Мікалаеўна; Latin -avich, -auna, -euna), Ukrainian
// -івна (Євгенівна).
const PATRONYMIC =
  /^(.{2,}?)(ovich|evich|avich|ovna|evna|avna|auna|euna|ivna|inichna|ichna|ich|uli|ulu|kizi|gizi|ogli|oglu)$/;
const STANDALONE_PATRONYMIC = new Set(['ogli', 'oglu', 'kizi', 'gizi', 'uli', 'ulu']);

/**
 * The father's-name root of a word that is shaped like a patronymic, or null. Russian forms of Kazakh names often put
 * an -ин- before -ович (Амангельдинович, Кабдоллинович for Амангелдіұлы, Қабдоллаұлы): it is not part of the name.
 */
export function patronymicRoot(skeleton: string): string | null {
  const m = PATRONYMIC.exec(skeleton);
  if (!m) return null;
  return /^[oe]v/.test(m[2]!) && m[1]!.length >= 6 && m[1]!.endsWith('in') ? m[1]!.slice(0, -2) : m[1]!;
}

/** Every root a patronymic may have: Серікқызы's doubled к is one letter in the skeleton (serikizi), so "seri" and "serik". */
export function patronymicRoots(skeleton: string): string[] {
  const root = patronymicRoot(skeleton);
  if (root === null) return [];
  return skeleton.endsWith('kizi') ? [root, `${root}k`] : [root];
}

/** Splits a written name into words, marking initials ("M.", "Zh.", "M.K.", a lone letter). */
function words(full: string): { text: string; initial: boolean; caps: boolean }[] {
  const out: { text: string; initial: boolean; caps: boolean }[] = [];
  for (const piece of unglue(fixLookAlikes(full))
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    const dotted = piece.split('.').filter(Boolean);
    const isInitials =
      piece.includes('.') && dotted.every((d) => asciiWords(d).join('').length <= 3 && /^\p{L}{1,3}$/u.test(d));
    if (isInitials) for (const d of dotted) out.push({ text: d, initial: true, caps: false });
    else
      for (const w of piece.split(/[-‐]/).filter(Boolean)) {
        const letters = w.replace(/[^\p{L}]/gu, '');
        out.push({
          text: w,
          initial: letters.length === 1,
          caps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        });
      }
  }
  return out;
}

/** Parses a written name (any script, any order) into the parts matching compares. */
export function nameParts(full: string): NameParts {
  const ws = words(full);
  const initials = ws
    .filter((w) => w.initial)
    .map((w) => skeletonOfWord(asciiWords(w.text).join(''))[0])
    .filter((c): c is string => Boolean(c));
  const eastSlavic = eastSlavicSpelling(full);
  const full_ = ws
    .filter((w) => !w.initial)
    .map((w) => {
      const ascii = asciiWords(w.text).join('');
      let variants = skeletonVariants(ascii);
      // A Kazakh Ө that starts a word is written У in the Russian form of the name (Өтебаев, Утебаев; Өмірбек, Умирбек).
      if (/^[өӨ]/.test(w.text) && ascii.length > 1) variants = [...variants, skeletonOfWord(`u${ascii.slice(1)}`)];
      // A Belarusian or Ukrainian name is also read as its Russian form (Уладзімір as Владимир, Агееў as Агеев).
      const readings: string[] = [];
      if (eastSlavic)
        for (const r of eastSlavicReadings(w.text, eastSlavic)) {
          const sk = skeletonOfWord(asciiWords(r).join(''));
          if (sk && !variants.includes(sk) && !readings.includes(sk)) readings.push(sk);
        }
      return { sk: variants[0]!, variants: [...variants, ...readings], readings, caps: w.caps };
    })
    .filter((w) => w.sk.length > 0);
  const rootsOf = (sks: readonly string[]) => [
    ...new Set(sks.map(patronymicRoot).filter((r): r is string => r !== null)),
  ];
  // A Belarusian father's name is compared as its Russian readings only: as written, Мікалаевіч (mikala) is as close
  // to Михайлович (mixail) as to Николаевич.
  const fatherRoots = (w: { variants: readonly string[]; readings: readonly string[] }) => {
    const read = rootsOf(w.readings);
    return read.length > 0 ? read : rootsOf(w.variants);
  };
  let patronymics: string[] = [];
  // "Hüseyn oğlu": the marker word follows the father's name.
  const marker = full_.findIndex((w, i) => i > 0 && STANDALONE_PATRONYMIC.has(w.sk));
  if (marker > 0) {
    patronymics = [...full_[marker - 1]!.variants];
    full_.splice(marker - 1, 2);
  } else if (full_.length >= 3) {
    const candidates = full_.map((w, i) => (i > 0 && rootsOf(w.variants).length > 0 ? i : -1)).filter((i) => i > 0);
    // Surname-first lists (ABLYAZOV Mukhtar Kabulovich) put it last; otherwise it sits between given and family name.
    const last = full_.length - 1;
    const surnameFirst = full_[0]!.caps || !candidates.includes(1);
    const at = candidates.includes(last) && surnameFirst ? last : candidates.includes(1) ? 1 : candidates[0];
    if (at !== undefined) {
      patronymics = fatherRoots(full_[at]!);
      full_.splice(at, 1);
    }
  }
  return {
    tokens: full_.map((w) => w.sk),
    variants: full_.map((w) => w.variants),
    initials,
    patronymic: patronymics[0] ?? null,
    patronymics,
  };
}

/**
 * The keys a name is found by in the search index: the skeleton of every word and its loose key ("#" + looseKey, so
 * Тасбулатов finds Тасболатов) with its one-letter-less neighbours ("%"), and for words shaped like a patronymic also "~" + the father's name and "~#" + its
 * loose key, so Кайратович and Kairatuly, Утегулович and Өтеғұлұлы find each other.
 */
export function nameSearchKeys(full: string): string[] {
  const keys = new Set<string>();
  // A Belarusian or Ukrainian name is also keyed as its Russian readings (Аляксандр Агееў as Александр Агеев).
  const spelling = eastSlavicSpelling(full);
  const readings = spelling
    ? full
        .split(/\s+/)
        .flatMap((w) => eastSlavicReadings(w, spelling))
        .flatMap((r) => asciiWords(r))
    : [];
  for (const word of [...asciiWords(full), ...readings]) {
    for (const sk of skeletonVariants(word)) {
      if (!sk) continue;
      keys.add(sk);
      const loose = looseKey(sk);
      keys.add(`#${loose}`);
      // One letter off: "%" + the loose key short of each letter, for words of five letters or more (Назарбаев, Назабаев).
      if (sk.length >= 5 && loose.length >= NEAR_FROM) for (const d of oneLetterLess(loose)) keys.add(`%${d}`);
      for (const root of patronymicRoots(sk)) {
        keys.add(`~${root}`);
        keys.add(`~#${looseKey(root)}`);
      }
    }
  }
  return [...keys];
}

/** The one key two spellings of the same name share when nothing but the system differs: sorted word skeletons. */
export function nameKey(full: string): string {
  const p = nameParts(full);
  return [...p.tokens].sort().join(' ');
}
