// What a reviewer decides about each proposal: accept or not, with corrections, and which existing record it is.
import { z } from 'zod';
import { ConfidentialitySchema, CountrySchema, IdSchema, PartialDateSchema, shortText } from '../../domain/common.ts';
import { ACT_KINDS, EVENT_KINDS, ORGANISATION_KINDS, PERSON_ROLES, SENTENCE_KINDS } from '../../domain/vocabulary.ts';

// Forms send "" for an empty field and "on" for a ticked box; the API sends null and true.
const blank = (v: unknown) => (v === '' ? null : v);
const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());
const opt = <S extends z.ZodType>(s: S) => z.preprocess(blank, s.nullish());
const list = <S extends z.ZodType>(s: S) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(s).max(50));
const matchId = opt(IdSchema).describe('An existing record to use instead of creating one');

const PersonDecision = z.object({ accept: flag, name: shortText(300), roleKinds: list(z.enum(PERSON_ROLES)), matchId });
const OrganisationDecision = z.object({
  accept: flag,
  name: shortText(300),
  kind: z.enum(ORGANISATION_KINDS),
  country: opt(CountrySchema),
  matchId,
});
const EventDecision = z.object({
  accept: flag,
  title: shortText(500),
  kind: z.enum(EVENT_KINDS),
  date: opt(PartialDateSchema),
  endDate: opt(PartialDateSchema),
  country: opt(CountrySchema),
  matchId,
});
const ActDecision = z.object({
  accept: flag,
  kind: z.enum(ACT_KINDS),
  subjectRef: opt(z.string().max(40)).describe('person-N or organisation-N the act was done to'),
  date: opt(PartialDateSchema),
  sentenceMonths: z.preprocess(blank, z.coerce.number().int().min(0).max(2400).nullish()),
  sentenceKind: opt(z.enum(SENTENCE_KINDS)),
  country: opt(CountrySchema),
});
const SignatoryDecision = z.object({ accept: flag });
const CountDecision = z.object({ accept: flag });

/** A reviewer's decisions on one document; a proposal left out is rejected. */
export const DecisionsSchema = z.object({
  confidentiality: ConfidentialitySchema.default('internal').describe('Level of every record created'),
  persons: z.record(z.string().max(40), PersonDecision).default({}),
  organisations: z.record(z.string().max(40), OrganisationDecision).default({}),
  events: z.record(z.string().max(40), EventDecision).default({}),
  acts: z.record(z.string().max(40), ActDecision).default({}),
  signatories: z
    .record(z.string().max(40), SignatoryDecision)
    .default({})
    .describe(
      'By "signatory-1", "signatory-2" … in the order signed: memberships of accepted signatories in their organisations',
    ),
  counts: z
    .record(z.string().max(40), CountDecision)
    .default({})
    .describe('By "count-1", "count-2" … in the order of the text: the counts kept on the source'),
});
export type Decisions = z.output<typeof DecisionsSchema>;
export type DecisionsInput = z.input<typeof DecisionsSchema>;

/** Accepting everything as proposed (matched records reused): "accept all" in the API; with `confidentOnly`, the
 * starting point of a review, where proposals the rules are unsure of are left unticked for the reviewer to decide. */
export function defaultDecisions(
  p: import('../../intake/types.ts').Proposals,
  confidentiality: Decisions['confidentiality'] = 'internal',
  opts: { confidentOnly?: boolean } = {},
): DecisionsInput {
  const byRef = <T extends { ref: string }, D>(items: readonly T[], f: (x: T) => D) =>
    Object.fromEntries(items.map((x) => [x.ref, f(x)]));
  // Proposals stored before confidence was rated carry none: they stay ticked, as they were.
  const sure = (x: import('../../intake/types.ts').Confidence) => !opts.confidentOnly || x.confidence !== 'low';
  return {
    confidentiality,
    persons: byRef(p.persons, (x) => ({
      accept: sure(x),
      name: x.name,
      roleKinds: x.roleKinds,
      matchId: x.match?.record?.id ?? null,
    })),
    organisations: byRef(p.organisations, (x) => ({
      accept: sure(x),
      name: x.name,
      kind: x.kind,
      country: null,
      matchId: x.match?.record?.id ?? null,
    })),
    events: byRef(p.events, (x) => ({
      accept: sure(x),
      title: x.title,
      kind: x.kind,
      date: x.date,
      endDate: x.endDate,
      country: x.country,
      matchId: x.match?.record?.id ?? null,
    })),
    acts: byRef(p.acts, (x) => ({
      // A range shared by several people is no one's sentence: the reviewer types each person's length.
      accept: x.personRef !== null && sure(x),
      kind: x.kind,
      subjectRef: x.personRef,
      date: x.date,
      sentenceMonths: x.sentenceMonthsMax ? null : x.sentenceMonths,
      sentenceKind: x.sentenceKind,
      country: x.country,
    })),
    signatories: Object.fromEntries(p.signatories.map((s, i) => [`signatory-${i + 1}`, { accept: sure(s) }])),
    counts: Object.fromEntries((p.counts ?? []).map((c, i) => [`count-${i + 1}`, { accept: sure(c) }])),
  };
}
