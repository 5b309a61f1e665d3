// The people a text names, as the acts rules reach them: every mention of a person (a given name or a surname alone
// too, but not the one speaking or judging), the lists they stand in, and the list a group's noun brought in.
import {
  APPOSITION_SEMICOLON,
  DASH_GROUP_JOIN,
  LAST_WITH_ROLE,
  LIST_JOIN,
  LIST_JOIN_ROLE,
  RELATIVE_JOIN,
} from './act-lists.ts';
import {
  countOf,
  givenNameMentions,
  GROUP_NOUN,
  JUDGE_BEFORE,
  SPEAKER_BEFORE,
  SPEAKER_ROLE_BEFORE,
  surnameMentions,
} from './act-references.ts';
import { RELEASE } from './act-cues.ts';
import { isSittingLeader } from './act-victim-rules.ts';
import { LEADER_REASON } from './persons.ts';
import { LEADER_SURNAMES } from './gazetteer.ts';
import { foldText } from '../text/fold.ts';
import { sentenceAt } from './tokens.ts';
import type { PersonProposal, Span } from './types.ts';

/** One mention of a person: who, and where. */
export interface Mention {
  p: PersonProposal;
  s: Span;
}

/** The mentions of the persons of a text and the ways of reading them as lists and groups. */
export function namedPeople(
  text: string,
  bounds: readonly [number, number][],
  persons: readonly PersonProposal[],
  notVictims: ReadonlySet<string>,
) {
  // The one who speaks ("said Robert M.", «сказал Роберт Х.», « a déclaré … ») is never the victim of the sentence.
  const speaker = (s: Span) => {
    const before = text.slice(Math.max(0, s.start - 60), s.start);
    // «… написал письмо президенту» as a headline, then «Оюб Т. был задержан …» opening the next line: a name at the
    // start of a line that goes on with its own clause is that clause's subject, not the speaker of the line above.
    const ownClause = /\n[ \t]*$/u.test(before) && /^[ \t]+\p{Ll}/u.test(text.slice(s.end, s.end + 3));
    // The title may be read as the name's first word ("Judge Zholdoshbek S.").
    return (
      (SPEAKER_BEFORE.test(before.slice(-30)) && !ownClause) ||
      SPEAKER_ROLE_BEFORE.test(before) ||
      // A byline ("by Vu Quoc N., Nov 21, 2014") names the writer.
      /(?:^|\n)[ \t-]*(?:by|par|posted\s+by:?|автор:?)\s+$/iu.test(before) ||
      JUDGE_BEFORE.test(before.slice(-70)) ||
      JUDGE_BEFORE.test(`${s.text.split(/\s/u)[0]!} `)
    );
  };
  const mentions: Mention[] = [
    ...persons.flatMap((p) => p.spans.map((s) => ({ p, s }))),
    ...givenNameMentions(text, persons),
    ...surnameMentions(text, persons),
  ].filter(({ s }) => !speaker(s));
  // «Ризы О. (Белогорск), его отца Энвера О.»: a place in brackets after a name does not break the list.
  const joins = (raw: string, between = raw.replace(/^\s*\([^()\n]{1,80}\)/u, '')) =>
    LIST_JOIN.test(between) ||
    LIST_JOIN_ROLE.test(between) ||
    LAST_WITH_ROLE.test(between) ||
    RELATIVE_JOIN.test(between) ||
    DASH_GROUP_JOIN.test(between) ||
    APPOSITION_SEMICOLON.test(between);
  /** The people named in one list with the mention ("A, B and C remain in detention"), the mention first. */
  const listOf = (v: Mention, sStart: number, sEnd: number): Mention[] => {
    const inSentence = mentions
      .filter(({ s }) => s.start >= sStart && s.end <= sEnd)
      .sort((a, b) => a.s.start - b.s.start);
    const at = inSentence.findIndex((x) => x.s.start === v.s.start);
    // A mention outside the sentence (a cue whose nearest name stands in the sentence before) heads no list.
    if (at < 0) return [v];
    const out = [v];
    for (let i = at - 1; i >= 0 && joins(text.slice(inSentence[i]!.s.end, inSentence[i + 1]!.s.start)); i--)
      out.push(inSentence[i]!);
    for (
      let i = at + 1;
      i < inSentence.length && joins(text.slice(inSentence[i - 1]!.s.end, inSentence[i]!.s.start));
      i++
    )
      out.push(inSentence[i]!);
    return [...new Map(out.map((x) => [x.p.ref, x])).values()];
  };
  /** The lists of two names or more in sentence i, each in the order of the text. */
  const listsIn = (i: number) => {
    const [a, b] = bounds[i]!;
    const lists = new Map<string, Mention[]>();
    for (const x of mentions.filter(({ p, s }) => s.start >= a && s.end <= b && !notVictims.has(p.ref))) {
      const list = [...listOf(x, a, b)].sort((u, v) => u.s.start - v.s.start);
      if (new Set(list.map((y) => y.p.ref)).size < 2) continue;
      lists.set(
        list
          .map((y) => y.p.ref)
          .sort()
          .join(' '),
        list,
      );
    }
    return [...lists.values()];
  };
  /** The list the group's noun ("les activistes") first brought in with its number before sentence `here` ("la cause
   * de 8 activistes : A, B … H"): the whole group, not a part of it counted later ("3 activistes, A, B et C"). */
  const countedList = (here: number, group: string) => {
    const noun = group.split(/\s+/u).at(-1)!.toLowerCase();
    for (let i = 0; i < here; i++) {
      const [a, b] = bounds[i]!;
      for (const g of text.slice(a, b).matchAll(new RegExp(GROUP_NOUN.source, 'giu'))) {
        const n = countOf(g[2]);
        if (n === undefined || g[0].split(/\s+/u).at(-1)!.toLowerCase() !== noun) continue;
        // The enumeration after the noun may hold a name the persons rules do not read ("… Andrei L. et Dina"): then
        // the list read there stands for the group when the enumeration counts the number given.
        const after = text.slice(a + g.index + g[0].length, b);
        const items = /^[^:]{0,60}:\s*([^:]+)$/u.exec(after)?.[1]?.split(/\s*,\s*|\s+(?:and|et|и)\s+/u).length;
        const start = a + g.index + g[0].length;
        const lists = listsIn(i).filter(
          (l) => l.length === n || (items === n && l.length >= n - 1 && l.every((x) => x.s.start >= start)),
        );
        return lists.length === 1 ? { at: i, list: lists[0]! } : undefined;
      }
    }
    return undefined;
  };
  /** The one person sentence i names, if it names exactly one (never an addressee). */
  const prevSingle = (i: number) => {
    const [a, b] = bounds[i]!;
    const there = mentions.filter(({ p, s }) => s.start >= a && s.end <= b && !notVictims.has(p.ref));
    if (new Set(there.map((x) => x.p.ref)).size === 1) return there[0];
    // "… against Lukashenko's dictatorship, Bialiatski was again jailed": a sitting head of state named beside one other
    // person is not whom a pronoun of the next sentence stands for.
    const others = there.filter(({ p }) => !isLeaderPerson(p));
    return others.length < there.length && new Set(others.map((x) => x.p.ref)).size === 1 ? others[0] : undefined;
  };
  return { mentions, listOf, listsIn, countedList, prevSingle };
}

/** A sitting head of state: by a role, by the reason they were proposed, or by a surname the leaders' list knows. */
export function isLeaderPerson(p: PersonProposal): boolean {
  return (
    p.roles.some(isSittingLeader) ||
    p.confidenceReason === LEADER_REASON ||
    LEADER_SURNAMES.has(foldText(p.name.split(/\s+/).at(-1)!))
  );
}

/** "A and B were freed from prison": the people the text tells were freed (a call for their release is of the past). */
export function freedPeople(
  text: string,
  bounds: readonly [number, number][],
  mentions: readonly Mention[],
): Set<string> {
  return new Set(
    [...text.matchAll(RELEASE)].flatMap((r) => {
      const [a] = sentenceAt(bounds, r.index);
      return mentions
        .filter(({ s }) => s.start >= a && s.end <= r.index && r.index - s.end <= 80)
        .filter(({ s }) =>
          /^[\s\p{L},]*(?:were|was|have\s+been|has\s+been|ont\s+été|a\s+été|был\p{L}*)\s+$/iu.test(
            text.slice(s.end, r.index),
          ),
        )
        .map(({ p }) => p.ref);
    }),
  );
}
