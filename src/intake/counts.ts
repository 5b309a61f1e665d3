// Figures a document gives about many people at once ("more than 150 detentions, including 12 criminal cases",
// «более 150 задержаний», « plus de 150 interpellations »): kept as facts of the source, never made into cases.
import { spanOf, type CountProposal } from './types.ts';

// What is counted: nouns of repression, with their forms after a numeral in the three languages.
const COUNTED =
  '(?:detentions?|arrests?|detainees|people (?:were )?(?:detained|arrested)|criminal (?:cases|proceedings|charges)|cases|prisoners|political prisoners|searches|fines|convictions|задержан\\p{L}*|арест\\p{L}*|уголовн\\p{L}* дел\\p{L}*|дел|политзаключ\\p{L}*|заключ\\p{L}*|обыск\\p{L}*|штраф\\p{L}*|приговор\\p{L}*|человек|interpellations?|arrestations?|détentions?|personnes (?:interpellées|arrêtées|détenues)|poursuites(?: pénales)?|procédures pénales|affaires pénales|prisonniers(?: politiques)?|perquisitions?|amendes|condamnations)';
const APPROX =
  '(more than|over|at least|about|around|nearly|almost|some|более|свыше|больше|не менее|около|почти|порядка|plus de|au moins|environ|près de|presque)';
const COUNT_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:${APPROX}\\s+)?(\\d{1,3}(?:[ \\u00a0,.]\\d{3})*|\\d+)\\s+(?:(?:new|новых|nouvelles?)\\s+)?(${COUNTED})(?![\\p{L}])`,
  'giu',
);

// What is counted when the word alone says nothing of repression: people, cases, «дел», «человек».
const BARE = /^(?:cases|дел|человек)$/u;

/** Every count of detentions, arrests, cases … in the text, with "more than"/«более»/"plus de" marked as approximate. */
export function findCounts(text: string, dates: readonly { span: { start: number; end: number } }[]): CountProposal[] {
  const out: CountProposal[] = [];
  for (const m of text.matchAll(COUNT_RE)) {
    const start = m.index;
    const end = m.index + m[0].length;
    // A year or a day is a date, not a count ("in 2022 arrests", "5 декабря").
    if (dates.some((d) => start < d.span.end && end > d.span.start)) continue;
    const n = Number(m[2]!.replace(/[ \u00a0,.]/g, ''));
    if (!Number.isFinite(n) || n < 2) continue;
    const what = m[3]!.toLowerCase();
    // "150 detentions" counts acts; "12 cases", «30 человек» count something the words around must explain.
    const bare = BARE.test(what);
    out.push({
      number: n,
      approximate: m[1] !== undefined,
      what,
      spans: [spanOf(text, start, end)],
      confidence: bare ? 'low' : 'high',
      confidenceReason: bare
        ? 'a number of people or of cases, without a word of repression'
        : 'a number with a word of repression',
    });
  }
  return out;
}
