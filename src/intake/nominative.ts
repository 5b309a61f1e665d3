// A Russian name in its dictionary form: «Розы Тулетаевой» → «Роза Тулетаева». The analyser gives each word its readings;
// the reading of the whole name is the case and gender its given name, surname and patronymic agree on. A female surname
// is inflected to the feminine nominative (its lemma is the masculine one). Words the dictionary does not know are only
// changed when the surname's ending asks for it, and the reason is kept for the reviewer.
import type { RussianMorph, WordReading } from './russian-morph.ts';
import { ruStem } from './tokens.ts';
import { spanOf, type PersonProposal, type Span } from './types.ts';

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
const GENDERS = ['masc', 'femn'] as const;
const CASES_OBJECT_FIRST = ['accs', 'nomn', 'gent', 'datv', 'ablt', 'loct'] as const;
const ROLES = ['Name', 'Surn', 'Patr'] as const;
const CASE_NAMES: Record<(typeof CASES)[number], string> = {
  nomn: 'nominative',
  gent: 'genitive',
  datv: 'dative',
  accs: 'accusative',
  ablt: 'instrumental',
  loct: 'prepositional',
};

// An unknown word ending like an adjective («Хельсинкской») is part of a name of something else, never kept as a given name.
const ADJECTIVE_ENDING = /(?:ой|ый|ий|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/u;
// The last letter of a surname that does not decline when a woman bears it: a consonant.
const FEMININE_FIXED = /[бвгджзклмнпрстфхцчшщ]$/u;

/** The name in the nominative, whether it differs from what is written, and what the reviewer should know about it. */
export interface NominativeName {
  name: string;
  changed: boolean;
  /** Why the form was chosen, when there is something to say ("read as genitive …", "kept as written: … unknown"). */
  note: string | null;
}

interface WordChoice {
  form: string;
  reading: WordReading | null;
  weight: number;
}

/** Writes a form the analyser gave (lower case, ё) the way the original word is written. */
function like(original: string, form: string): string {
  let out = form.replace(/ё/gu, 'е');
  // Give back a ё the original had where the form keeps the same letters up to it («Семёнова» → «Семёнов»).
  for (const m of original.toLowerCase().matchAll(/ё/gu))
    if (out.slice(0, m.index) === original.toLowerCase().slice(0, m.index).replace(/ё/gu, 'е') && out[m.index] === 'е')
      out = `${out.slice(0, m.index)}ё${out.slice(m.index + 1)}`;
  if (original === original.toUpperCase() && original.length > 1) return out.toUpperCase();
  return out.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

// Surname endings by case and gender, for surnames the analyser reads only as something else («Калиева» as an adjective):
// [ending written, case, gender, nominative ending]. The fallback the rules used before the analyser, inside the agreement.
const SURNAME_FORMS: readonly [string, string, string, string][] = [
  ['ов', 'nomn', 'masc', 'ов'],
  ['ев', 'nomn', 'masc', 'ев'],
  ['ин', 'nomn', 'masc', 'ин'],
  ['ова', 'nomn', 'femn', 'ова'],
  ['ева', 'nomn', 'femn', 'ева'],
  ['ина', 'nomn', 'femn', 'ина'],
  ['ова', 'gent', 'masc', 'ов'],
  ['ева', 'gent', 'masc', 'ев'],
  ['ина', 'gent', 'masc', 'ин'],
  ['ову', 'datv', 'masc', 'ов'],
  ['еву', 'datv', 'masc', 'ев'],
  ['ину', 'datv', 'masc', 'ин'],
  ['овым', 'ablt', 'masc', 'ов'],
  ['евым', 'ablt', 'masc', 'ев'],
  ['иным', 'ablt', 'masc', 'ин'],
  ['ове', 'loct', 'masc', 'ов'],
  ['еве', 'loct', 'masc', 'ев'],
  ['ине', 'loct', 'masc', 'ин'],
  ...(['gent', 'datv', 'ablt', 'loct'] as const).flatMap(
    (c) =>
      [
        ['овой', c, 'femn', 'ова'],
        ['евой', c, 'femn', 'ева'],
        ['иной', c, 'femn', 'ина'],
      ] as [string, string, string, string][],
  ),
  ['ову', 'accs', 'femn', 'ова'],
  ['еву', 'accs', 'femn', 'ева'],
  ['ину', 'accs', 'femn', 'ина'],
];

/** Readings of a surname from its ending alone, for a word the analyser has no surname reading of. */
export function surnameByEnding(word: string): WordReading[] {
  const low = word.toLowerCase();
  return SURNAME_FORMS.filter(([end]) => low.endsWith(end) && low.length > end.length + 2).map(([end, c, g, nomn]) => ({
    grammemes: new Set(['NOUN', 'Surn', 'sing', c, g]),
    score: 0,
    known: false,
    inflect: () => low.slice(0, -end.length) + nomn,
  }));
}

const TURKIC_FIXED = /^\p{Lu}\p{Ll}{2,}(?:лы|ли)$/u;
/** The readings of a surname that is the same in every case and gender. */
function fixedSurname(word: string): WordReading[] {
  return CASES.flatMap((c) =>
    GENDERS.map((g) => ({
      grammemes: new Set(['NOUN', 'Surn', 'Fixd', 'sing', c, g]),
      score: 0,
      known: false,
      inflect: () => word.toLowerCase(),
    })),
  );
}

/** The best reading of one word in a given case and gender, with its nominative form. */
function chooseWord(word: string, readings: readonly WordReading[], c: string, g: string): WordChoice | null {
  for (const [rank, r] of readings.entries()) {
    if (!r.grammemes.has(c) || !r.grammemes.has('sing') || !(r.grammemes.has(g) || r.grammemes.has('Ms-f'))) continue;
    if (!ROLES.some((role) => r.grammemes.has(role))) continue;
    // A patronymic's paradigm holds the given name too: ask for the patronymic's own nominative. A surname that does not
    // decline («Кириенко», «Лукашенко») is its own nominative in every case.
    const nomn =
      c === 'nomn' || r.grammemes.has('Fixd')
        ? word
        : r.inflect(['nomn', 'sing', g, ...(r.grammemes.has('Patr') ? ['Patr'] : [])]);
    if (!nomn) continue;
    return { form: c === 'nomn' ? word : like(word, nomn), reading: r, weight: (r.known ? 1 : 0.5) / (1 + rank) };
  }
  return null;
}

// A man's given name the dictionary does not know, ending in a consonant, takes «-у» in the dative and «-ом» in the
// instrumental («Курманкулу Зулушеву», «Уланом Ниязбековым»): those endings come off. Other cases and words ending in a
// vowel are kept as written (such names are often not declined).
const MASCULINE_ENDING: Partial<Record<(typeof CASES)[number], RegExp>> = {
  datv: /(?<=[бвгджзклмнпрстфхцчшщ])у$/u,
  ablt: /(?<=[бвгджзклмнпрстфхцчшщ])ом$/u,
  gent: /(?<=[бвгджзклмнпрстфхцчшщ])а$/u,
};
function unknownGivenName(word: string, c: (typeof CASES)[number], g: string): string {
  // «Ризы О.» (genitive of «Риза»): a man's name ending in «-а» takes «-ы» (or «-и» after к, г, х, ж, ш, ч, щ).
  // Not a Turkmen name that ends in «-ды», «-лы» as written («Нургельды», «Гулгельды»).
  if (g === 'masc' && c === 'gent' && word.length > 3 && /(?:(?<![дл])ы|(?<=[кгхжшчщ])и)$/u.test(word))
    return `${word.slice(0, -1)}а`;
  // «Сеитяге Аббозову» (dative of «Сеитяга»): a man's name in «-е» beside a dative surname ends in «-а».
  if (g === 'masc' && c === 'datv' && word.length > 4 && /(?<=[бвгджзклмнпрстфхцчшщ])е$/u.test(word))
    return `${word.slice(0, -1)}а`;
  // «блогера Фозилходжу Арифходжаева» (accusative of «Фозилходжа»): a man's name in «-у» after an accusative surname.
  if (g === 'masc' && c === 'accs' && word.length > 4 && /у$/u.test(word)) return `${word.slice(0, -1)}а`;
  // «Хадиджи Исмайловой», «Айгерим Б.»: a woman's name the dictionary does not know, ending in «-а»/«-я» in the
  // nominative, takes the endings of «Мария» and «Зарема»; one ending in a consonant does not decline.
  if (g === 'femn' && word.length > 3) {
    const stem = word.slice(0, -1);
    const hush = /[жшчщгкхц]$/u.test(stem);
    if (c === 'gent' && /ии$/u.test(word)) return `${stem}я`;
    if (c === 'gent' && /ы$/u.test(word)) return `${stem}а`;
    if (c === 'gent' && /и$/u.test(word)) return `${stem}${hush ? 'а' : 'я'}`;
    if (c === 'accs' && /у$/u.test(word)) return `${stem}а`;
    if (c === 'accs' && /ю$/u.test(word)) return `${stem}я`;
    if ((c === 'datv' || c === 'loct') && /ии$/u.test(word)) return `${stem}я`;
    if ((c === 'datv' || c === 'loct') && /е$/u.test(word)) return `${stem}а`;
  }
  const ending = g === 'masc' ? MASCULINE_ENDING[c] : undefined;
  return ending && word.length > 4 ? word.replace(ending, '') : word;
}

/** The name's words in the nominative; null when the analyser finds no reading the words agree on (the caller keeps its
 * own rules then). Only Cyrillic names of two to four words are read. */
export function nominativeName(
  words: readonly string[],
  morph: RussianMorph,
  /** The person's gender when another mention settles it («Атабаев» alone makes «Болата Атабаева» a man's name). */
  gender?: (typeof GENDERS)[number],
  /** A preposition stands before the name («от Александра Лукашенко»): it is not in the nominative. */
  afterPreposition = false,
  /** The one case the name's place in the sentence allows («арестовали Марину Иванову»: the accusative). */
  onlyCase?: (typeof CASES)[number],
): NominativeName | null {
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[\p{Script=Cyrillic}-]+$/u.test(w))) return null;
  // The dictionary writes е for ё: look words up without it, and give ё back in the result.
  const readings = words.map((w, i) => {
    const rs = morph(w.replace(/ё/gu, 'е').replace(/Ё/gu, 'Е'));
    // «Магеррамли», «Гасанлы», «Шихлы»: an Azerbaijani surname in «-лы», «-ли» does not decline; it reads so first.
    if (i > 0 && i === words.length - 1 && TURKIC_FIXED.test(w)) return [...fixedSurname(w), ...rs];
    return rs.some((r) => r.grammemes.has('Surn') || r.grammemes.has('Patr')) ? rs : [...rs, ...surnameByEnding(w)];
  });
  const known = readings.map((rs) => rs.some((r) => r.known && ROLES.some((role) => r.grammemes.has(role))));
  // «Письмо Назарбаеву», «Сегодня Иванову»: a word the dictionary knows only as something with no gender of a person
  // (a neuter noun, an adverb) does not open a two-word name. Longer mentions («Радио Свобода Иван Беляев») lose such
  // words later, in trimCommonWords.
  if (
    words.length === 2 &&
    readings[0]!.length > 0 &&
    readings[0]!.every((r) => r.known && !['masc', 'femn', 'ms-f', ...ROLES].some((g) => r.grammemes.has(g)))
  )
    return null;
  const surnameLike = readings.map((rs) => rs.some((r) => r.grammemes.has('Surn')));
  // «Эдему» ends like an adjective but is a noun the dictionary knows («Эдем»): a name's word may be one.
  const adjectiveLike = words.map(
    (w, i) =>
      ADJECTIVE_ENDING.test(w.toLowerCase()) &&
      !(
        readings[i]!.some((r) => r.known && r.grammemes.has('NOUN')) &&
        !readings[i]!.some((r) => r.grammemes.has('ADJF'))
      ),
  );
  let best: { c: (typeof CASES)[number]; g: string; choices: WordChoice[]; score: number } | null = null;
  const valid: { c: (typeof CASES)[number]; name: string }[] = [];
  for (const c of CASES)
    for (const g of GENDERS) {
      if ((gender && g !== gender) || (afterPreposition && c === 'nomn') || (onlyCase && c !== onlyCase)) continue;
      const choices: WordChoice[] = [];
      for (const [i, w] of words.entries()) {
        const choice = chooseWord(w, readings[i]!, c, g);
        // A word the dictionary does not know and that has no reading here is kept as written (Kazakh names often do not decline).
        if (choice) choices.push(choice);
        else if (!known[i] && (!surnameLike[i] || i < words.length - 1) && !adjectiveLike[i])
          choices.push({ form: unknownGivenName(w, c, g), reading: null, weight: 0 });
        // A woman's surname ending in a consonant does not decline («Лейлы Юнус», «Марии Шмидт»).
        else if (g === 'femn' && i === words.length - 1 && i > 0 && FEMININE_FIXED.test(w))
          choices.push({ form: w, reading: null, weight: 0 });
        else break;
      }
      if (choices.length < words.length || choices.every((x) => x.reading === null)) continue;
      // At most one surname-only and one patronymic-only word: "Иванова Петрова" is not a name and a surname.
      const roles = choices.map((x) => ROLES.filter((r) => x.reading?.grammemes.has(r)));
      if (roles.filter((r) => r.length === 1 && r[0] === 'Patr').length > 1) continue;
      const score = choices.reduce((s, x) => s + x.weight, 0) + (c === 'nomn' ? 0.01 : 0);
      valid.push({ c, name: choices.map((x) => x.form).join(' ') });
      if (!best || score > best.score) best = { c, g, choices, score };
    }
  if (!best) return null;
  const written = words.join(' ');
  const name = best.choices.map((x) => x.form).join(' ');
  const guessed = best.choices.flatMap((x, i) =>
    x.reading && !x.reading.known && x.form !== words[i] && !x.reading.grammemes.has('Surn') ? [words[i]!] : [],
  );
  const kept = best.choices.flatMap((x, i) => (x.reading === null && x.form === words[i] ? [words[i]!] : []));
  // A name the dictionary does not know, its case ending taken off («Курманкулу» → «Курманкул»).
  const unknownChanged = best.choices.flatMap((x, i) => (x.reading === null && x.form !== words[i] ? [words[i]!] : []));
  // Only words the dictionary does not know would change, and what is written reads as a nominative too: keep it.
  if (
    best.c !== 'nomn' &&
    guessed.length > 0 &&
    best.choices.every((x, i) => x.form === words[i] || !x.reading?.known) &&
    valid.some((v) => v.c === 'nomn')
  ) {
    return {
      name: written,
      changed: false,
      note: `kept as written: «${guessed.join(' ')}» is not in the dictionary and the name also reads as a nominative`,
    };
  }
  const notes: string[] = [];
  if (best.c !== 'nomn')
    notes.push(`«${written}» read as ${CASE_NAMES[best.c]} ${best.g === 'femn' ? 'feminine' : 'masculine'}`);
  if (best.c !== 'nomn' && valid.some((v) => v.c === 'nomn' && v.name === written))
    notes.push('it could also be the nominative');
  if (guessed.length > 0)
    notes.push(`«${guessed.join(' ')}» is not in the dictionary: its nominative is guessed from the ending`);
  if (kept.length > 0 && best.c !== 'nomn') notes.push(`«${kept.join(' ')}» is not in the dictionary: kept as written`);
  if (unknownChanged.length > 0)
    notes.push(
      `«${unknownChanged.join(' ')}» is not a name the dictionary knows: its case ending is taken off as a name’s would be`,
    );
  return { name, changed: name !== written, note: notes.length ? notes.join('; ') : null };
}

