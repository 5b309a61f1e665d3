// Signers listed rather than signing at the foot of a letter: a headed list ("Signatories: Mr A B, France, ALDE ; Ms
// C D, …", «Подписи:», « Signataires : »), or names in the sentence that says who signed («Обращение подписали …
// Малкольм Рифкинд и Дэвид Милибэнд, … режиссер Терри Гиллиам», "signed by A, B and C", "an initiative of six
// deputies, namely: A (Belgium; SOC), B …"). Names found only here become persons too.
import { COUNT_WORDS, countOf } from './act-references.ts';
import { COUNTRY_NAMES, NOT_NAME } from './gazetteer.ts';
import { nominativeOrganisation } from './nominative.ts';
import { loadedRussianMorph, masculineNominativeGiven, obliqueName } from './russian-morph.ts';
import { sentenceAt, tokenize, type Token } from './tokens.ts';
import { worldGivenNames } from './world-given-names.ts';
import { spanOf, type PersonProposal, type SignatoryProposal, type Span } from './types.ts';

// A heading that opens a list of signers, ended by a colon.
const HEADED =
  /(?<![\p{L}])(?:signatories|signed|signed by|signatures|signataires|signé(?:e|s|es)?|signé par|подписи|подписали|подписавшие|(?:signing|signatory|undersigned)\s+organi[sz]ations|organisations\s+signataires|подписавшие\s+организации|организации-подписанты)[ \t]*:[ \t]*/giu;
// Words in a sentence that say who signed; the names follow them.
const SIGNED =
  /(?<![\p{L}])(?:(?<=(?:^|[.!?]\s+|\n)(?:In|Dans)\s+(?:their|his|her|leur|sa|son)\s+(?:open\s+|joint\s+)?)(?:letter|lettre)(?:\s+[^,.\n]{1,60})?,|among\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}who\s+(?:have\s+|had\s+)?signed(?:\s+(?:it|the\s+[\p{L}-]+))?\s+(?:were|was|are|is)|parmi\s+les\s+(?:[\p{L}-]+\s+){0,3}qui\s+ont\s+signé(?:\s+(?:la|cette|l['’])\s*[\p{L}-]+)?\s*,?\s*(?:figurent|figuraient|on\s+trouve|se\s+trouvent)|(?:qui|which|who)\s+(?:comprenai(?:en)?t|comprennent|comprend|included|include[sd]?)(?:\s+(?:également|aussi|also|notamment))?|(?:les\s+auteurs|the\s+authors|авторами|авторы)\s+(?:de|of|d['’])?\s*(?:cette|la|leur|the|this|their|этого|письма|обращения)\s*(?:lettre|tribune|pétition|letter|petition|appeal|appel|письма|обращения)?(?:\s+[^.:;\n]{1,80}?)?\s+(?:sont|are|were|étaient|стали)|(?:most\s+recent\s+|new\s+|other\s+)?(?:signers|signatories|signataires)\s+(?:include[sd]?|comprennent|incluent|sont)|la\s+liste\s+(?:compte|comprend)|on\s+y\s+(?:re)?trouve(?:\s+notamment)?|поддержали|(?:have\s+|has\s+)?(?:also\s+)?backed\s+by|ont\s+(?:également\s+|aussi\s+)?soutenu|signed(?:\s+(?:also|notably|among\s+others))? by|co-signed by|(?:co-)?written by|authored by|(?:co-?)?rédigée?s? par|écrite? par|signé(?:e|s|es)?(?:\s+(?:notamment|aussi|également|entre\s+autres))? par|подписали|подписал[аи]?|подписанное|подписанн\p{L}*|подписан[оаы]?|namely:|à savoir|а именно|parmi lesquels(?: on trouve)?(?: notamment)?|among them|including|среди которых|среди них|среди подписавш\p{L}*(?: [\p{Ll}]+)?|в том числе|поставили(?: свои)? подписи|стоят подписи(?: [\p{Ll}]+)?|подписи(?: под [^.,]{0,40})? поставили)(?![\p{L}])/giu;
// Words that count or name signatures: beside them, those who "supported" a letter signed it.
const SIGNATURES_NEAR = /(?:подпис(?:ей|и|ями|ал|ант|авш)|signatures?|signator|signataires|signé|signed)/iu;
// "among them", « parmi lesquels » name signers only in a sentence about the signers.
const ABOUT_SIGNERS = /(?:signatai|signator|signers|signed|подписант|подписал|подписавш)/iu;
// "namely:" and its kin name signers only in a sentence about a letter or an appeal.
const ABOUT_A_LETTER =
  /(?:letter|initiative|appeal|petition|declaration|statement|письм|обращени|заявлени|петици|lettre|appel|pétition|déclaration)/iu;
