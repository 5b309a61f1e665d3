// What a country briefing holds, as generated and as frozen: the shape the briefing query builds and the store keeps.
import type { Case } from './case.ts';

/** One case in a briefing. */
export interface BriefingCase {
  caseId: string;
  caseSlug: string;
  title: string;
  subjectType: 'person' | 'organisation';
  name: string;
  status: Case['status'];
  /** When custody began, as precise as it was entered ("2012-01" stays a month). */
  heldSince: string | null;
  heldSinceApprox: boolean;
  /** When custody ended: a recorded release, or the end of a sentence that ran out. */
  heldUntil: string | null;
  heldMonths: number | null;
  /** The day a prison sentence runs out, when its length and start are known. */
  sentenceEnds: string | null;
  /** Set when the case says "serving" past the sentence's end with no release recorded; not counted as held. */
  review: 'sentence_ended' | null;
  sentence: { kind: string; months: number | null } | null;
  designations: { kind: string; issuer: string | null; date: string | null }[];
  acts: { kind: string; date: string | null }[];
}

/** A development: an act or timeline entry dated after `since`. */
export interface Development {
  date: string;
  caseSlug: string;
  name: string;
  kind: string;
  /** Whether `kind` names an act or a timeline entry (their vocabularies differ). */
  source: 'act' | 'timeline';
  description: string | null;
}

/** The briefing as generated. */
export interface Briefing {
  country: string;
  asOf: string;
  since: string;
  lang: string;
  generatedAt: string;
  /** The occasion, its title in the briefing's language; `titleLang` names the language of a title that fell back to another. */
  occasion: {
    id: string;
    slug: string;
    title: string;
    titleLang?: string;
    startDate: string | null;
    endDate: string | null;
  } | null;
  totals: {
    cases: number;
    people: number;
    organisations: number;
    held: number;
    toReview: number;
    politicalPrisoners: number;
  };
  byStatus: Record<string, number>;
  byActKind: Record<string, number>;
  people: BriefingCase[];
  organisations: BriefingCase[];
  developments: Development[];
}