/** Puts every Russian person's name in the nominative (their spans stay as found) and returns, by person ref, what the
 * reviewer should know about the form chosen. A mention that reads one way only decides over ambiguous ones. */
export function nominativePersons(
  persons: PersonProposal[],
  morph: RussianMorph,
  /** The document, to read the word before a mention («журналиста Ерлана …» is a man). */
  text?: string,
): Map<string, string> {
  const notes = new Map<string, string>();
  dropLeadingWords(persons, morph);
  for (const p of persons) {
    // The surname alone in its masculine nominative («Атабаев») settles the gender of the full mentions.
    const masculine = p.spans.some((s) => MASCULINE_SURNAME.test(s.text));
    const reads = p.spans
      .filter((s) => s.text.split(/\s+/).length >= 2)
      .map((s) => {
        const w = nounSurname(s.text.split(/\s+/), p.spans);
        const gender = masculine
          ? 'masc'
          : text
            ? (genderOfNounBefore(text, s.start, morph) ?? genderOfVerbAfter(text, s.end, morph))
            : undefined;
        const governed =
          text !== undefined &&
          (PREPOSITION_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)) ||
            OBJECT_BEFORE_VERB.test(text.slice(s.end, s.end + 60)));
        const only =
          text === undefined
            ? undefined
            : DATIVE_TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start))
              ? 'datv'
              : transitiveBefore(text, s.start, morph)
                ? 'accs'
                : SUBJECT_OF_DASH.test(text.slice(s.end, s.end + 4)) &&
                    /(?:^|[,;:.\n])\s*$/u.test(text.slice(Math.max(0, s.start - 4), s.start))
                  ? 'nomn'
                  : undefined;
        const agreeing = text === undefined || only ? [] : casesOfNounBefore(text, s.start, morph);
        return (
          (only ? nominativeName(w, morph, gender, only !== 'nomn', only) : null) ??
          (!only && text !== undefined && afterNominativeName(text, s.start, morph)
            ? nominativeName(w, morph, gender, false, 'nomn')
            : null) ??
          agreeing.map((c) => nominativeName(w, morph, gender, true, c)).find((r) => r !== null) ??
          (governed ? nominativeName(w, morph, gender, true) : null) ??
          (gender ? nominativeName(w, morph, gender) : null) ??
          nominativeName(w, morph)
        );
      })
      .filter((r) => r !== null);
    // «Лейлы и Арифа Юнус»: a name whose given name alone was written, its surname taken from the name beside it.
    if (!reads.length && p.spans.every((s) => !/\s/u.test(s.text))) {
      const read = nominativeName(p.name.split(/\s+/u), morph);
      if (read) reads.push(read);
    }
    const chosen = reads.find((r) => !r.note) ?? reads.find((r) => !r.note?.includes('could also')) ?? reads[0];
    if (!chosen) continue;
    p.name = chosen.name;
    if (chosen.note) notes.set(p.ref, chosen.note);
  }
  // «Розу Тулетаеву» and «Розы Тулетаевой» are one person once both are «Роза Тулетаева»: merged, refs numbered again
  // (nothing refers to them yet).
  const merged: PersonProposal[] = [];
  const renamed = new Map<string, string>();
  for (const p of persons) {
    const same = merged.find((m) => m.name === p.name);
    if (!same) {
      merged.push(p);
      continue;
    }
    same.spans = [...same.spans, ...p.spans].sort((a, b) => a.start - b.start);
    for (const r of p.roles) if (!same.roles.includes(r)) same.roles.push(r);
    for (const k of p.roleKinds) if (!same.roleKinds.includes(k)) same.roleKinds.push(k);
    if (!notes.has(same.ref) && notes.has(p.ref)) notes.set(same.ref, notes.get(p.ref)!);
  }
  persons.splice(0, persons.length, ...merged);
  for (const [i, p] of persons.entries()) {
    renamed.set(p.ref, `person-${i + 1}`);
    p.ref = `person-${i + 1}`;
  }
  return new Map([...notes].flatMap(([ref, note]) => (renamed.has(ref) ? [[renamed.get(ref)!, note] as const] : [])));
}