const LETTER_RIGHT_BEFORE =
  /(?:letter|appeal|petition|statement|op-ed|tribune|lettre|appel|pétition|déclaration|texte)\s+(?:[\p{L}’'-]+\s+){0,2}$/iu;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mme|M|Dr|Prof|Lord|Lady|Baroness|Baron|Sir|Dame|Rev|H\.\s?E|г-н|г-жа|г-ну)\.?\s+/u;
// Capitalised words that name a body, not a person: such a name in a list of signers is an organisation signing.
export const ORG_WORD =
  /^(?:rights|watch|international|committee|union|foundation|centre|center|group|association|federation|party|council|institute|network|league|society|movement|commission|parliament|assembly|office|bureau|organi[sz]ation|press|media|ngo|club|fund|agency|ministry|court|university|pen|amnesty|freedom|article|reporters|forum|комитет\p{L}*|союз\p{L}*|фонд\p{L}*|центр\p{L}*|групп\p{L}*|ассоциаци\p{L}*|парти\p{L}*|совет\p{L}*|институт\p{L}*|движени\p{L}*|общество|бюро|организаци\p{L}*|комисси\p{L}*|партн[её]рств\p{L}*|инициатив\p{L}*|коалици\p{L}*|ligue|comité|fondation|groupe|fédération|conseil|institut|mouvement|société|organisation|réseau|collectif|\p{L}*(?:förbund(?:et)?|förening(?:en)?|forening(?:en)?|forbund(?:et)?|verband|verein|stiftung|stiftelsen?|gesellschaft))$/iu;
const LETTER_OBJECT =
  /^\s+(?:(?:открыт|коллективн|совместн)\p{L}*\s+)?(?:письмо|обращение|заявление|петицию|послание)\s+(?=\p{L})/iu;
// A Russian word in an oblique case (adjective endings): not a name in the nominative list after «подписали».
const OBLIQUE = /(?:ой|ого|ому|ых|ым|ими|ской|ского|скому|ским|ском|ову|еву|ёву|ину|ыну)$/u;
// Capitalised words for many people or places, which no name contains.
const COLLECTIVE =
  /^(?:members?|states?|nations?|countries|governments?|authorities|citizens|deputies|senators|representatives|congressmen|congresswomen|lawmakers|legislators|MEPs|MPs)$/iu;
// Particles inside a name ("Petra De Sutter", "Jean de La Fontaine").
// « Monique Cerisier ben Guiga »: an Arabic particle in lower case only ("Ben Cardin" is a given name). «Виола фон
// Крамон-Таубадель»: in Cyrillic too.
const PARTICLE =
  /^(?:[Dd]e|[Dd]u|[Dd]es|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]el|[Ll]a|[Ll]e|[Tt]er|DE|ben|bin|ibn|фон|ван|дер|де|ибн)$/u;

/** "GATTOLIN" → "Gattolin", "AIMBETOVA-TOKMADI" → "Aimbetova-Tokmadi"; words not all in capitals stay as written. */
export function nameCase(word: string): string {
  // "JK", "JM": two initials written together stay in capitals.
  if (word.length <= 2 || word !== word.toUpperCase() || !/\p{Lu}/u.test(word)) return word;
  return word.toLowerCase().replace(/(^|[-'’.])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Whether the words read as a person's name: two to five capitalised words (particles allowed), none a common word. */
export function personShaped(words: readonly string[]): boolean {
  const core = words.filter((w) => !PARTICLE.test(w));
  if (core.length < 2 || words.length > 5) return false;
  // "EU Member States", "UN Special Rapporteur": an acronym first, or a word for a collective, is not a name.
  // "JK Rowling", "JM Coetzee": two initials written together before a surname are a name.
  const initials =
    core.length === 2 && /^[A-Z]{2}$/u.test(core[0]!) && !ACRONYMS.has(core[0]!) && /^\p{Lu}\p{Ll}/u.test(core[1]!);
  if ((/^\p{Lu}{2,3}$/u.test(core[0]!) && !initials) || core.some((w) => COLLECTIVE.test(w))) return false;
  return core.every(
    (w, i) =>
      (i === 0 && initials) ||
      (/^\p{Lu}[\p{L}'’.-]*$/u.test(w) &&
        !NOT_NAME.has(w.toLowerCase()) &&
        // « Dominique Schnapper »: a country's name that is also a given name opens a name.
        (!COUNTRY_NAMES.has(w.toLowerCase()) || (i === 0 && worldGivenNames().has(w.toLowerCase()))) &&
        !ORG_WORD.test(w) &&
        (!OBLIQUE.test(w.toLowerCase()) ||
          (i === core.length - 1 && /ой$/u.test(w) && masculineNominativeGiven(core.join(' '))))),
  );
}

// Capitals of bodies and states, never two initials of a name.
const ACRONYMS = new Set(['EU', 'UN', 'US', 'UK', 'RF', 'EC', 'CE', 'ОН', 'ЕС', 'MP', 'HE', 'NY', 'DC', 'TV', 'PM']);

/** A signer read from a list or a sentence: the name, the span of the name and of its whole item. */
export interface Found {
  name: string;
  kind: 'person' | 'organisation';
  title: string | null;
  span: Span;
  item: Span;
  /** Set when the reading is a less sure guess: the signatory is then proposed unticked, with this reason. */
  lowReason?: string;
}

// Capitalised words that open a role written right after a name with no comma ("Jane Roe Secretary General, PEN X").
const ROLE_HEAD =
  /^(?:secretary|president|vice-president|director|executive|managing|chair|chairman|chairwoman|chairperson|co-chair|head|coordinator|founder|co-founder|editor|editor-in-chief|spokesperson|professor|member|ceo|senior|deputy|general|programme|program|secrétaire|présidente?|vice-présidente?|directeur|directrice|rédact(?:eur|rice)|coordinat(?:eur|rice)|fondat(?:eur|rice)|porte-parole|председатель|директор|руководитель|координатор|секретарь)$/iu;

/** Where a role starts after a name written with no comma before it: the index of its first word, or -1. */
function roleAfterName(words: readonly string[]): number {
  for (let k = 2; k < words.length; k++) if (ROLE_HEAD.test(words[k]!) && personShaped(words.slice(0, k))) return k;
  return -1;
}

/** The signer one headed item names: "Mr André GATTOLIN, France, ALDE" → person André Gattolin, title "France, ALDE". */
export function readItem(text: string, start: number, end: number): Found | null {
  // "…, Rachid B…", "…, A, B etc.": the mark that the list goes on is not part of its last name.
  const more = /(?:…|\.\.\.|,?\s+etc\.?)\s*$/u.exec(text.slice(start, end));
  if (more) end -= more[0].length;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const honorific = HONORIFIC.exec(raw.trimStart());
  const nameStart = start + lead + (honorific ? honorific[0].length : 0);
  const rest = text.slice(nameStart, end);
  let cut = rest.search(/[,(;]|\s[–—-]\s/u);
  // "Syeda Jaman Secretary General, PEN Bangladesh": the role's first capitalised word ends the name.
  const head = (cut < 0 ? rest : rest.slice(0, cut)).trim().split(/\s+/);
  const role = roleAfterName(head);
  if (role > 0) cut = rest.indexOf(head[role]!, rest.indexOf(head[role - 1]!) + head[role - 1]!.length);
  const nameText = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  const words = nameText.split(/\s+/);
  const titleText =
    cut < 0
      ? ''
      : rest
          .slice(cut)
          .replace(/^[\s,(;–—-]+|[\s);.]+$/gu, '')
          .replace(/\s+/g, ' ');
  const item = spanOf(text, start + lead, end - (raw.length - raw.trimEnd().length));
  // « la directrice de l’Observatoire, Claire Vasseur »: the role first, the name after the last comma.
  const lastComma = raw.lastIndexOf(',');
  if (!honorific && lastComma > 0 && !personShaped(words)) {
    const tail = raw.slice(lastComma + 1).replace(/[.;\s]+$/u, '');
    const tailWords = tail.trim().split(/\s+/);
    if (personShaped(tailWords)) {
      const at = start + lastComma + 1 + (tail.length - tail.trimStart().length);
      const role = raw.slice(0, lastComma).trim().replace(/\s+/g, ' ');
      const nameSpan = spanOf(text, at, at + tail.trim().length);
      return { name: tailWords.map(nameCase).join(' '), kind: 'person', title: role, span: nameSpan, item };
    }
  }
  if (!nameText || !/^\p{Lu}/u.test(nameText) || nameText.length > 120) return null;
  const span = spanOf(text, nameStart, nameStart + nameText.length);
  if (personShaped(words))
    return { name: words.map(nameCase).join(' '), kind: 'person', title: titleText || null, span, item };
  // A body signing: one word or more with a capital, and no honorific before it.
  if (!honorific && words.some((w) => ORG_WORD.test(w)) && words.length <= 10)
    return { name: nameText, kind: 'organisation', title: titleText || null, span, item };
  return null;
}

/** A body named on its own under a heading for bodies, its abbreviation in brackets left out. */
function bodyItem(text: string, start: number, end: number): Found | null {
  const raw = text.slice(start, end);
  const name = raw
    .trim()
    .replace(/[.;,]+$/u, '')
    .replace(/\s*\([^()]{1,20}\)$/u, '');
  if (!/^[\p{Lu}\d«"]/u.test(name) || name.split(/\s+/u).length > 14) return null;
  const at = start + raw.indexOf(name);
  const span = spanOf(text, at, at + name.length);
  return { name, kind: 'organisation', title: null, span, item: span };
}

/** Items of a headed list: separated by semicolons, or one a line under a heading that ends its line. */
function headedItems(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(HEADED)) {
    const from = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
    let parts: [number, number][] = [];
    if (from >= lineEnd) {
      // The heading ends its line: the signers are the lines below it, up to a blank line.
      for (let at = lineEnd + 1; at < text.length;) {
        const e = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
        // A blank line right under the heading does not end the list before it starts.
        if (text.slice(at, e).trim() === '' && parts.length === 0 && at - lineEnd <= 2) {
          at = e + 1;
          continue;
        }
        if (text.slice(at, e).trim() === '' || parts.length >= 200) break;
        parts.push([at, e]);
        at = e + 1;
      }
    } else {
      const line = text.slice(from, lineEnd);
      const sep = line.includes(';') ? /\s*;\s*/gu : /\s*,\s*(?:and\s+|et\s+|и\s+)?|\s+(?:and|et|и)\s+/gu;
      let at = from;
      for (const s of line.matchAll(sep)) {
        parts.push([at, from + s.index]);
        at = from + s.index + s[0].length;
      }
      parts.push([at, lineEnd]);
    }
    parts = parts.filter(([a, b]) => text.slice(a, b).trim() !== '');
    // "Signing organizations:": every line under it is a body, whatever its words ("Foro Penal", "Espacio Público").
    const bodies = /organi[sz]ations|организаци/iu.test(m[0]);
    const items = parts
      .map(([a, b]) => (bodies ? bodyItem(text, a, b) : readItem(text, a, b)))
      .filter((x): x is Found => x !== null);
    // A list is two signers or more, and most of its parts read as signers.
    if (items.length >= 2 && items.length * 2 >= parts.length) out.push(...items);
  }
  return out;
}

/** Runs of capitalised words in text[from, to): candidates for names in a sentence that says who signed. */
function capitalRuns(text: string, tokens: readonly Token[], from: number, to: number): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.start < from || t.end > to) continue;
    const prev = run.at(-1);
    // "Carolyn B. Maloney": a middle initial's full stop does not end the name.
    const joined =
      prev !== undefined &&
      (/^[ \u00a0]$/u.test(text.slice(prev.end, t.start)) ||
        (/^\p{Lu}$/u.test(prev.raw) && t.capital && /^\.[ \u00a0]$/u.test(text.slice(prev.end, t.start))));
    const fits = t.capital || (joined && PARTICLE.test(t.raw) && t.raw === t.raw.toLowerCase());
    if (!fits || (prev && !joined)) {
      if (run.length) runs.push(run);
      run = fits ? [t] : [];
      continue;
    }
    run.push(t);
  }
  if (run.length) runs.push(run);
  return runs;
}

// Russian patronymics: a word so ended belongs to the name after the given name before it.
const PATRONYMIC = /(?:вич|вна|чна|ична|улы|ұлы|кызы|қызы)$/u;

/**
 * «глава Фонда Андрея Сахарова Сергей Ковалев»: a run of Cyrillic capitals where an organisation's name in the genitive
 * runs into the signer's; the signer is the last two words (three with a patronymic) when the word before ends like a
 * genitive (-а, -я, -и, -ы, -ой, -ей) or names a body. Latin runs and runs of two words stay whole.
 */
function nameAtEnd(words: Token[]): Token[] {
  if (words.length < 3 || !/[а-яё]/iu.test(words.at(-1)!.raw)) return words;
  // «Виола фон Крамон-Таубадель»: a particle keeps the given name before it.
  if (words.some((w) => PARTICLE.test(w.raw) && w.raw === w.raw.toLowerCase())) return words;
  const take = PATRONYMIC.test(words.at(-2)!.raw) ? 3 : 2;
  if (words.length <= take) return words;
  const before = words[words.length - take - 1]!.raw;
  // «руководитель Ассамблеи НГО Сергей Мацкевич»: a body's abbreviation before the name ends the body's name too.
  return /(?:[аяиы]|ой|ей)$/u.test(before) || ORG_WORD.test(before) || /^\p{Lu}{2,6}$/u.test(before)
    ? words.slice(-take)
    : words;
}

/**
 * The sentence around an offset, across the line breaks of hard-wrapped text: a line that does not end a sentence
 * (no full stop, question or exclamation mark) runs on into the next line, unless a blank line parts them.
 */
export function wrappedSentenceAt(text: string, bounds: readonly [number, number][], offset: number): [number, number] {
  const here = sentenceAt(bounds, offset);
  const at = bounds.findIndex(([a, b]) => a === here[0] && b === here[1]);
  if (at < 0) return here;
  // A bound runs on into the next when it does not end a sentence and no blank line comes between them.
  const runsOn = (k: number) => {
    const [a, b] = bounds[k]!;
    const next = bounds[k + 1];
    if (!next) return false;
    const gap = text.slice(a, next[0]);
    return !/[.!?…]["»”’)]*\s*$/u.test(text.slice(a, b)) && !/\n[ \t]*\n/u.test(gap.slice(b - a)) && /\n/u.test(gap);
  };
  // Six lines each way; a line ending on a comma runs on to twelve (« Philippe C.,\nMarie D.,\n… », one name a line).
  const reach = (k: number, n: number) =>
    n < 6 || (n < 12 && /[,\p{Ll}]\s*$/u.test(text.slice(bounds[k]![0], bounds[k]![1])));
  let first = at;
  while (first > 0 && reach(first - 1, at - first) && runsOn(first - 1)) first--;
  let last = at;
  while (reach(last, last - at) && runsOn(last)) last++;
  return [bounds[first]![0], bounds[last]![1]];
}

// What ends the list of signers inside an English or French sentence: the clause's own verb ("A letter signed by
// several MEPs condemning … was sent … to President X", « signée par A et B a été envoyée au … »).
const CLAUSE_VERB =
  /(?<![\p{L}])(?:was|were|is|are|has|have|had|will|would|(?!including|during|concerning|regarding|according)\p{Ll}{3,}ing|est|sont|a été|ont été|sera|qui|which|who|that)(?![\p{L}])/u;

/** Where the list after "signed by" ends: the sentence's end, or the verb of the clause it belongs to. */
function clauseEnd(text: string, from: number, to: number): number {
  const cut = CLAUSE_VERB.exec(text.slice(from, to));
  return cut ? from + cut.index : to;
}

/** Signers named in the sentence that says who signed. */
function sentenceItems(text: string, bounds: readonly [number, number][], tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(SIGNED)) {
    const [sStart, sEnd] = wrappedSentenceAt(text, bounds, m.index);
    if (/^(?:namely|à savoir|а именно)/iu.test(m[0]) && !ABOUT_A_LETTER.test(text.slice(sStart, sEnd))) continue;
    // "Tribune rédigée par A avec B", "an open letter written by A": the writers of the letter named right before.
    if (
      /^(?:co-written|co-?rédig|written|authored|rédig|écrit)/iu.test(m[0]) &&
      !LETTER_RIGHT_BEFORE.test(text.slice(sStart, m.index))
    )
      continue;
    // « La liste compte les éditeurs A … On y trouve notamment les écrivains B … »: a list of signers only when the
    // signers were spoken of just before.
    if (/^(?:la\s+liste|on\s+y)/iu.test(m[0]) && !ABOUT_SIGNERS.test(text.slice(Math.max(0, m.index - 400), m.index)))
      continue;
    // «… политзаключенных поддержали писательница A, поэтесса B … Всего подписей больше сотни»: "supported" names signers
    // only beside words that count or name signatures, before or after it.
    if (
      /(?:поддержали|backed|soutenu)$/iu.test(m[0]) &&
      !SIGNATURES_NEAR.test(text.slice(Math.max(0, m.index - 300), Math.min(text.length, sEnd + 200)))
    )
      continue;
    // «Письмо подписали 30 человек. Среди них — …»: the sentence before may say who signed.
    const before = sStart > 0 ? wrappedSentenceAt(text, bounds, Math.max(0, sStart - 2))[0] : sStart;
    if (
      /^(?:parmi|among|including|qui|which|who|среди (?!подписавш)|в том)/iu.test(m[0]) &&
      !/sign/iu.test(m[0]) &&
      !ABOUT_SIGNERS.test(text.slice(sStart, m.index)) &&
      !(/^(?:среди них|among them)/iu.test(m[0]) && ABOUT_SIGNERS.test(text.slice(before, sStart)))
    )
      continue;
    // «…подписали открытое письмо председателю суда A»: the letter is the verb's object, and the name after it is
    // whom it is addressed to; the signers stand before the verb («подписал обращение, – A, B» lists them after).
    if (/^подпис/iu.test(m[0]) && LETTER_OBJECT.test(text.slice(m.index + m[0].length, sEnd))) continue;
    const found: Found[] = [];
    const sentenceIsCyrillic = /[а-яё]{3}/iu.test(text.slice(sStart, sEnd));
    // "a letter written by a group of experts … to Iran’s Head of Judiciary, in support of X": the writers' list ends
    // where the letter's addressee or its subject begins.
    const writers = /^(?:co-written|co-?rédig|written|authored|rédig|écrit)/iu.test(m[0]);
    const topic = writers
      ? /\s(?:to|in\s+support|about|on\s+behalf|concerning|regarding|for|pour|au|aux|sur|contre|against)\s/u.exec(
          text.slice(m.index + m[0].length, sEnd),
        )
      : null;
    // "In their letter dated Nov 19, members of Congress A, B and C said …": the writers end at the verb of saying.
    const saying = /^(?:letter|lettre)/iu.test(m[0])
      ? /\s(?:said|wrote|urged|called|asked|stated|noted|expressed|write|ont\s+écrit|écrivent|ont\s+déclaré|affirment|demandent)\s/u.exec(
          text.slice(m.index + m[0].length, sEnd),
        )
      : null;
    if (/^(?:letter|lettre)/iu.test(m[0]) && !saying) continue;
    const listEnd = saying
      ? m.index + m[0].length + saying.index
      : topic
        ? m.index + m[0].length + topic.index
        : clauseEnd(text, m.index + m[0].length, sEnd);
    for (const run of capitalRuns(text, tokens, m.index + m[0].length, listEnd)) {
      let words = run;
      // "Mr", "г-н" and words at the front that are not names ("MEPs", a country) are dropped.
      while (
        words.length &&
        (NOT_NAME.has(words[0]!.key) || COUNTRY_NAMES.has(words[0]!.key) || HONORIFIC.test(`${words[0]!.raw} `))
      )
        words = words.slice(1);
      // "senior Labour MPs Diane A.": a word for many people inside the run ends what comes before the name.
      const many = words.findLastIndex(
        (w, i) => i <= words.length - 3 && (COLLECTIVE.test(w.raw) || NOT_NAME.has(w.key)),
      );
      if (many >= 0) words = words.slice(many + 1);
      words = nameAtEnd(words);
      if (!personShaped(words.map((w) => w.raw))) continue;
      // A Russian sentence writes people in Cyrillic: Latin words there name foreign bodies («… AFP, Financial Times»).
      if (sentenceIsCyrillic && words.every((w) => /^[A-Za-z]/u.test(w.raw))) continue;
      // «лидер движения «За Свободу» Александр М.»: capitalised words opening a quotation are a body's name.
      if (/(?:[«“„]|(?:^|\s)")$/u.test(text.slice(Math.max(0, words[0]!.start - 2), words[0]!.start))) continue;
      // «Светлана М., бывшая жена Владимира М.»: a name in another case right after a word is that word's object.
      const wordBefore = /\p{Ll}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start));
      if (wordBefore && obliqueName(words.map((w) => w.raw).join(' '))) continue;
      // "Steve Chabot (Republican-Ohio)": a bracket right after a signer's name describes that signer.
      const last = found.at(-1);
      if (last && /^\s*\($/u.test(text.slice(last.span.end, words[0]!.start))) continue;
      const span = spanOf(text, words[0]!.start, words.at(-1)!.end);
      const initial = (w: Token) => (/^\p{Lu}$/u.test(w.raw) && text[w.end] === '.' ? '.' : '');
      const name = words.map((w) => nameCase(w.raw) + initial(w)).join(' ');
      found.push({ name, kind: 'person', title: null, span, item: span });
    }
    // "co-signed by Committee to Protect Journalists, Article 19 and Reporters Without Borders": bodies in the list.
    if (/sign/iu.test(m[0]) || /подпис/iu.test(m[0])) {
      const tail = text.slice(m.index + m[0].length, listEnd);
      let at = m.index + m[0].length;
      for (const part of tail.split(/(,\s*(?:and\s+|et\s+|и\s+)?|\s+(?:and|et|и)\s+)/u)) {
        const start = at;
        at += part.length;
        // "Civil Rights Defenders (CRD)": the abbreviation in brackets is not part of the name.
        const name = part
          .trim()
          .replace(/[.;:]+$/u, '')
          .replace(/\s*\([^()]{1,12}\)$/u, '');
        const words = name.split(/\s+/);
        // «подписи руководителей AFP, Financial Times, BBC»: in a Russian sentence, a name in Latin letters is a
        // foreign body's (people are written in Cyrillic there).
        const foreignBody = sentenceIsCyrillic && /^[A-Z][A-Za-z&.'’-]*(?:\s+[A-Z][A-Za-z&.'’-]*){0,3}$/u.test(name);
        if (!/^\p{Lu}/u.test(name) || words.length > 8 || (!words.some((w) => ORG_WORD.test(w)) && !foreignBody))
          continue;
        if (found.some((f) => f.span.start < start + part.length && f.span.end > start)) continue;
        const lead = part.length - part.trimStart().length;
        const span = spanOf(text, start + lead, start + lead + name.length);
        found.push({ name, kind: 'organisation', title: null, span, item: span });
      }
    }
    if (found.length >= 1) out.push(...found);
  }
  return out;
}

/** Signers of headed lists and of sentences saying who signed; a name no other rule found becomes a person. */
export function findSignatureLists(
  text: string,
  bounds: readonly [number, number][],
  persons: PersonProposal[],
): SignatoryProposal[] {
  const tokens = tokenize(text);
  return signatoriesOf(
    [...bodyListItems(text, bounds), ...headedItems(text), ...sentenceItems(text, bounds, tokens)],
    persons,
  );
}

// «Совместное заявление организаций, в числе которых A, B … и C, опубликовано», "a joint statement by groups including
// A, B and C", « une lettre de sept ONG, dont A, B et C »: the list after a word for bodies names the bodies that sign.
// «Письменное заявление следующих организаций: A, B …», "a statement of the following organisations: …" too.
const BODY_LIST =
  /(?<![\p{L}])(?:организаци\p{L}*|объединени\p{L}*|NGOs|organi[sz]ations|groups|ONG|associations|organismes)\s*(?:,?\s*(?:в\s+числе\s+которых|в\s+их\s+числе|среди\s+которых|в\s+том\s+числе|включая|including|among\s+them|among\s+which|namely|parmi\s+lesquel(?:le)?s|dont|notamment|à\s+savoir)\s*:?|:)\s*/giu;
// A body's kind before its quoted name in a list («Общественного фонда «Nota Bene» (Таджикистан)»): the quoted name is
// the name; a remark in brackets after it is not.
const QUOTED_NAME = /^[^«"“]{0,80}[«"“]([^»"”]{2,80})[»"”]/u;

// "The watchdogs included A, B …", « Les organisations signataires sont A, B … »: a sentence opening on the word for
// the bodies that wrote the letter told of before, then the list.
const BODIES_WERE =
  /(?<=^|[.!?]\s+|\n)(?:the|these|those|les|ces)\s+(?:[\p{L}-]+\s+){0,2}?(?:watchdogs|groups|organi[sz]ations|NGOs|ONG|associations|organismes)(?:\s+signataires)?\s+(?:included|include|were|are|comprenaient|comprennent|étaient|sont)\s+/giu;

/** Bodies listed after a word for bodies, in a sentence about their letter or statement. */
function bodyListItems(text: string, bounds: readonly [number, number][]): Found[] {
  const out: Found[] = [];
  const lists = [
    ...[...text.matchAll(BODY_LIST)].map((m) => ({ m, after: false })),
    ...[...text.matchAll(BODIES_WERE)].map((m) => ({ m, after: true })),
  ];
  for (const { m, after } of lists) {
    const [sStart, sEnd] = wrappedSentenceAt(text, bounds, m.index);
    // After the letter was told of: its bodies may be listed a few sentences on.
    const context = after ? text.slice(Math.max(0, sStart - 1500), sStart) : text.slice(sStart, m.index + m[0].length);
    if (!ABOUT_A_LETTER.test(context)) continue;
    const from = m.index + m[0].length;
    const tail = text.slice(from, sEnd);
    const found: Found[] = [];
    let at = from;
    // Commas inside brackets do not part the list («(Узбекистан, базируется во Франции)»); "and" does only before a
    // capital, so «бюро по правам человека и соблюдению законности» stays one name.
    const parts = tail.split(
      /(\([^()]*\)|,\s*(?:and\s+|et\s+|и\s+)?|\s+(?:and|et|и)\s+(?=(?:the\s+|la\s+|le\s+|les\s+|l['’])?[\p{Lu}«"“\d]))/u,
    );
    const merged: string[] = [];
    for (const part of parts) {
      if (part.startsWith('(') && merged.length) merged[merged.length - 1] += part;
      else merged.push(part);
    }
    for (const part of merged) {
      const start = at;
      at += part.length;
      if (/^,|^\s+(?:and|et|и)\s+$/u.test(part) || part === '') continue;
      const whole = part
        .trim()
        .replace(/^(?:the|la|le|les|l['’])\s*/iu, '')
        .replace(/[.;:]+$/u, '')
        .replace(/\s*\([^()]*\)$/u, '');
      // "… and Code Pink called on the US to …": the name ends at its first lower-case word that is not a small word
      // inside a name, and the list ends with it.
      const cutAt = /\s(?!(?:of|for|on|the|and|in|to|de|du|des|la|le|et|pour|по|за|и|в|на|без|для)\s)\p{Ll}/u.exec(
        whole,
      );
      const name = cutAt && /^\p{Script=Latin}/u.test(whole) ? whole.slice(0, cutAt.index) : whole;
      const quoted = QUOTED_NAME.exec(name);
      // The list ends at the first part that is not a name: «…, опубликовано на сайте …».
      if (!quoted && (!/^[\p{Lu}\d«"]/u.test(name) || name.split(/\s+/).length > 10)) break;
      const lead = part.length - part.trimStart().length;
      const written = quoted ? quoted[1]!.trim() : name.replace(/^[«"]|[»"]$/gu, '');
      const at0 = start + lead + (quoted ? name.indexOf(quoted[1]!) : 0);
      const span = spanOf(text, at0, at0 + (quoted ? quoted[1]!.length : name.length));
      // «Казахстанского международного бюро …» after «заявление организаций:»: the name in the nominative.
      const morph = loadedRussianMorph();
      const nominative = !quoted && morph ? nominativeOrganisation(written, morph) : null;
      found.push({ name: nominative ?? written, kind: 'organisation', title: null, span, item: span });
      if (name !== whole) break;
    }
    if (found.length >= 2) out.push(...found);
  }
  return out;
}

/** Signatories of the signers read, each person tied to (or added to) the persons; a signer read twice counts once. */
export function signatoriesOf(found: readonly Found[], persons: PersonProposal[]): SignatoryProposal[] {
  const out: SignatoryProposal[] = [];
  const seen = new Set<string>();
  const sure = (f: Found) => (f.lowReason ? { confidence: 'low' as const, confidenceReason: f.lowReason } : {});
  for (const f of found) {
    if (f.kind === 'organisation') {
      if (seen.has(`o:${f.name}`)) continue;
      seen.add(`o:${f.name}`);
      out.push({
        kind: 'organisation',
        name: f.name,
        title: f.title,
        organisation: f.name,
        affiliations: [],
        personRef: null,
        spans: [f.item],
        ...sure(f),
      });
      continue;
    }
    let person = persons.find((p) => p.spans.some((s) => s.start < f.span.end && s.end > f.span.start));
    // The persons rule glued an organisation's genitive to the name («Андрея Сахарова Сергей Ковалев»): the list's
    // reading, which ends at the name, replaces it when that was the person's only mention.
    if (
      person &&
      person.spans.length === 1 &&
      person.spans[0]!.end === f.span.end &&
      person.spans[0]!.start < f.span.start &&
      person.name.endsWith(` ${f.name}`)
    ) {
      person.name = f.name;
      person.spans = [f.span];
    }
    // …and glued the title written after the name without a comma ("Robert Ménard Secrétaire général"): the title
    // the reading found there is not part of the name.
    if (
      person &&
      person.spans.length === 1 &&
      person.spans[0]!.start === f.span.start &&
      person.spans[0]!.end > f.span.end &&
      person.name.startsWith(`${f.name} `) &&
      f.title !== null &&
      f.title.startsWith(person.name.slice(f.name.length + 1).split(' ')[0]!)
    ) {
      person.name = f.name;
      person.spans = [f.span];
    }
    if (!person) {
      person = { ref: `person-${persons.length + 1}`, name: f.name, roles: [], roleKinds: [], spans: [f.span] };
      persons.push(person);
    } else if (person.name.toLowerCase() === f.name.toLowerCase()) {
      person.name = f.name;
    } else if (!person.spans.some((s) => s.start === f.span.start)) {
      // The list wrote the name whole ("Petra De SUTTER"); the persons rule may have read a part of it.
      if (person.spans.every((s) => s.text.length < f.span.text.length)) person.name = f.name;
    }
    if (seen.has(person.ref)) continue;
    seen.add(person.ref);
    if (f.title && !person.roles.includes(f.title)) person.roles.push(f.title);
    out.push({
      kind: 'person',
      name: person.name,
      title: f.title,
      organisation: null,
      affiliations: [],
      personRef: person.ref,
      spans: [f.item],
      ...sure(f),
    });
  }
  return out;
}

// Words after the writer's name that say they wrote the letter: «Судаленко в письме к президенту…», "X, in a letter to
// …", « sa fille, Dinara Yunus, adresse cette lettre au président ».
const WROTE =
  /(?<![\p{L}])(?:в (?:открытом )?письме (?:к|на имя|в адрес)|(?:направил|написал)\p{L}*(?: [^\s.]+){0,3} (?:открыт\p{L}+ )?(?:письм|обращени)\p{L}*|(?<=(?:letter|lettre)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+)(?:sent|wrote|addressed)\s+to|обратил(?:ся|ась|ись) (?:с (?:открытым )?письмом|к)|wrote to|appealed to|a écrit à|in an? (?:open )?letter to|wrote an? (?:open )?letter to|has written an? (?:open )?letter to|adresse (?:cette|une) (?:lettre|supplique)|a adressé une lettre|a écrit une lettre|ont (?:écrit|adressé) une lettre(?: ouverte)?|ont écrit à)(?![\p{L}])/giu;
// "the two journalists wrote an open letter to …", « les deux journalistes ont écrit une lettre ouverte à … »: a counted
// group right before the words, standing for the people last named.
const COUNTED_WRITERS = new RegExp(
  String.raw`(?<![\p{L}])(?:the|these|both|les|ces|оба|обе)\s+(?:(${COUNT_WORDS})\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:journalists?|activists?|writers?|prisoners?|men|women|journalistes|militants?|militantes|écrivains|prisonniers|détenus|hommes|femmes|журналист\p{L}*|активист\p{L}*)\s+$`,
  'iu',
);

// "I, Mutabar Tadjibayeva, a human rights activist, urge you": a writer naming themselves after "I,".
// «Я – Валамати И.– мать 5 детей»: a dash instead of the commas.
const I_NAME =
  /(?:^|[.!?]["»”]?\s+|\n)["«“]?(?:I|We|Я|Мы|Je|Nous)(?:,|\s*[–—-])\s*(\p{Lu}[\p{L}'’]+(?:[\s-]+\p{Lu}[\p{L}'’]+){1,2})\s*(?:,|[–—-])/gu;

/** Whether a Cyrillic mention ends otherwise than the nominative name it stands for («Раджаба» for «… Раджаб»). */
function inflected(name: string, written: string): boolean {
  const last = written.trim().split(/\s+/).at(-1)!;
  return /\p{Script=Cyrillic}/u.test(last) && last !== name.split(/\s+/).at(-1);
}

/** Writers of a letter named right before the words that say they wrote it: persons signatories. */
export function findLetterWriters(text: string, persons: PersonProposal[]): SignatoryProposal[] {
  const out: SignatoryProposal[] = [];
  // Each writer once, with the span that names them.
  const add = (p: PersonProposal, span: Span) => {
    if (out.some((o) => o.personRef === p.ref)) return;
    out.push({
      kind: 'person',
      name: p.name,
      title: null,
      organisation: null,
      affiliations: [],
      personRef: p.ref,
      spans: [span],
    });
  };
  for (const m of text.matchAll(I_NAME)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const words = m[1]!.split(/\s+/);
    if (!personShaped(words)) continue;
    const span = spanOf(text, at, at + m[1]!.length);
    const person =
      persons.find((p) => p.spans.some((s) => s.start === at)) ??
      persons.find((p) => p.name === m[1]) ??
      (() => {
        const p: PersonProposal = {
          ref: `person-${persons.length + 1}`,
          name: m[1]!,
          roles: [],
          roleKinds: [],
          spans: [span],
        };
        persons.push(p);
        return p;
      })();
    add(person, span);
  }
  for (const m of text.matchAll(WROTE)) {
    // The name ends right before the words, or before the comma closing an apposition ("X, the blogger's sister,").
    const hit = persons
      .flatMap((p) => p.spans.map((sp) => ({ p, sp })))
      .find(
        ({ sp }) =>
          sp.end <= m.index &&
          // «Актилек Капаров, который с 17 января находится в СИЗО, написал …»: a relative clause may stand between.
          (/^[ \t,]{0,3}$/u.test(text.slice(sp.end, m.index)) ||
            /^,\s*(?:котор(?:ый|ая|ые)|who|qui)\s[^.;!?,]{0,120},\s*$/iu.test(text.slice(sp.end, m.index))),
      );
    const group = hit ? null : COUNTED_WRITERS.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (group) {
      const n = /^(?:both|оба|обе)\s/iu.test(group[0]) ? 2 : countOf(group[1]);
      // The last n people named in the 600 characters before, each once.
      const named = persons
        .flatMap((p) => p.spans.map((sp) => ({ p, sp })))
        .filter(({ sp }) => sp.end <= m.index && sp.start >= m.index - 600)
        .sort((a, b) => b.sp.start - a.sp.start);
      const last: typeof named = [];
      for (const x of named) if (!last.some((y) => y.p.ref === x.p.ref)) last.push(x);
      if (n !== undefined && last.length >= n)
        for (const w of last.slice(0, n).reverse()) add(w.p, spanOf(text, w.sp.start, w.sp.end));
      continue;
    }
    // «Жена … Рахматулло Раджаба обратилась»: a Russian name written in another case than its nominative is the object
    // of a word before it, not the one who wrote.
    if (!hit || inflected(hit.p.name, hit.sp.text)) continue;
    // « A et B, filles de l'écrivain C, ont adressé … »: a name that completes a noun ("daughters of C") is not a writer.
    if (
      /(?<![\p{L}])(?:de|du|des|of|d['’])\s+(?:l['’]\s*|la\s+|le\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(
        text.slice(Math.max(0, hit.sp.start - 40), hit.sp.start),
      )
    )
      continue;
    // "A and the student B sent letters": the writers joined by "and" before, each with a few words describing them.
    const writers = [hit];
    for (;;) {
      const first = writers[0]!;
      const prev = persons
        .flatMap((p) => p.spans.map((sp) => ({ p, sp })))
        .find(
          ({ p, sp }) =>
            sp.end <= first.sp.start &&
            p.ref !== first.p.ref &&
            /^\s*(?:,|и|and|et)\s+(?:[\p{Ll}-]+\s+){0,6}$/u.test(text.slice(sp.end, first.sp.start)),
        );
      if (!prev) break;
      writers.unshift(prev);
    }
    for (const w of writers.slice(0, -1)) add(w.p, spanOf(text, w.sp.start, w.sp.end));
    add(hit.p, spanOf(text, hit.sp.start, m.index + m[0].length));
  }
  return out;
}
