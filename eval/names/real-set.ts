// The real-name set (real-names.tsv): persons with several written forms each, the held-out rule, and the naming
// patterns a pair of forms shows. The patterns are read from the letters of the two forms with rules of their own
// (not with the matching code under test), so a change to that code cannot change which pattern a pair counts under.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import anyAscii from 'any-ascii';

const here = path.dirname(fileURLToPath(import.meta.url));

/** One written form of a person's name. */
export interface Form {
  text: string;
  /** kk, ky, ru, be, uk (Cyrillic) or latn. */
  lang: string;
  kind: string;
}

/** A person of the set with every form the sources give. */
export interface RealPerson {
  id: string;
  /** kz-ep, kz-wd, kg-ep or by-ep: the list the person comes from (the same legislator may be in two lists). */
  list: string;
  forms: Form[];
  heldOut: boolean;
}

/** FNV-1a of the person id: a fixed, data-independent rule for the held-out third. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

/** Whether a person belongs to the held-out third (never looked at while tuning the matching rules). */
export function isHeldOut(id: string): boolean {
  return fnv(id) % 3 === 0;
}

/** Reads real-names.tsv. */
export function loadRealSet(file = path.join(here, 'real-names.tsv')): RealPerson[] {
  const byId = new Map<string, RealPerson>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id, text, lang, kind] = line.split('\t');
    let p = byId.get(id!);
    if (!p)
      byId.set(id!, (p = { id: id!, list: id!.split('-').slice(0, 2).join('-'), forms: [], heldOut: isHeldOut(id!) }));
    p.forms.push({ text: text!, lang: lang!, kind: kind! });
  }
  return [...byId.values()];
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const KZ_PATRONYMIC = /(ұлы|улы|қызы|кызы|uly|uli|ulı|kyzy|qyzy|kizi|qızı|кызы|уулу|uulu)$/i;
const RU_PATRONYMIC = /(ович|евич|овна|евна|ична|ovich|evich|ovna|evna|ovych|evych|ichna|ovitsj|owitsch)$/i;

/** Whether a form has letters of the Kazakh alphabet; і is Belarusian or Ukrainian in forms in those languages. */
function kazakhLetters(f: Form): boolean {
  return f.lang === 'be' || f.lang === 'uk' ? false : KAZAKH_LETTERS.test(f.text);
}

function words(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/** A crude folding for telling patterns apart: ASCII, lower case, letters only, doubled letters single. */
function crude(word: string): string {
  return anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/kh|q/g, 'k')
    .replace(/zh|j/g, 'z')
    .replace(/[yi]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/x/g, 'k')
    .replace(/h/g, 'k');
}

const consonants = (w: string) => w.replace(/[aeiou]/g, '');
const stripOv = (w: string) => w.replace(/(ov|ev|ova|eva|iev|ieva)$/, '');

/** The patterns a stored form and a searched form show (a pair may show several, or none of these). */
export function patternsOf(a: Form, b: Form): string[] {
  const out: string[] = [];
  const wa = words(a.text);
  const wb = words(b.text);
  const kzA = wa.some((w) => KZ_PATRONYMIC.test(w)),
    kzB = wb.some((w) => KZ_PATRONYMIC.test(w));
  const ruA = wa.some((w) => RU_PATRONYMIC.test(w)),
    ruB = wb.some((w) => RU_PATRONYMIC.test(w));
  if ((kzA && ruB && !kzB) || (kzB && ruA && !kzA)) out.push('patronymic kk/ru');
  if (kazakhLetters(a) !== kazakhLetters(b)) out.push('Kazakh letters');
  if ((a.lang === 'be') !== (b.lang === 'be')) out.push('Belarusian Cyrillic');
  const latin = [a, b].filter((f) => f.lang === 'latn');
  if (latin.some((f) => words(f.text).some((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w))))
    out.push('passport Latin');
  else if (latin.length > 0) out.push('other Latin');
  if ([...wa, ...wb].some((w) => /\p{Ll}\p{Lu}/u.test(w.replace(/^\p{Lu}+(?=\p{Lu}\p{Ll})/u, ''))))
    out.push('glued parts');
  if ([...wa, ...wb].some((w) => /\p{Script=Latin}/u.test(w) && /\p{Script=Cyrillic}/u.test(w)))
    out.push('look-alike letters');
  if (/дж|dzh|dj/i.test(a.text) !== /дж|dzh|dj/i.test(b.text)) out.push('дж/ж');
  const ca = wa.map(crude),
    cb = wb.map(crude);
  const dropped = ca.some((x) =>
    cb.some((y) => x !== y && (stripOv(x) === y || stripOv(y) === x) && Math.min(x.length, y.length) >= 4),
  );
  if (dropped) out.push('dropped -ов/-ев');
  const vowels = ca.some((x) =>
    cb.some((y) => x !== y && x.length >= 4 && consonants(x) === consonants(y) && x[0] === y[0]),
  );
  if (vowels) out.push('vowel changes');
  if (khQa(wa, wb) || khQa(wb, wa)) out.push('х/қ');
  // Plain ASCII Latin against Cyrillic: the digraph systems of passports and maps (ICAO, BGN/PCGN: kh, zh, ts, yu …).
  if ((a.lang === 'latn') !== (b.lang === 'latn') && latin.every((f) => /^[A-Za-z' -]+$/.test(f.text)))
    out.push('ASCII Latin (ICAO, BGN)');
  return out;
}

/** Whether a Kazakh word with қ is, with х in its place, a word of the other form (Тоқтасынов / Тохтасынов). */
function khQa(kk: string[], other: string[]): boolean {
  const others = new Set(other.map((w) => w.toLowerCase().replace(/,$/, '')));
  return kk.some((w) => /қ/i.test(w) && others.has(w.toLowerCase().replace(/қ/g, 'х')));
}