// A preposition right before a name governs a case other than the nominative («от», «к», «для», «против»). «в» and «с»
// are left out: «в Алматы», «с Иваном» do not come before names often enough to be worth the doubt they add.
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:от|к|ко|для|у|без|против|из-за|о|об|обо|при|по|среди|около|после)[ \u00a0]+$/iu;

// «Кошкарбая Т. суд приговорил к …»: a name put before the court that sentences it is the verb's object.
const OBJECT_BEFORE_VERB =
  /^\s+(?:суд|судья|власти|полиция|силовики|следователи)\s+(?:\p{Ll}+\s+)?(?:приговорил\p{L}*|арестовал\p{L}*|задержал\p{L}*|обвинил\p{L}*|оштрафовал\p{L}*|осудил\p{L}*)/u;

// «задержали Марину Иванову», «освободить Райсу Х.»: a transitive verb right before a name takes it as its object, in
// the accusative (which settles «Иванову», a woman's accusative or a man's dative).
function transitiveBefore(text: string, at: number, morph: RussianMorph): boolean {
  // «освободить Афгана Мухтарлы и Ниджата Амирасланова»: a name after another joined by «и» or a comma stands in the
  // same case; the verb is read before the first.
  const listed = /(?:\p{Lu}[\p{Script=Cyrillic}-]+\s+){1,3}(?:и|,)\s+$/u.exec(text.slice(Math.max(0, at - 80), at));
  const from = listed ? at - listed[0].length : at;
  const word = wordBefore(text, from, true);
  return (
    word !== undefined &&
    morph(word.toLowerCase()).some(
      (r) => (r.grammemes.has('VERB') || r.grammemes.has('INFN')) && r.grammemes.has('tran') && r.known,
    )
  );
}

