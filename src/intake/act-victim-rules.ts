// Who stands to an act's cue how: in its clause, past a comma or beside a rival name; a group without names as the
// subject; a sitting head of state, who orders or is asked, never the victim; and the words that name a victim that is
// not a person.
import type { How } from './act-rating.ts';
import type { PersonProposal, Span } from './types.ts';

/**
 * How the victim nearest to the cue stands to it: in one clause (nothing but words between, no other name as near),
 * past a comma, or one of several names at about the same distance.
 */
export function clauseOf(
  text: string,
  victim: { p: PersonProposal; s: Span },
  cue: Span,
  near: readonly { p: PersonProposal; s: Span }[],
): How {
  const gap = (s: Span) => (s.end <= cue.start ? cue.start - s.end : s.start - cue.end);
  const rival = near.find((x) => x.p.ref !== victim.p.ref && gap(x.s) - gap(victim.s) < 25);
  if (rival) return 'nearest';
  const between = victim.s.end <= cue.start ? text.slice(victim.s.end, cue.start) : text.slice(cue.end, victim.s.start);
  return /[,;:()—–]/u.test(between) ? 'beyondComma' : 'clause';
}

/** A group of people without names, subject of a clause of its own ("many more activists", «десятки журналистов»). */
export const GROUP_SUBJECT =
  /(?<![\p{L}])(?:all(?:\s+the)?\s+other|many(?:\s+more)?|more\s+than\s+\d+|over\s+\d+|dozens\s+of|hundreds\s+of|scores\s+of|plus\s+de\s+\d+|de\s+nombreux|des\s+dizaines\s+de|d['’]autres|более\s+\d+|свыше\s+\d+|десятки|сотни|многие\s+другие)\s+(?:[\p{L}-]+\s+){0,3}?(?:journalists|activists|defenders|bloggers|lawyers|people|opponents|critics|journalistes|militants|défenseurs|opposants|журналист\p{L}*|активист\p{L}*|правозащитник\p{L}*|человек)(?![\p{L}])/iu;

// "urge President Aliyev to free …", «президента Токаева»: the head of state's title right before the mention (a body's
// own president, « son président M. X », "its president", is not one).
// On the same line: «… написал письмо президенту» ending a headline does not title the name opening the next line.
export const LEADER_BEFORE =
  /(?<![\p{L}-])(?<!(?:former|ex|its|his|her|their|son|sa|leur|ancien|бывш\p{L}*|его|её|их)\s+)(?:president|président|президент\p{L}*|head\s+of\s+state|chef\s+de\s+l['’]\s*[ée]tat|prime\s+minister|premier\s+ministre|премьер\p{L}*)[ \t\u00a0]*,?[ \t\u00a0]+$/iu;

/** A role of someone in power now ("President of Belarus", «президент России»), not a former one. */
export function isSittingLeader(role: string): boolean {
  return (
    /\b(?:president|pr[ée]sident|prime minister|premier ministre|head of state|chef de l['’]?[ée]tat)\b|президент|премьер|глав[аеуы] государства/iu.test(
      role,
    ) &&
    !/\b(?:former|ex|ancien|ancienne|late)\b|бывш/iu.test(role) &&
    !BODY_PRESIDENT.test(role)
  );
}

// « président de l'association X », "president of the X Foundation", «президент фонда»: the head of a body, no state's.
const BODY_PRESIDENT =
  /(?:president|présidente?|президент)\s+(?:(?:of|de|du|des|d['’])\s+(?:the\s+|la\s+|l['’]\s*)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:association|organi[sz]ation|party|parti|mouvement|movement|NGO|ONG|union|club|cent(?:re|er)|fondation|foundation|committee|comité|company|compagnie|société|bank|banque|federation|fédération|league|ligue|institute|institut|council|conseil|bureau|network|réseau)|(?:ассоциаци|организаци|парти|движени|фонд|компани|союз|центр|банк|федераци|комитет|бюро)\p{L}*)/iu;

/** The last few words of the clause before a cue, for a victim that is not a named person ("Kazakh media outlets …"). */
export function subjectBefore(before: string): string | null {
  const noVerb = before.replace(
    /[,\s]*(?:were|was|have been|has been|had been|are|is|были|был|была|признан\p{L}*|ont été|a été|sont)(?![\p{L}])[^,;]*$/iu,
    '',
  );
  const clause = noVerb.split(/[,;:—–]/u).pop() ?? '';
  const words = clause
    .trim()
    .replace(/^(?:and|и|et)\s+/iu, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 ? words.slice(-12).join(' ') : null;
}
