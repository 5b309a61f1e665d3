// Whom a letter was addressed to, as news and headings tell it: «обратились к президенту России Дмитрию Медведеву»,
// «обращение, адресованное главе Казахстана Нурсултану Назарбаеву», «Президенту Казахстана Н.А.Назарбаеву», "a letter
// addressed to the President of Kazakhstan, Nursultan Nazarbayev", « lettre adressée au président Jean Dupont ».
import { nominativeSurname } from './addressee-lines.ts';
import { foldText } from '../text/fold.ts';
import { COUNTRY_NAMES, GIVEN_NAMES, NOT_NAME } from './gazetteer.ts';
import { LEADER_REASON } from './persons.ts';
import { spanOf, type AddresseeProposal, type PersonProposal, type Span } from './types.ts';

// A title in the dative (Russian) or after "to"/«à» (English, French), as the phrase writes it.
const RU_TITLE = String.raw`(?:президенту|главе|генеральному\s+секретарю|генсеку|верховному\s+комиссару|уполномоченному(?:\s+по\s+правам\s+(?:человека|ребенка|ребёнка))?|госсекретарю|государственному\s+секретарю|омбудсмену|премьер-министру|генеральному\s+прокурору|министру(?:\s+\p{Ll}+){0,3}|председателю(?:\s+\p{Ll}+){0,2}|послу|королю|канцлеру)`;
const EN_TITLE = String.raw`(?:(?:the\s+)?(?:president|secretary\s+of\s+state|(?:foreign|home|interior|justice)\s+(?:secretary|minister)|secretary[-\s]general(?:\s+of\s+the\s+[\p{L}\s]{3,40}?(?![\p{L}]))?|prime\s+minister|minister(?:\s+of\s+[\p{L}\s]{3,40}?(?![\p{L}]))?|prosecutor[-\s]general|chancellor|king|ambassador|high\s+commissioner|high\s+representative|(?:foreign[-\s]policy|diplomacy|human\s+rights|rights)\s+chief|supreme\s+leader|head\s+of\s+the\s+judiciary)|(?:le\s+|la\s+|au\s+)?(?:président|premier\s+ministre|ministre|procureur\s+général|chancelier|roi|guide\s+suprême|chef\s+du\s+pouvoir\s+judiciaire))`;
// Words saying a letter goes to someone; a Russian dative title on its own also opens an inline address. The first
// person's «обращаюсь с призывом к его сыну, президенту X» may put an apposition between «к» and the title; who wrote
// the letter may stand between it and the title («Обращение ста активистов движения министру X»).
const RU_CUE = new RegExp(
  String.raw`(?:(?:обратил\p{L}*|обраща\p{L}*|(?:обращени|письм)\p{L}*(?:\s+[\p{Ll}-]+){0,4}?|адресова\p{L}*|направил\p{L}*|направлен\p{L}*|призвал\p{L}*)\s+(?:(?:его|её|ее|их)\s+)?(?:с\s+(?:призывом|просьбой|требованием|письмом|обращением|открытым\s+письмом)\s+)?(?:к\s+(?:\p{Ll}+,?\s+){0,3}?)?|(?:^|[!.?]\s+))(${RU_TITLE})\s+`,
  'gimu',
);
// «письмо в адрес президента Назарбаева»: the title in the genitive after «в адрес»; the name is often the surname
// alone, which the persons rule has already tied to the full name met earlier.
const RU_GEN_TITLE = String.raw`(?:президента|главы|генерального\s+секретаря|генсека|верховного\s+комиссара|уполномоченного(?:\s+по\s+правам\s+(?:человека|ребенка|ребёнка))?|госсекретаря|государственного\s+секретаря|премьер-министра|генерального\s+прокурора|министра(?:\s+\p{Ll}+){0,3}|председателя(?:\s+\p{Ll}+){0,2}|посла|короля|канцлера)`;
// «призвали президента Дмитрия Медведева»: «призвать» takes the title in the accusative, which is the genitive's form.
// «попросили президента России Владимира Путина о встрече» likewise.
const RU_GEN_CUE = new RegExp(
  String.raw`(?:в\s+адрес|на\s+имя|призвал\p{L}*|призыва\p{L}*|попросил\p{L}*|просил\p{L}*|просят)\s+(${RU_GEN_TITLE})\s+`,
  'giu',
);
// A country may stand before the title: "addressed to Azerbaijan President X", "addressed Kazakhstan’s President X".
// A letter "sent" or "delivered" to the title may carry a date or a few words before "to" ("A letter signed by … was
// sent on 13 November to Norland's President X", « La lettre a été envoyée le 2 mai au président X »).
const EN_CUE = new RegExp(
  String.raw`(?:(?:letter|appeal|petition|statement|lettre|appel|pétition)[^.!?\n]{0,200}?(?<![\p{L}])(?:sent|delivered|handed|forwarded|submitted|envoyée?s?|remise?s?|transmise?s?)(?:\s+(?!to\s|à\s|au\s)[\p{L}\d’',]+){0,5}?\s+(?:to|à|au)|addressed(?:\s+to)?|letter\s+to|petition\s+to|wrote\s+to|written\s+to|appeal(?:ed)?\s+to|adressée?s?\s+(?:par\s+(?:courrier|lettre|écrit)\s+)?(?:à|au)|(?<![\p{L}])[àa]\s+l['’]attention\s+(?:du|de\s+la|de)|lettre(?:\s+ouverte)?(?:\s+[\p{Ll}’']+){0,8}?\s+(?:à|au)|open\s+letter(?:\s+\p{Ll}+){0,8}?\s+to|(?:letter|appeal|statement)\s+from\s[^\n.!?]{2,160}?\s+to|(?:letter|appeal|petition)\s+(?:spearheaded|signed|led|written|initiated)\s+by\s[^\n!?]{2,200}?\s+to|submitted\s+(?:a|an|the)\s+(?:memorandum|letter|petition|complaint|appeal)\s+to|(?:lettre|appel|déclaration)(?:\s+ouverte)?\s+(?:de\s|d['’])[^\n.!?]{2,160}?\s+(?:à|au))\s+(?:(?:incoming|outgoing|newly\s+elected|new)\s+)?(?:the\s+\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+(?=[\p{Ll}\s]{0,20}(?:minister|secretary|president|prosecutor)))?(?:(?!the\s|le\s|la\s|au\s)\p{Lu}\p{Ll}+(?:['’]s)?\s+(?=[Pp]resident|[Pp]rime|[Mm]inister|[Ff]oreign|[Ss]ecretary|[Pp]rosecutor|[Cc]hancellor|[Aa]mbassador))?(${EN_TITLE})`,
  'giu',
);
// "urged President X", "calling on President X": in news of an appeal, whom it is addressed to. Not read in a letter,
// where "we urge President X" is often a third party the addressee is asked to press.
// The title may carry words before it ("urged self-proclaimed Belarusian president X", "calling in an open letter on
// Belarus’ authoritarian President X", « appellent le Président azerbaïdjanais, X ») and be a head of state's ("called
// on Head of State X").
const EN_APPEAL_CUE = new RegExp(
  String.raw`(?:urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+(?:in\s+(?:an?|the|their|its)\s+(?:open\s+|joint\s+)?letter\s+)?(?:on|upon)(?:\s+[^.;,\n]{2,60},\s+(?:specifically|in\s+particular|notably|namely))?|request(?:s|ed|ing)?\s+that|demand(?:s|ed|ing)?\s+that|enjoin(?:s|ed|ing)?|appellent|appelle|appelant|exhortent|exhorte|exhortant|demand(?:ent|e|ons|ait|aient)(?=\s+(?:au|à)\s))\s+(?:(?:the|le|la)\s+)?(?:\p{Lu}\p{Ll}+(?:['’]s?)\s+|(?:EU|UN|OSCE|US)\s+)?(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+){0,2}?(${EN_TITLE}|head\s+of\s+state|chef\s+de\s+l['’]\s*[ÉE]tat)`,
  'giu',
);
// What may stand between the title and the name: the country or body in capitals («России», "of Kazakhstan,").
// "of the Republic of Türkiye," may name the state in two parts.
// « au Président de la République française, M. François H. »: a national adjective after the state, and an honorific
// before the name.
const BETWEEN =
  /^(?:\s*(?:of|de|du|de\s+la|of\s+the|в|во|при)?\s*(?:\p{Lu}[\p{L}.-]*|РФ|США)(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?:\s+(?:в|во|при)\s+\p{Lu}[\p{L}.-]*)?(?:\s+(?:of|de|du)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?(?:\s+\p{Ll}+(?:aise|ain|aine|ien|ienne|ais|ese|ian|an))?)?\s*,?\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+|(?:Monsieur|Madame|Ayatollah|Sheikh|Sheikha)\s+|(?:l['’]\s*)?(?:ayatollah|cheikh)\s+)?$/u;
// « le Président azerbaïdjanais, Ilham Aliyev »: a nationality adjective in lower case after the title, then a comma.
// « le président russe Vladimir Poutine »: without the comma when the adjective is one of nationality.
const ADJECTIVE_BETWEEN =
  /^\s+\p{Ll}[\p{L}-]+\s*,\s*$|^\s+\p{Ll}[\p{L}-]*(?:sse|ais|aise|ain|aine|ien|ienne|ois|oise|ais|ain|an|ian|ese|ish|ien|ский|ского)\s+$|^\s+(?:kazakhe?|tadjike?|ouzb[eè]ke?|kirghize?|turc|turque|turkm[eè]ne|belge|grecque?|khmère?)\s+$/u;
// A Latin name of one to three capitalised words (hyphens allowed) after the title, ended by a non-name character and
// not followed by another capitalised word: one word is the surname alone ("addressed to President Tokayev on …").
const LATIN_NAME =
  /^\s*((?:[A-Z][a-z\u00c0-\u024f]+(?:-[A-Z][a-z\u00c0-\u024f]+)?)(?:\s+[A-Z][a-z\u00c0-\u024f]+(?:-[A-Z][a-z\u00c0-\u024f]+)?){0,2}(?:\s+[IVX]{1,4}(?![\p{L}]))?)(?![\p{L}])(?!\s+\p{Lu})/u;
// «Назарбаева» after «президента»: a masculine surname in the genitive; the nominative drops the final «а».
const GENITIVE_SURNAME = /^\s*(\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)а)(?![\p{L}])(?!\s+\p{Lu})/u;

/** Whether the words read as a name: none is a country, a month or a word the persons rules know is not a name. */
function latinNameShaped(words: string): boolean {
  return words
    .split(/\s+/)
    .every((w) => !NOT_NAME.has(w.toLowerCase()) && !COUNTRY_NAMES.has(w.toLowerCase()) && !MONTHS.test(w));
}
const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

const INITIALS_NAME = /^(\p{Lu}\.\s?(?:\p{Lu}\.)?\s?)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/u;

/** Addressees named in the text's sentences; a name with initials only here becomes a person. A letter (one with a
 * salutation) is read without the appeal cues ("urged President X"), which there often name a third party. */
export function findProseAddressees(
  text: string,
  persons: PersonProposal[],
  opts: { isLetter?: boolean } = {},
): AddresseeProposal[] {
  const out: AddresseeProposal[] = [];
  const mentions = persons.flatMap((p) => p.spans.map((s) => ({ p, s }))).sort((a, b) => a.s.start - b.s.start);
  for (const re of opts.isLetter ? [RU_CUE, RU_GEN_CUE, EN_CUE] : [RU_CUE, RU_GEN_CUE, EN_CUE, EN_APPEAL_CUE]) {
    for (const m of text.matchAll(re)) {
      const titleStart = m.index + m[0].lastIndexOf(m[1]!);
      // The pattern is read without regard to case, so a Russian title's trailing words («министру внутренних дел»)
      // may have taken the start of the name: capitalised Cyrillic words are the name's.
      const titleEnd = titleStart + m[1]!.replace(/(?:\s+[А-ЯЁ][а-яё]*)+$/u, '').length;
      // The person named first after the title, with only a country or body between them.
      const hit = mentions.find(
        ({ s }) =>
          s.start >= titleEnd &&
          s.start - titleEnd <= 50 &&
          // "Letter to King of Norland Regarding A": the letter's subject is not its addressee.
          !/(?<![\p{L}])(?:Regarding|Concerning|About|Re|Over|For|Concernant|Au\s+sujet)(?![\p{L}])/u.test(
            text.slice(titleEnd, s.start),
          ) &&
          // «… написал письмо президенту» as a headline, «Оюб Т. в своем письме …» opening the next line: a name in the
          // nominative on another line is the lead's subject, not the one a Russian title in the dative names.
          !(
            re === RU_CUE &&
            /\n/u.test(text.slice(titleEnd, s.start)) &&
            /^\p{Lu}/u.test(s.text) &&
            !/(?:у|ю|ой|ей)$/u.test(s.text)
          ) &&
          (BETWEEN.test(text.slice(titleEnd, s.start)) || ADJECTIVE_BETWEEN.test(text.slice(titleEnd, s.start))),
      );
      let person = hit?.p;
      let end = hit?.s.end ?? 0;
      let nameAt = hit?.s.start ?? titleEnd;
      if (!person) {
        // «Президенту Казахстана Н.А.Назарбаеву»: initials and a surname the persons rule does not read; "President
        // Kassym-Jomart Tokayev": a Latin name of two or three words right after the title; «в адрес президента
        // Назарбаева»: a Russian surname alone in the genitive after a genitive title.
        const rest = text.slice(titleEnd, titleEnd + 100);
        const between = /^\s*(?:\p{Lu}\p{Ll}+\s+){0,2}/u.exec(rest)![0];
        const ini = INITIALS_NAME.exec(rest.slice(between.length));
        // "the President of the Republic of Türkiye, Recep Tayyip Erdoğan": the state and its comma come first.
        const state = /^\s*(?:of|de|du)\s+(?:the\s+)?[^,\n]{2,60},\s*/u.exec(rest)?.[0] ?? '';
        const latinRead = ini ? null : LATIN_NAME.exec(rest.slice(state.length));
        const latin = latinRead ? { whole: state + latinRead[0], name: latinRead[1]! } : null;
        const genitive = ini || latin || re !== RU_GEN_CUE ? null : GENITIVE_SURNAME.exec(rest);
        const read = ini
          ? {
              at: between.length,
              len: ini[0].length,
              name: `${ini[1]!.replace(/\s+/g, '')} ${nominativeSurname(ini[2]!)}`,
            }
          : latin &&
              latinNameShaped(latin.name) &&
              !(!latin.name.includes(' ') && GIVEN_NAMES.has(foldText(latin.name)))
            ? { at: latin.whole.length - latin.name.length, len: latin.name.length, name: latin.name }
            : genitive
              ? {
                  at: genitive[0].length - genitive[1]!.length,
                  len: genitive[1]!.length,
                  name: genitive[1]!.slice(0, -1),
                }
              : null;
        if (!read) {
          // «президенту Армении Сержу Саргсяна, заместителю министра Николаю А. и генпрокурору Агвану О.»: a first name
          // the rules cannot read (its cases disagree) does not hide the rest of the list in the dative.
          const words = re === RU_CUE ? /^\s*(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.exec(rest) : null;
          if (words)
            out.push(
              ...datives(text, mentions, titleEnd + words[0].length).filter(
                (a) => !out.some((o) => o.personRef === a.personRef),
              ),
            );
          continue;
        }
        const name = read.name;
        const at = titleEnd + read.at;
        nameAt = at;
        end = at + read.len;
        person = persons.find((p) => p.name === name);
        if (!person) {
          person = {
            ref: `person-${persons.length + 1}`,
            name,
            roles: [],
            roleKinds: [],
            spans: [spanOf(text, at, end)],
          };
          persons.push(person);
        }
      }
      const again = out.find((a) => a.personRef === person.ref);
      const shown = shownTitle(text, titleStart, nameAt);
      if (again) {
        // Named twice ("au Président de la République, M. X" then "… de la République française, M. X"): the fuller title.
        if (again.title && shown.length > again.title.length && shown.startsWith(again.title)) again.title = shown;
        continue;
      }
      out.push({ name: person.name, title: shown, personRef: person.ref, spans: [spanOf(text, titleStart, end)] });
      if (re === EN_CUE || re === EN_APPEAL_CUE) out.push(...furtherTitles(text, mentions, end, out));
      if (re === RU_CUE)
        out.push(...datives(text, mentions, end).filter((a) => !out.some((o) => o.personRef === a.personRef)));
    }
  }
  // «Письмо адресовано главе Администрации президента A, его первому заместителю B и руководителю Следственного
  // комитета C»: a list of titles in the dative of any length, each before its person, right after the cue.
  for (const m of text.matchAll(RU_LIST_CUE)) {
    if (/^направ/iu.test(m[1]!) && !LETTER_WORD.test(text.slice(Math.max(0, m.index - 150), m.index))) continue;
    out.push(
      ...datives(text, mentions, m.index + m[0].length, true).filter(
        (a) => !out.some((o) => o.personRef === a.personRef),
      ),
    );
  }
  // «Журналисты обратились с открытым письмом к Исламу Каримову»: a letter turned to a person named without a title.
  // A head of state named by the surname alone («Лукашенко») counts too.
  for (const { p, s } of mentions) {
    if (out.some((a) => a.personRef === p.ref) || (!p.name.includes(' ') && p.confidenceReason !== LEADER_REASON))
      continue;
    if (!RU_LETTER_TO.test(text.slice(Math.max(0, s.start - 60), s.start))) continue;
    out.push({ name: p.name, title: null, personRef: p.ref, spans: [spanOf(text, s.start, s.end)] });
  }
  if (!opts.isLetter) {
    // «потребовали от Александра Лукашенко прояснить …», «призвали Ивана Петрова»: in news of an appeal, the person asked.
    for (const { p, s } of mentions) {
      if (out.some((a) => a.personRef === p.ref) || !p.name.includes(' ')) continue;
      if (!RU_APPEAL_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start))) continue;
      out.push({ name: p.name, title: null, personRef: p.ref, spans: [spanOf(text, s.start, s.end)] });
    }
    // "urged Gurbanguly B., the authoritarian president of Turkmenistan, to release …": the name right after the verb,
    // its title in the apposition after it.
    for (const { p, s } of mentions) {
      if (out.some((a) => a.personRef === p.ref) || !APPEAL_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)))
        continue;
      const apposition = TITLE_APPOSITION.exec(text.slice(s.end, s.end + 160));
      if (!apposition) continue;
      out.push({
        name: p.name,
        title: apposition[1]!.replace(/\s+/g, ' '),
        personRef: p.ref,
        spans: [spanOf(text, s.start, s.end + apposition[0].length)],
      });
    }
  }
  return out;
}