// «Среди них Владимир Лабкевич и Евгения Бабанова»: a name joined by «и» or a comma to a name that can only be read in
// the nominative, as written, stands in the nominative too.
function afterNominativeName(text: string, at: number, morph: RussianMorph): boolean {
  const listed = /((?:\p{Lu}[\p{Script=Cyrillic}-]+\s+){1,2}\p{Lu}[\p{Script=Cyrillic}-]+)(?:\s+и|,)\s+$/u.exec(
    text.slice(Math.max(0, at - 80), at),
  );
  if (!listed) return false;
  const words = listed[1]!.split(/\s+/u);
  const read = nominativeName(words, morph);
  return read !== null && read.name === words.join(' ') && !read.note;
}

// «…, Тлеубике Юлдашева – к 8,5 годам»: a name opening a clause, a dash after it, is the subject of the clause left
// unsaid, in the nominative.
const SUBJECT_OF_DASH = /^\s+[–—]\s/u;

// A surname written alone in the masculine nominative: one Cyrillic word with a masculine surname ending.
const MASCULINE_SURNAME = /^\p{Lu}[\p{Script=Cyrillic}-]*(?:ов|ев|ёв|ин|ын|ский|цкий|[аеоуя]й)$/u;

/**
 * «Валерия Дюгая» beside «Дюгай» alone: a surname in «-ай», «-ей» declines like a noun, which the dictionary does not
 * know; the form written alone in the nominative stands for it, so that only the given name is read for its case.
 */
