// How documents write several people in one act: the joins between the names of one list, a role or an apposition
// between them, words that share one length between them, and figures given "respectively".
import { numberValue, type LengthMention } from './sentence-length.ts';

// "A and B got 6 years each": «по» right before a length shares it («получили по 6 лет»).
export const SHARED_BEFORE = /(?:^|\s)по\s*$/u;
// Between the names of one list: a comma, "and", «и», « et » and nothing else.
export const LIST_JOIN =
  /^\s*(?:\([^()\n]{1,80}\)\s*)?(?:,\s*\d{1,3}\s*(?=,))?(?:,|;|:)?\s*(?:(?:[Aa]nd|[Ии]|[Аа] также|[Ee]t|[Aa]s well as)\s+)?(?:(?:M|Mme|Mr|Mrs|Ms|Dr|г-н|г-жа)\.?\s+)?$/u;
// "…, Ales B., the vice chair of Viasna, Valyantsin S., and …": one role phrase between two names of a list.
// "Mr. Vinh, co-founder of a news website, and Ms. Thuy": the role may go without its article, an honorific may follow.
export const LIST_JOIN_ROLE =
  /^\s*,\s*(?:and\s+)?(?:(?:the|a|an)\s+)?(?:(?!was|were|is|are|who|which|has|had|when|and|said|says)[\p{L}’'-]+\s+){0,9}(?:(?!was|were|is|are|who|which|has|had|when|said|says)[\p{L}’'-]+)(?:\s*\([^()\n]{1,20}\))?\s*,\s*(?:and\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/iu;
// "…, the poet Timur S., and Viasna’s lawyer Uladzimir L.": a name of a list with its role before it, set off by a
// comma perhaps («A и член Дивана партии Мусават, B были задержаны»).
// « … : le journaliste A ; l’avocat B ; la militante C »: French lists run on semicolons, a role before each name.
// A semicolon parts the names more firmly, so the role there may be longer (« ; le président du Parti national de
// l’État Nemat P. ; »).
export const LAST_WITH_ROLE =
  /^\s*(?:[,;]\s*(?:(?:and|и|et)\s+)?|(?:and|и|et)\s+)(?:the\s+)?(?:(?!(?:was|were|is|are|who|which|has|had|when|qui|est|sont|a|ont|to|now|then|later|recently|today|maintenant|désormais|victimes?|victims?|ainsi)[\s,])(?=[\d’'«»"“”-]*\p{L})[\p{L}\d’'«»"“”-]+,?\s+){1,6}$|^\s*;\s*(?:(?:and|и|et)\s+)?(?:(?!(?:was|were|is|are|who|which|has|had|when|qui|est|sont|a|ont|to|now|then|later|recently|today|maintenant|désormais)\s)(?=[\d’'«»"“”-]*\p{L})[\p{L}\d’'«»"“”-]+\s+){1,9}$/iu;
// "Among those arrested are: A, former President of the X; B, a former member of Y; Dr. C, Head of Z": each name with
// its office after it, the items parted by semicolons (no verb in an apposition: "A, the president, was freed; B …"
// is two clauses).
export const APPOSITION_SEMICOLON =
  /^\s*,\s*(?:(?!(?:was|were|is|are|has|have|had|who|which|remains?|remained|said|says|will|would)(?![\p{L}]))[^;.!?\n])+;[ \t]*(?:and\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/iu;
// "six bloggers – A, … and F – and three independent journalists – G, H and I": a second counted group joins the list.
export const DASH_GROUP_JOIN =
  /^\s*[–—-]?\s*,?\s*(?:and|et|и)\s+(?:[\p{L}\d-]+\s+){0,3}[\p{L}\d]+\s*(?:[–—:]|\s-)\s*$/u;
// « A et B, qui travaillent pour …, et son directeur C »: a relative clause told of the names before it, then the last
// name of the list with its role.
export const RELATIVE_JOIN =
  /^\s*,\s*(?:who|qui|котор\p{L}*)\s[^,.;:!?]{1,120},\s*(?:and|et|и)\s+(?:(?:the|its|his|her|their|son|sa|leur|le|la|l['’]|их|его|её)\s*)?(?:(?!(?:was|were|is|are|who|which|has|had|qui|est|sont|ont)\s)[\p{L}’'-]+\s+){0,6}$/iu;
// ", who was …" right after a name: a participle or clause told of that name.
export const APPOSITIVE =
  /^\s*,\s*(?:(?:who|qui|котор\p{L}*)\s+)?(?:(?:was|has\s+been|had\s+been|a\s+été|avait\s+été|был\p{L}*)\s+)?$/iu;
// "Mehman H., an anti-corruption journalist and the chairman of …, was sentenced": the subject before its apposition.
export const APPOSITION_THEN_VERB =
  /^\s*,[^.;:]{0,160},\s*(?:who\s+)?(?:was|were|has\s+been|had\s+been|is|are|был[аи]?|a\s+été|ont\s+été)\s+(?:\p{L}+\s+)?$/iu;
// Words that share one length between the names of a sentence.
export const SHARED =
  /(?<![\p{L}])(?:each|both|all|respectively|каждый|каждого|каждому|каждая|оба|обе|все|всех|chacun|chacune|tous|toutes)(?![\p{L}])/iu;

// "… to 2 and 4 years respectively": one figure per name, in order.
export const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivement|соответственно)(?![\p{L}])/iu;

/**
 * The months of "2, 3 and 4 years" when the length found is the last figure ("4 years") and the others stand before it
 * joined by commas and "and"; undefined when the text before is not such a list.
 */
export function respectiveFigures(before: string, length: LengthMention): number[] | undefined {
  // "to three and a half and three years": a half written out is the figure's.
  const halves = before.replace(/\s+(?:and\s+a\s+half|et\s+demie?|с\s+половиной)(?=\s+(?:and|et|и)\s+|\s*,)/giu, '½');
  const m = /((?:[\p{L}\d.,½]+(?:\s*,\s*|\s+(?:and|et|и)\s+))+)$/iu.exec(halves);
  if (!m || length.maxMonths !== undefined) return undefined;
  // "6,5 and 7,5 years": a comma between two digits is a decimal comma, not a break in the list.
  const words = m[1]!.split(/\s*,(?!\d)\s*|\s+,\s*|\s+(?:and|et|и)\s+/iu).filter(Boolean);
  // The unit of the figures: years unless the length is in months ("two and two and a half years": 24 and 30).
  const unit = /(?:month|mois|месяц)/iu.test(length.span.text) ? 1 : 12;
  const values = words.map((w) => {
    // A word with the half put on it ("three½"); digits with it ("7½") are read as written.
    const half = w.endsWith('½') && !/\d½$/u.test(w);
    const v = numberValue(half ? w.slice(0, -1) : w);
    return v === undefined ? undefined : v + (half ? 0.5 : 0);
  });
  if (values.some((v) => v === undefined)) return undefined;
  return [...(values as number[]).map((v) => Math.round(v * unit)), length.months];
}
