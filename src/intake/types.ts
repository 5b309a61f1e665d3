// What the intake reads out of a document: proposals, each tied to the exact text it came from.
import type { ACT_KINDS, EVENT_KINDS, ORGANISATION_KINDS, PERSON_ROLES, SENTENCE_KINDS } from '../domain/vocabulary.ts';

/** A stretch of the document's text: [start, end) in UTF-16 code units of the extracted text, and the text itself. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The languages intake reads. */
export const INTAKE_LANGUAGES = ['en', 'ru', 'fr'] as const;
export type IntakeLanguage = (typeof INTAKE_LANGUAGES)[number];

/** How sure the rules are of a proposal, and why: only confident ones are ticked for acceptance on the review page.
 * Every kind of proposal carries it; proposals stored before it was rated carry none and are treated as before. */
export interface Confidence {
  confidence?: 'high' | 'low';
  /** What the confidence rests on ("named 3 times", "a surname ending only, named once"). */
  confidenceReason?: string;
}

/** A register record a proposal was matched to, or none. */
export interface MatchResult {
  status: 'existing' | 'new';
  record?: { id: string; slug: string; label: string };
}

export interface PersonProposal extends Confidence {
  ref: string;
  name: string;
  /** Roles and titles as written ("leader of the opposition party ‘Alga’"). */
  roles: string[];
  /** The roles in the register's vocabulary, when a cue says which. */
  roleKinds: (typeof PERSON_ROLES)[number][];
  spans: Span[];
  match?: MatchResult;
}

export interface OrganisationProposal extends Confidence {
  ref: string;
  name: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  /** The abbreviation written in brackets after the name ("UIJK"), when there is one. */
  abbreviation?: string;
  spans: Span[];
  match?: MatchResult;
}

export interface EventProposal extends Confidence {
  ref: string;
  title: string;
  kind: (typeof EVENT_KINDS)[number];
  /** Partial date (YYYY, YYYY-MM, YYYY-MM-DD) or null. */
  date: string | null;
  endDate: string | null;
  /** True when the year was not written and was taken from the document's date. */
  yearInferred: boolean;
  country: string | null;
  locality: string | null;
  spans: Span[];
  match?: MatchResult;
}

export interface ActProposal extends Confidence {
  ref: string;
  /** The victim's name as the persons list has it, or null when the victim is not a named person. */
  person: string | null;
  personRef: string | null;
  /** Who or what suffered the act when it is not a named person ("media outlets covering …"). */
  victimText: string | null;
  kind: (typeof ACT_KINDS)[number];
  date: string | null;
  /** The sentence in months, or the shortest of a range. */
  sentenceMonths: number | null;
  /** The longest of a range shared by several people ("each sentenced to 3 to 6 years"), else null. */
  sentenceMonthsMax?: number | null;
  sentenceKind: (typeof SENTENCE_KINDS)[number] | null;
  /** Where the sentence's length is written ("7.5 years"). */
  lengthSpan: Span | null;
  country: string | null;
  /** How many names the list the act was told of holds ("A, B and C were detained"), when it was told of a list. */
  listSize?: number;
  spans: Span[];
}

export interface PlaceProposal extends Confidence {
  name: string;
  country: string | null;
  kind: 'country' | 'locality';
  spans: Span[];
}

export interface AddresseeProposal extends Confidence {
  name: string;
  title: string | null;
  personRef: string | null;
  spans: Span[];
}

export interface OccasionProposal extends Confidence {
  title: string;
  start: string | null;
  end: string | null;
  eventRef: string | null;
  spans: Span[];
}

export interface SignatoryProposal extends Confidence {
  /** A person signing, or a group signing as such ("On behalf of the group X"); absent in proposals stored before groups. */
  kind?: 'person' | 'organisation';
  name: string;
  title: string | null;
  organisation: string | null;
  /** Every part of the signature in order: the title as written, its role word ("Head") and organisation. */
  affiliations: {
    title: string | null;
    role: string | null;
    organisation: string | null;
    organisationRef?: string | null;
  }[];
  personRef: string | null;
  /** The organisation proposal of a group signing as such. */
  organisationRef?: string | null;
  spans: Span[];
}

/** A figure about many people ("more than 150 detentions"): a fact of the source, not a case. */
export interface CountProposal extends Confidence {
  number: number;
  /** Written as "more than", «более», "plus de", "about" … */
  approximate: boolean;
  /** What is counted, as written ("detentions", «уголовных дел»). */
  what: string;
  spans: Span[];
}

/** Everything proposed for one document. */
export interface Proposals {
  language: IntakeLanguage;
  /** The date the document is taken to be written on (given, or found in it), used for years left out. */
  documentDate: string | null;
  isLetter: boolean;
  persons: PersonProposal[];
  organisations: OrganisationProposal[];
  events: EventProposal[];
  acts: ActProposal[];
  places: PlaceProposal[];
  addressees: AddresseeProposal[];
  occasion: OccasionProposal | null;
  signatories: SignatoryProposal[];
  /** Counts the document gives ("more than 150 detentions, including 12 criminal cases"); absent in older proposals. */
  counts?: CountProposal[];
}

/** Makes a span of text[start, end). */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** One record accepting produced or reused. */
export interface OutcomeItem {
  ref: string;
  type: 'person' | 'organisation' | 'event' | 'case' | 'membership';
  id: string;
  created: boolean;
}