function nounSurname(words: string[], spans: readonly Span[]): string[] {
  const last = words.at(-1)!;
  const alone = spans.find(
    (x) =>
      /^\p{Lu}\p{Script=Cyrillic}+[аеоуя]й$/u.test(x.text) &&
      x.text !== last &&
      last.toLowerCase().startsWith(x.text.slice(0, -1).toLowerCase()) &&
      last.length - x.text.length <= 2,
  );
  return alone && words.length >= 2 ? [...words.slice(0, -1), alone.text] : words;
}
// Parts of speech that are never a name: verbs, gerunds, participles in short form, adverbs, pronouns, function words.
const NEVER_NAME = ['VERB', 'INFN', 'GRND', 'PRTS', 'ADVB', 'NPRO', 'PREP', 'CONJ', 'PRCL', 'INTJ'];

/**
 * A sentence that starts with a verb form before a name («Арестовав Атабаева, власти …») gives that word a capital, so
 * it is read as a given name. A first word the dictionary knows only as a verb form or a function word is left out of
 * the mention; a surname left alone joins the person who has it as a surname.
 */
function dropLeadingWords(persons: PersonProposal[], morph: RussianMorph): void {
  const notName = (w: string) => {
    const rs = morph(w);
    return (
      rs.length > 0 && rs.some((r) => r.known) && rs.every((r) => r.known && NEVER_NAME.some((g) => r.grammemes.has(g)))
    );
  };
  for (const p of [...persons]) {
    const spans = p.spans.map((s) => {
      const [first, ...rest] = s.text.split(/\s+/);
      if (!first || rest.length === 0 || !/^[\p{Script=Cyrillic}]+$/u.test(first) || !notName(first)) return s;
      const start = s.text.indexOf(rest[0]!, first.length);
      return { start: s.start + start, end: s.end, text: s.text.slice(start) };
    });
    if (spans.every((s, i) => s === p.spans[i])) continue;
    p.spans = spans;
    p.name = spans.map((s) => s.text).reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a));
    if (p.name.includes(' ')) continue;
    const stem = ruStem(p.name.toLowerCase());
    const owner = persons.find(
      (o) => o !== p && o.name.includes(' ') && ruStem(o.name.split(/\s+/).at(-1)!.toLowerCase()) === stem,
    );
    if (!owner) continue;
    owner.spans = [...owner.spans, ...p.spans].sort((a, b) => a.start - b.start);
    persons.splice(persons.indexOf(p), 1);
  }
}