/** The title written from `start` to the name at `nameAt`, as shown: no honorific or comma at its end, no article at
 * its start, a capital first («au Président de la République, M. » → «Président de la République»). */
function shownTitle(text: string, start: number, nameAt: number): string {
  return text
    .slice(start, nameAt)
    .replace(
      /[\s,]*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?|Monsieur|Madame|Ayatollah|Sheikh|Sheikha|(?:l['’]\s*)?(?:ayatollah|cheikh))?[\s,]*$/u,
      '',
    )
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|au|à\s+la|à\s+l['’]|le|la)\s+/iu, '')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

// "… to President A and Prime Minister B", « au Président de la France, A, et au Premier ministre français, B »: a
// further title and its person joined to the addressee just read.
// « ainsi qu'au Premier ministre, B », "as well as to Prime Minister B" join one too.
const FURTHER = new RegExp(
  String.raw`^[\s,]*(?:and|et|ainsi\s+qu['’]|as\s+well\s+as)\s*(?:to\s+|à\s+|au\s+|à\s+la\s+)?(${EN_TITLE})`,
  'iu',
);

/** The addressees joined by "and" / « et » after the one that ends at `end`, each with its own title. */
function furtherTitles(
  text: string,
  mentions: readonly { p: PersonProposal; s: Span }[],
  end: number,
  out: readonly AddresseeProposal[],
): AddresseeProposal[] {
  const found: AddresseeProposal[] = [];
  for (let at = end, k = 0; k < 4; k++) {
    const m = FURTHER.exec(text.slice(at, at + 200));
    if (!m) break;
    const titleStart = at + m[0].length - m[1]!.length;
    const titleEnd = at + m[0].length;
    const hit = mentions.find(
      ({ s }) =>
        s.start >= titleEnd &&
        s.start - titleEnd <= 50 &&
        (BETWEEN.test(text.slice(titleEnd, s.start)) || ADJECTIVE_BETWEEN.test(text.slice(titleEnd, s.start))),
    );
    if (!hit || out.some((a) => a.personRef === hit.p.ref) || found.some((a) => a.personRef === hit.p.ref)) break;
    const title = shownTitle(text, titleStart, hit.s.start);
    found.push({ name: hit.p.name, title, personRef: hit.p.ref, spans: [spanOf(text, titleStart, hit.s.end)] });
    at = hit.s.end;
  }
  return found;
}

// «адресовано», «направлено» (after a word for the letter in the sentence before it), «обратились к»: a list of dative
// titles and persons may follow.
const RU_LIST_CUE =
  /(?<![\p{L}])(адресован[оаы]?|направлен[оаы]?|направил[аи]?|обратил(?:ся|ась|ись)\s+к|письм\p{L}*\s+к|обращени\p{L}*\s+к)\s+/giu;
const LETTER_WORD = /(?<![\p{L}])(?:письм|обращени|послани|петици|заявлени|требовани)\p{L}*(?![\p{L}])[^.!?]*$/iu;
// A letter or an appeal turned to someone, right before their name: «обратились с открытым письмом к», «письмо к».
// «написали письмо Лукашенко»: a verb of writing or sending, the letter, and its addressee in the dative without «к».
const RU_LETTER_TO =
  /(?<![\p{L}])(?:(?:(?:обратил\p{L}*|обраща\p{L}*)\s+(?:с\s+(?:открытым\s+|коллективным\s+)?(?:письмом|обращением|призывом|просьбой|требованием)\s+)?|(?:открыт\p{L}+\s+)?(?:письм\p{L}*|обращени\p{L}*)\s+)к\s+|(?:написал\p{L}*|направил\p{L}*|отправил\p{L}*)\s+(?:открытое\s+|коллективное\s+|совместное\s+)?(?:письмо|обращение)\s+)$/iu;
// The verb of a Russian appeal right before the person asked, in the genitive after «от» or the accusative.
const RU_APPEAL_BEFORE =
  /(?<![\p{L}])(?:потребовал\p{L}*\s+от|требу\p{L}*\s+от|добива\p{L}*\s+от|призвал\p{L}*|призыва\p{L}*|попросил\p{L}*|просил[аи]?|просят)\s+$/iu;
// The verb of an appeal right before a name, and the apposition after it that gives the name an office.
const APPEAL_BEFORE = /(?<![\p{L}])(?:urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+(?:on|upon))\s+$/iu;
const TITLE_APPOSITION =
  /^,\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:president|prime\s+minister|minister|king|chancellor|head\s+of\s+state)(?:\s+of\s+\p{Lu}[\p{L} ]{2,40}?)?),\s+to\s/iu;

// «…к президенту A, генеральному прокурору B, председателю Верховного суда C и омбудсмену D»: after the first addressee,
// each further title in the dative (its first word in lower case, a body's name may follow it, «его первому заместителю»
// may refer back) and its person.
const DATIVE_JOIN = /^\s*,\s*(?:а\s+также\s+|и\s+)?|^\s+(?:и|а\s+также)\s+/u;
// «к президенту в связи с ухудшением здоровья журналиста X»: whom the letter is about, after the title, is not its
// addressee.
const ABOUT_WHOM =
  /(?<![\p{L}])(?:в\s+связи|в\s+отношении|по\s+поводу|в\s+защиту|по\s+делу|с\s+(?:просьбой|требованием|призывом|ухудшением))(?![\p{L}])/iu;
const DATIVE_TITLE =
  /^(?:(?:его|её|ее|их)\s+)?(?:\p{Ll}[\p{L}-]*(?:у|ю)|главе)(?:\s+(?:[\p{L}«»"-]+|\([\p{L}\s]{1,20}\)|по\s+\p{L}+)){0,7}\s+$/u;

/** The addressees of a Russian list of titles in the dative, from `end` on: after the first addressee, or from the
 * cue itself when `first` (no join before the first title). */
function datives(
  text: string,
  mentions: readonly { p: PersonProposal; s: Span }[],
  end: number,
  first = false,
): AddresseeProposal[] {
  const found: AddresseeProposal[] = [];
  for (let at = end; ;) {
    const join = first && at === end ? /^/u.exec('') : DATIVE_JOIN.exec(text.slice(at));
    if (!join) break;
    const from = at + join[0].length;
    const next = mentions.find(
      ({ s }) =>
        s.start > from &&
        s.start - from <= 90 &&
        DATIVE_TITLE.test(text.slice(from, s.start)) &&
        !ABOUT_WHOM.test(text.slice(from, s.start)),
    );
    if (!next) break;
    const title = text.slice(from, next.s.start).trim().replace(/\s+/g, ' ');
    found.push({
      name: next.p.name,
      title: title.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
      personRef: next.p.ref,
      spans: [spanOf(text, from, next.s.end)],
    });
    at = next.s.end;
  }
  return found;
}

// "The letter is being sent to A, B (Prosecutor General), C and D (Head of …)": each person of the list, with the
// bracket as the title. «Письмо направлено A, B и C» likewise.
const SENT_TO =
  /(?<![\p{L}])(?:(?:is|was|were|are|has been|have been|will be)\s+(?:being\s+)?(?:sent|addressed|delivered)\s+to|направлен[оаы]?|адресован[оаы]?|envoyée?s?\s+à|adressée?s?\s+à)\s+/giu;
// "Open letter to François Hollande", "wrote to X", "a letter of A addressed X", «обратилась к Александру Петрову»: a
// person named right after.
const LETTER_TO_NAME =
  /(?<![\p{L}])(?:(?:[Oo]pen\s+)?[Ll]etter\s+to|[Ll]ettre(?:\s+ouverte)?\s+(?:à|au)|[Aa]ppeal\s+to|[Aa]ppel\s+(?:à|au)|wrote\s+to|appealed\s+to|addressed\s+to|(?<=(?:letter|appeal)\s[^.!?\n]{0,60})addressed|adressée?s?\s+à|envoyée?s?\s+à|a\s+écrit\s+à|en\s+appel(?:ons|le|lent)\s+à|обратил\p{L}*\s+к|To:?)\s+(?:(?:Mr|Mrs|Ms|M|Mme|Monsieur|Madame)\.?\s+)?/gu;
// An action's cue to write to the officials listed under it.
const WRITE_TO =
  /(?:(?:officials?|authorities|addressees?)\s+(?:listed|below)|(?:write|send|address)\s+(?:your\s+)?(?:appeals?|letters?)\s+to\s*:?\s*$|^\s*(?:please\s+)?write\s+to\s*:\s*$|(?:adressez|envoyez|écrivez)\s+(?:vos\s+)?(?:appels|lettres|courriers)\s+(?:à|aux?)\s*:?\s*$)/gimu;
const OFFICES = String.raw`(?:President|Prime\s+Minister|(?:Deputy\s+)?Minister|Ambassador|Prosecutor[-\s]General|Prosecutor|Chair(?:man|woman|person)?|Head|Director|Governor|Speaker|Ombudsman|Commissioner|Président|Ministre|Ambassadeur|Procureur\s+général)`;
// A line that is an office: the title of the name on the line under it.
const OFFICE_LINE = new RegExp(`^\\s*${OFFICES}(?![\\p{L}])`, 'u');
// Only an office (and an honorific) before the name on its line, or nothing at all.
const OFFICE_LINE_START = new RegExp(
  String.raw`^[\s\d.)-]*(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|(?:The\s+)?Hon(?:ou?rable|\.)?)\s+)?(${OFFICES}(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}+)?)?\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?$`,
  'u',
);
// "Prosecutor General of the Republic of Belarus" after the name: the office, and the state it serves.
const OFFICE_AFTER = new RegExp(
  String.raw`^\s*,?\s*(${OFFICES}(?:\s+(?:of|for)\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+(?![.\p{L}]))?)?)`,
  'u',
);
const TO_TITLE_LINE =
  /^[ \t]*(?:To\s+(?:the\s+)?|Aux?\s+|À\s+(?:la\s+|l['’]\s*)?|A\s+(?:la\s+|l['’]\s*))((?:president|président|prime|premier|minister|ministre|prosecutor|procureur|director|directeur|directrice|head|chair|chairman|présidente|secretary|secrétaire|ambassador|ambassadeur|commissioner|commissaire|king|roi|governor|gouverneur|speaker|ombudsman)[^\n,]{0,110}),\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?/gimu;
// "letter to prime ministerial candidates", "appeal to the two ministers" (no word of a topic or a purpose among them).
const LETTER_TO_WHO =
  /(?<![\p{L}])(?:letter|appeal|petition)\s+to\s+(?:the\s+)?(?:(?!(?:the|a|an|of|on|about|over|for|from|in|at|by|with|and|or|demanding|calling|urging|asking|seeking|concerning|regarding|release|free)\s)[\p{Ll}-]+\s+){1,4}/gu;
// A name's title in brackets after it, and what separates the names of a list.
const BRACKET = /^\s*,?\s*\(([^()\n]{2,120})\)/u;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|и\s+|et\s+)?|\s+and\s+|\s+и\s+|\s+et\s+)/u;

/** Addressees of "sent to A, B (title) and C" and of "letter to A": persons the persons rules found, named right there. */
export function findListedAddressees(text: string, persons: readonly PersonProposal[]): AddresseeProposal[] {
  const out: AddresseeProposal[] = [];
  const mentionAt = (at: number) =>
    persons.flatMap((p) => p.spans.filter((s) => s.start === at).map((s) => ({ p, s })))[0];
  for (const m of text.matchAll(SENT_TO)) {
    let at = m.index + m[0].length;
    const found: AddresseeProposal[] = [];
    for (;;) {
      const hit = mentionAt(at);
      if (!hit || !hit.s.text.includes(' ')) break;
      let end = hit.s.end;
      const bracket = BRACKET.exec(text.slice(end));
      if (bracket) end += bracket[0].length;
      found.push({
        name: hit.p.name,
        title: bracket ? bracket[1]!.replace(/\s+/g, ' ').trim() : null,
        personRef: hit.p.ref,
        spans: [spanOf(text, hit.s.start, end)],
      });
      const join = LIST_JOIN.exec(text.slice(end));
      if (!join) break;
      at = end + join[0].length;
    }
    // One name after "sent to" may be a courier's destination; a list of two or more is the letter's addressees.
    if (found.length >= 2) for (const a of found) if (!out.some((o) => o.personRef === a.personRef)) out.push(a);
  }
  // "a letter to prime ministerial candidates A and B": a few lower-case words saying who they are, then the names.
  for (const m of text.matchAll(LETTER_TO_WHO)) {
    const found: AddresseeProposal[] = [];
    for (let at = m.index + m[0].length; ;) {
      const hit = mentionAt(at);
      if (!hit || !hit.s.text.includes(' ')) break;
      found.push({
        name: hit.p.name,
        title: null,
        personRef: hit.p.ref,
        spans: [spanOf(text, hit.s.start, hit.s.end)],
      });
      const join = LIST_JOIN.exec(text.slice(hit.s.end));
      if (!join) break;
      at = hit.s.end + join[0].length;
    }
    for (const a of found) if (!out.some((o) => o.personRef === a.personRef)) out.push(a);
  }
  // « Au directeur de l’institut pour les droits humains, Valentin M. Gefter. » on a line of its own, anywhere in the
  // text: the title before the comma, the name closing the line.
  for (const m of text.matchAll(TO_TITLE_LINE)) {
    const hit = mentionAt(m.index + m[0].length);
    if (!hit || !hit.s.text.includes(' ') || !/^[ \t.]*(?:\n|$)/u.test(text.slice(hit.s.end))) continue;
    if (out.some((o) => o.personRef === hit.p.ref)) continue;
    out.push({
      name: hit.p.name,
      title: m[1]!.replace(/\s+/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
      personRef: hit.p.ref,
      spans: [spanOf(text, m.index, hit.s.end)],
    });
  }
  // An action's "Write a letter … to one or both officials listed", « Adressez vos appels à : »: the lines after it that
  // open with a name, or an office and a name ("Andrey Ivanov Prosecutor General of …", "Ambassador Ivan Petrov …").
  for (const m of text.matchAll(WRITE_TO)) {
    let titleAbove: string | null = null;
    let lineStart = text.indexOf('\n', m.index + m[0].length);
    for (let n = 0; lineStart >= 0 && n < 8; n++) {
      const from = lineStart + 1;
      const lineEnd = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
      lineStart = lineEnd < text.length ? lineEnd : -1;
      const line = text.slice(from, lineEnd);
      if (!line.trim()) continue;
      // "And copy:", « Copie à : »: those under it get a copy; they are not written to.
      if (/^\s*(?:and\s+)?(?:copy|copies|cc|copie\s+à|копи\p{L}*)\b[^\n]{0,20}:/iu.test(line)) break;
      // "Minister of Justice, Legal and Parliamentary Affairs" over "Honorable Ziyambi Z.": the title line above.
      if (OFFICE_LINE.test(line)) titleAbove = line.trim();
      const hit = persons
        .flatMap((p) => p.spans.filter((x) => x.start >= from && x.end <= lineEnd).map((x) => ({ p, s: x })))
        .sort((a, b) => a.s.start - b.s.start)[0];
      if (!hit || !hit.s.text.includes(' ')) continue;
      const before = text.slice(from, hit.s.start);
      const office = OFFICE_LINE_START.exec(before);
      if (!office) continue;
      const after = OFFICE_AFTER.exec(text.slice(hit.s.end, lineEnd));
      const title = office[1]?.trim() || after?.[1]?.trim() || titleAbove;
      titleAbove = null;
      if (!title || out.some((o) => o.personRef === hit.p.ref)) continue;
      out.push({ name: hit.p.name, title, personRef: hit.p.ref, spans: [spanOf(text, from, hit.s.end)] });
    }
  }
  for (const m of text.matchAll(LETTER_TO_NAME)) {
    // "To X" only opens a line; "letter to X" may stand anywhere.
    if (m[0].startsWith('To') && m.index > 0 && text[m.index - 1] !== '\n') continue;
    const hit = mentionAt(m.index + m[0].length);
    if (!hit || !hit.s.text.includes(' ')) continue;
    const after = /^,\s*([^,\n.]{3,80})/u.exec(text.slice(hit.s.end));
    // « M. X, Président de la République algérienne pour qu’il … »: the title ends where the sentence goes on.
    const words = after?.[1]!.replace(/\s+(?:pour|afin|to|so|that|qui|que|чтобы|с\s+просьбой)(?![\p{L}])[^]*$/u, '');
    const title = words && /^\p{Lu}/u.test(words) && isTitle(words) ? words.trim() : null;
    // "Open Letter to X" over "To: X, President of Y": one addressee, with the title the second gives.
    const same = out.find((o) => o.personRef === hit.p.ref);
    if (same) {
      same.title ??= title;
      continue;
    }
    out.push({ name: hit.p.name, title, personRef: hit.p.ref, spans: [spanOf(text, m.index, hit.s.end)] });
  }
  return out;
}

/** Whether words after a name read as its title ("President of the French Republic", «Président de la République»). */
function isTitle(words: string): boolean {
  return /^(?:the\s+)?(?:president|président|prime|premier|minister|ministre|prosecutor|procureur|chancellor|king|ambassador|ambassadeur|head|chair)/iu.test(
    words,
  );
}