/**
 * An organisation's name in the nominative: the adjectives and the noun it starts with are put in the nominative, the
 * words after them stay as written («Балтийского авангарда русского сопротивления» → «Балтийский авангард русского
 * сопротивления»). Null when the name is not Russian or its first words do not agree on one case.
 */
export function nominativeOrganisation(name: string, morph: RussianMorph): string | null {
  const words = name.split(' ');
  if (!/^[\p{Script=Cyrillic}-]+$/u.test(words[0]!)) return null;
  // The nominative is tried first: a name whose first words already agree in it is kept as written.
  for (const c of CASES) {
    const forms: string[] = [];
    for (const w of words) {
      if (!/^[\p{Script=Cyrillic}-]+$/u.test(w)) break;
      const rs = morph(w).filter((r) => r.grammemes.has(c) && (r.grammemes.has('ADJF') || r.grammemes.has('NOUN')));
      const noun = rs.find((r) => r.grammemes.has('NOUN') && !r.grammemes.has('Name') && !r.grammemes.has('Surn'));
      const adj = rs.find((r) => r.grammemes.has('ADJF'));
      if (adj && !noun) {
        forms.push(w);
        continue;
      }
      if (!noun) break;
      // The noun gives gender and number; the adjectives before it take them.
      const number = noun.grammemes.has('plur') ? 'plur' : 'sing';
      const gender = [...GENDERS, 'neut'].find((g) => noun.grammemes.has(g));
      const head = noun.inflect(['nomn', number]);
      if (!head) break;
      const adjectives = forms.map((a) => {
        const r = morph(a).find(
          (x) =>
            x.grammemes.has('ADJF') &&
            x.grammemes.has(c) &&
            (number === 'plur' ? x.grammemes.has('plur') : gender !== undefined && x.grammemes.has(gender)),
        );
        return r?.inflect(['nomn', number, ...(number === 'sing' && gender ? [gender] : [])]) ?? null;
      });
      if (adjectives.some((a) => a === null)) break;
      if (c === 'nomn') return null;
      const nominative = [...(adjectives as string[]).map((a, i) => like(forms[i]!, a)), like(w, head)];
      const firstUpper = /^\p{Lu}/u.test(words[0]!);
      const out = [...nominative, ...words.slice(nominative.length)].map((x, i) =>
        i < nominative.length && !(i === 0 && firstUpper) && !/^\p{Lu}/u.test(words[i]!) ? x.toLowerCase() : x,
      );
      return out.join(' ');
    }
  }
  return null;
}

/**
 * The gender of the noun right before a name, when it is a person's noun of one gender only: «журналиста Ерлана …»
 * (a man), «правозащитницы Асель …» (a woman). Undefined otherwise.
 */
/** The Cyrillic word right before a position («журналиста» before «Ерлана …»); a capitalised one only when asked. */
function wordBefore(text: string, at: number, capitalised = false): string | undefined {
  const word = /([\p{Script=Cyrillic}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return word && (capitalised || !/^\p{Lu}/u.test(word)) ? word : undefined;
}

/** The readings of the word before as a noun for a living being that is no name: a noun of a trade or a kin. */
function tradeNounBefore(text: string, at: number, morph: RussianMorph): WordReading[] {
  const word = wordBefore(text, at);
  return word
    ? morph(word).filter(
        (r) => r.known && r.grammemes.has('NOUN') && r.grammemes.has('anim') && !ROLES.some((x) => r.grammemes.has(x)),
      )
    : [];
}

function genderOfNounBefore(text: string, at: number, morph: RussianMorph): (typeof GENDERS)[number] | undefined {
  const nouns = tradeNounBefore(text, at, morph);
  // «врача Хурсанай …», «журналиста …»: a noun of a trade is masculine whoever bears it; only a feminine one tells.
  return nouns.length && nouns.every((r) => r.grammemes.has('femn')) ? 'femn' : undefined;
}

/** «Зарифа Саутиева приговорена», «Роза Тулетаева была задержана»: the gender of the past verb or short participle
 * after a name, which agrees with it when the name is its subject. */
function genderOfVerbAfter(text: string, at: number, morph: RussianMorph): (typeof GENDERS)[number] | undefined {
  // «Гульжан Шерипбаева около полудня написала»: an adverbial phrase (prepositions, adverbs, nouns of things in an
  // oblique case) may stand between the name and its verb, up to three words.
  const words = /^[ \u00a0]+((?:[\p{Script=Cyrillic}]+[ \u00a0]+){0,4}[\p{Script=Cyrillic}]+)/u
    .exec(text.slice(at, at + 60))?.[1]
    ?.split(/[ \u00a0]+/u);
  for (const [i, word] of (words ?? []).entries()) {
    const readings = morph(word.toLowerCase()).filter((r) => r.known);
    const verbs = readings.filter(
      (r) => r.grammemes.has('PRTS') || (r.grammemes.has('VERB') && r.grammemes.has('past')),
    );
    // «Роза Т. была задержана»: the auxiliary is passed over.
    if (/^был[аио]?$/u.test(word.toLowerCase()) && i === 0) continue;
    if (verbs.length && (i === 0 || verbs.length === readings.length)) {
      if (!verbs.every((r) => r.grammemes.has('sing'))) return undefined;
      if (verbs.every((r) => r.grammemes.has('femn'))) return 'femn';
      if (verbs.every((r) => r.grammemes.has('masc'))) return 'masc';
      return undefined;
    }
    const adverbial =
      readings.length > 0 &&
      readings.every(
        (r) =>
          r.grammemes.has('PREP') ||
          r.grammemes.has('ADVB') ||
          (r.grammemes.has('NOUN') && !r.grammemes.has('nomn') && !r.grammemes.has('anim')),
      );
    if (i >= 3 || !adverbial) return undefined;
  }
  return undefined;
}

/** «журналиста Нургельды Халыкова», «врача Хурсанай Исматуллаеву»: the cases of the noun of a trade right before a
 * name, which the name stands in too; none when the noun may be in the nominative. */
function casesOfNounBefore(text: string, at: number, morph: RussianMorph): (typeof CASES)[number][] {
  const nouns = tradeNounBefore(text, at, morph).filter((r) => r.grammemes.has('sing'));
  // The accusative first: of an animate noun it is the genitive's form, and a known verb may stand before the noun.
  const cases = CASES_OBJECT_FIRST.filter((c) => nouns.some((r) => r.grammemes.has(c)));
  return cases.includes('nomn') ? [] : cases;
}

// «министру внутренних дел Рамилю У.», «президенту Казахстана …»: an office in the dative, the name after it too
// (read before the verb test: «дел» is also a verb's past).
const DATIVE_TITLE_BEFORE =
  /(?<![\p{L}])(?:[Пп]резиденту|[Мм]инистру|[Гг]лаве|[Пп]редседателю|[Пп]ослу|[Пп]ремьер-министру|[Гг]енеральному\s+прокурору|[Уу]полномоченному(?:\s+по\s+правам\s+человека)?)(?:\s+[а-яё]+){0,3}\s+$/u;

// A salutation's adjective: the name after it is the addressee spoken to, not someone the letter is about.
const SALUTATION_WORD = /^(?:уважаем|глубокоуважаем|дорог)\p{L}*$/iu;

/** Whether the dictionary knows a capitalised Russian word only as a common word: a role noun («Писательница»), a place
 * in any case («Франции») or an adjective («Уважаемый»), never as a given name, surname or patronymic. */
export function commonWord(word: string, morph: RussianMorph): boolean {
  if (!/^[А-ЯЁ][а-яё]+$/u.test(word)) return false;
  const readings = morph(word);
  return (
    readings.length > 0 &&
    readings.every(
      (r) =>
        r.known &&
        !ROLES.some((g) => r.grammemes.has(g)) &&
        (r.grammemes.has('NOUN') || r.grammemes.has('ADJF') || r.grammemes.has('PRTF')),
    )
  );
}

/**
 * Takes off the words glued before a Russian name that the dictionary knows only as common words («Писательница Нина
 * Белова» → «Нина Белова», «Франции Эмманюэлю Макрону» → «Эмманюэлю Макрону»), two words of the name at least kept.
 * A name and patronymic alone after a salutation («Уважаемый Касым-Жомарт Кемелевич») speaks to the addressee: it is
 * not a new person, and is dropped.
 */
export function trimCommonWords(text: string, persons: PersonProposal[], morph: RussianMorph): void {
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i]!;
    let greeted = false;
    p.spans = p.spans.map((s) => {
      const words = s.text.split(/\s+/);
      let cut = 0;
      // «Виола фон Крамон-Таубадель»: a word before a particle is the given name, whatever else it means.
      while (words.length - cut > 2 && commonWord(words[cut]!, morph) && !/^\p{Ll}/u.test(words[cut + 1]!)) {
        if (SALUTATION_WORD.test(words[cut]!)) greeted = true;
        cut++;
      }
      if (!cut) return s;
      const at = s.start + s.text.indexOf(words[cut]!, words.slice(0, cut).join(' ').length);
      return spanOf(text, at, s.end);
    });
    const words = p.name.split(/\s+/);
    let cut = 0;
    while (words.length - cut > 2 && commonWord(words[cut]!, morph) && !/^\p{Ll}/u.test(words[cut + 1]!)) {
      if (SALUTATION_WORD.test(words[cut]!)) greeted = true;
      cut++;
    }
    p.name = words.slice(cut).join(' ');
    const rest = p.name.split(/\s+/);
    const patronymic = (w: string) => morph(w).some((r) => r.grammemes.has('Patr'));
    if (greeted && rest.length === 2 && patronymic(rest[1]!) && p.spans.length === 1) persons.splice(i, 1);
  }
  // «Родные Фозилова говорят», «Сам Фозилов сказал» after «Хуршед Фозилов»: a common word opening a sentence before the
  // surname of a person named in full is no given name; the surname alone is that person's.
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i]!;
    const words = p.name.split(/\s+/);
    if (words.length !== 2 || !commonWord(words[0]!, morph)) continue;
    // Only at a sentence's start, where any word takes a capital («Риза Омеров» in a list is a man's name).
    if (!p.spans.every((sp) => /(?:^|[.!?…]["»”]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, sp.start - 4), sp.start))))
      continue;
    const stem = ruStem(words[1]!.toLowerCase());
    const owner = persons.find(
      (q) => q !== p && q.name.split(/\s+/).length >= 2 && ruStem(q.name.split(/\s+/).at(-1)!.toLowerCase()) === stem,
    );
    if (!owner) continue;
    for (const s of p.spans) {
      const at = s.start + s.text.lastIndexOf(s.text.split(/\s+/).at(-1)!);
      owner.spans.push(spanOf(text, at, s.end));
    }
    owner.spans.sort((a, b) => a.start - b.start);
    persons.splice(i, 1);
  }
  // «Защита Хуршеда Фозилова» after «Хуршед Фозилов»: a name the dictionary does not know, in another case, is the
  // person named in the nominative when every word is that person's word with a case ending.
  const ENDING = /^(?:а|у|ом|е|ым|ой|ую|ы|и|я|ю|ем)$/u;
  for (let i = persons.length - 1; i >= 0; i--) {
    const words = persons[i]!.name.split(/\s+/);
    if (words.length < 2 || !words.every((w) => /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*$/u.test(w))) continue;
    const owner = persons.find((q) => {
      const base = q.name.split(/\s+/);
      return (
        q !== persons[i] &&
        base.length === words.length &&
        base.every((b, k) => words[k]!.startsWith(b) && ENDING.test(words[k]!.slice(b.length)))
      );
    });
    if (!owner) continue;
    owner.spans = [...owner.spans, ...persons[i]!.spans].sort((a, b) => a.start - b.start);
    persons.splice(i, 1);
  }
}
