import { z } from 'zod';
import { isPossibleInterval, parsePartialDate, partialDateRange } from './partial-date.ts';
import { yearsToMonths } from './sentence.ts';
import {
  ConfidentialitySchema,
  RestrictedSchema,
  restrictedOf,
  CountrySchema,
  IdSchema,
  PartialDateSchema,
  SlugSchema,
  longText,
  orNull,
  shortText,
  type Base,
  type RecordBase,
} from './common.ts';
import { PlaceSchema, buildPlace, type Place } from './event.ts';
import {
  compactTranslations,
  localizedInput,
  plainLangOf,
  recordLangOf,
  RecordLangSchema,
  splitLocalized,
  translationsInput,
  type Localized,
  type Translations,
} from './localized.ts';
import {
  ACT_KINDS,
  CASE_STATUSES,
  CERTAINTIES,
  DESIGNATION_KINDS,
  INVOLVEMENT_DEGREES,
  PACE_CRITERIA,
  SENTENCE_KINDS,
  TIMELINE_KINDS,
} from './vocabulary.ts';

const SubjectSchema = z.object({ type: z.enum(['person', 'organisation']), id: IdSchema });

const ActSchema = z.object({
  kind: z.enum(ACT_KINDS),
  date: PartialDateSchema.nullish(),
  dateApprox: z.boolean().default(false),
  perpetratorId: IdSchema.nullish().describe('Organisation responsible (a state body, a court …)'),
  involvement: z.enum(INVOLVEMENT_DEGREES).nullish(),
  place: PlaceSchema.default({}),
  description: longText(5000).nullish(),
  certainty: z.enum(CERTAINTIES).default('alleged'),
});

const ChargeSchema = z
  .object({
    law: shortText(300).nullish(),
    article: shortText(100).nullish(),
    text: localizedInput(longText(2000))
      .nullish()
      .describe("The charge as worded: a string in the case's language, or a map of language → text"),
    translations: translationsInput({ text: longText(2000) }),
  })
  .refine((c) => Boolean(c.law || c.article || c.text), { message: 'a charge needs a law, an article or a text' });

const SentenceSchema = z
  .object({
    kind: z.enum(SENTENCE_KINDS),
    months: z
      .number()
      .int()
      .min(0)
      .max(12 * 200)
      .nullish()
      .describe('Length in whole months: 7.5 years is 90'),
    years: z.number().min(0).max(200).optional().describe('Alternative to months on input: 7.5 becomes 90 months'),
    startDate: PartialDateSchema.nullish(),
  })
  .superRefine((s, ctx) => {
    if (s.years === undefined) return;
    const m = yearsToMonths(s.years);
    if (m === undefined)
      ctx.addIssue({ code: 'custom', path: ['years'], message: 'must be a whole number of months (e.g. 7.5, 0.25)' });
    else if (s.months != null && s.months !== m)
      ctx.addIssue({ code: 'custom', path: ['months'], message: 'disagrees with years' });
  })
  .transform(({ years, ...s }) => ({
    kind: s.kind,
    months: s.months ?? (years !== undefined ? (yearsToMonths(years) ?? null) : null),
    startDate: s.startDate ?? null,
  }));

const TimelineSchema = z.object({
  date: PartialDateSchema,
  dateApprox: z.boolean().default(false),
  kind: z.enum(TIMELINE_KINDS),
  description: longText(5000).nullish(),
});

const DesignationSchema = z
  .object({
    kind: z.enum(DESIGNATION_KINDS),
    issuerId: IdSchema.nullish().describe('Organisation that recognised the person'),
    issuerName: shortText(300).nullish().describe('Issuer as named, when not in the register'),
    date: PartialDateSchema.nullish(),
    criteria: z.array(z.enum(PACE_CRITERIA)).max(5).default([]).describe('PACE Resolution 1900 (2012) criteria a–e'),
  })
  .refine((d) => Boolean(d.issuerId || d.issuerName), { message: 'a designation needs issuerId or issuerName' });

const StatusChangeSchema = z.object({
  status: z.enum(CASE_STATUSES),
  since: PartialDateSchema.describe('When the status began'),
});

/** What a client sends to create a case: one persecution of one person or organisation. */
export const CaseInputSchema = z.object({
  slug: SlugSchema.optional(),
  lang: RecordLangSchema.optional().describe(
    'Language of the plain values of title, summary and charges (default: kept, else the first of a title map, else en)',
  ),
  title: localizedInput(shortText(500)).describe("A string in the case's language, or a map of language → title"),
  translations: translationsInput({ title: shortText(500), summary: longText() }),
  subject: SubjectSchema,
  country: CountrySchema.describe('The state responsible for the persecution'),
  status: z.enum(CASE_STATUSES).default('unknown'),
  statusSince: PartialDateSchema.nullish().describe(
    'When the status given with it began (default: the day of the change)',
  ),
  statusHistory: z
    .array(StatusChangeSchema)
    .max(500)
    .optional()
    .describe(
      'Every status the case has had, oldest first; kept as stored when left out, and a new status is added at its end',
    ),
  court: shortText(300).nullish(),
  sentence: SentenceSchema.nullish(),
  summary: localizedInput(longText())
    .nullish()
    .describe("A string in the case's language, or a map of language → summary"),
  eventIds: z.array(IdSchema).max(100).default([]),
  acts: z.array(ActSchema).max(500).default([]),
  charges: z.array(ChargeSchema).max(100).default([]),
  timeline: z.array(TimelineSchema).max(1000).default([]),
  designations: z.array(DesignationSchema).max(50).default([]),
  confidentiality: ConfidentialitySchema.default('public'),
  restricted: RestrictedSchema,
});
export type CaseInput = z.input<typeof CaseInputSchema>;

export type Act = {
  kind: (typeof ACT_KINDS)[number];
  date: string | null;
  dateApprox: boolean;
  perpetratorId: string | null;
  involvement: (typeof INVOLVEMENT_DEGREES)[number] | null;
  place: Place;
  description: string | null;
  certainty: (typeof CERTAINTIES)[number];
};
/** A charge; `text` is in the case's language and `translations.text` holds it in others. */
export type Charge = {
  law: string | null;
  article: string | null;
  text: string | null;
  translations: Translations<'text'>;
};
export type Sentence = { kind: (typeof SENTENCE_KINDS)[number]; months: number | null; startDate: string | null };
export type StatusChange = { status: (typeof CASE_STATUSES)[number]; since: string };
export type TimelineEntry = {
  date: string;
  dateApprox: boolean;
  kind: (typeof TIMELINE_KINDS)[number];
  description: string | null;
};
export type Designation = {
  kind: (typeof DESIGNATION_KINDS)[number];
  issuerId: string | null;
  issuerName: string | null;
  date: string | null;
  criteria: (typeof PACE_CRITERIA)[number][];
};

/** A stored case. */
export interface Case extends RecordBase {
  /** The language of the plain values of title, summary and charge texts. */
  lang: string;
  /** The title in `lang`. */
  title: string;
  /** Title and summary in languages other than `lang`. */
  translations: Translations<'title' | 'summary'>;
  subject: { type: 'person' | 'organisation'; id: string };
  country: string;
  status: (typeof CASE_STATUSES)[number];
  /** The statuses the case has had with the date each began, oldest first; the last is `status`. */
  statusHistory: StatusChange[];
  court: string | null;
  sentence: Sentence | null;
  summary: string | null;
  eventIds: string[];
  acts: Act[];
  charges: Charge[];
  timeline: TimelineEntry[];
  designations: Designation[];
}

/** Cross-field rules of a case. */
export function caseProblems(
  c: Pick<Case, 'timeline' | 'designations' | 'eventIds' | 'statusHistory' | 'title' | 'lang'>,
): [string, string][] {
  const out: [string, string][] = [];
  if (c.title === '') out.push(['title', `needs a value in the case's language (${c.lang})`]);
  c.statusHistory.forEach((h, i) => {
    const prev = c.statusHistory[i - 1];
    if (prev && !isPossibleInterval(prev.since, h.since))
      out.push([
        i === c.statusHistory.length - 1 ? 'statusSince' : `statusHistory.${i}.since`,
        'a status cannot begin before the one it follows',
      ]);
  });
  c.timeline.forEach((t, i) => {
    const prev = c.timeline[i - 1];
    if (prev && !isPossibleInterval(prev.date, t.date))
      out.push([`timeline.${i}.date`, 'timeline entries must be in date order']);
  });
  c.designations.forEach((d, i) => {
    if (d.kind === 'political_prisoner' && d.criteria.length === 0)
      out.push([`designations.${i}.criteria`, 'name at least one PACE 1900 criterion']);
    if (new Set(d.criteria).size !== d.criteria.length)
      out.push([`designations.${i}.criteria`, 'criteria must not repeat']);
  });
  if (new Set(c.eventIds).size !== c.eventIds.length) out.push(['eventIds', 'events must not repeat']);
  return out;
}

/**
 * The status history after a write: the one sent or stored, plus the new status when it differs from the last one.
 * A date sent with an unchanged status corrects when that status began. `today` dates a change sent without a date.
 */
export function nextStatusHistory(
  status: Case['status'],
  since: string | null,
  sent: readonly StatusChange[] | undefined,
  stored: readonly StatusChange[],
  today: string,
): StatusChange[] {
  const history = (sent ?? stored).map((h) => ({ status: h.status, since: h.since }));
  const last = history.at(-1);
  if (!last || last.status !== status) history.push({ status, since: since ?? today });
  else if (since !== null) last.since = since;
  return history;
}

/**
 * The status a case had on `day` (YYYY-MM-DD): the last change begun by then (a partial date counts from its first day).
 * Before the first recorded change nothing else is known, so the first recorded status stands for that time too.
 */
export function statusOn(c: Pick<Case, 'status' | 'statusHistory'>, day: string): Case['status'] {
  const begun = c.statusHistory.filter((h) => {
    const p = parsePartialDate(h.since);
    return (p ? partialDateRange(p).earliest : h.since) <= day;
  });
  return (begun.at(-1) ?? c.statusHistory[0])?.status ?? c.status;
}

/** Turns validated input into the stored case; `current` is the case being updated and `now` the time of the write. */
export function buildCase(c: z.output<typeof CaseInputSchema>, base: Base, current?: Case, now?: string): Case {
  const lang = recordLangOf(c.lang, current?.lang, c.title);
  const title = splitLocalized(
    c.title,
    c.translations?.title,
    lang,
    plainLangOf(c.title, current?.title, current?.lang, lang),
  );
  const summary = splitLocalized(
    c.summary,
    c.translations?.summary,
    lang,
    plainLangOf(c.summary, current?.summary, current?.lang, lang),
  );
  return {
    ...base,
    confidentiality: c.confidentiality,
    restricted: restrictedOf(c.restricted),
    lang,
    title: title.value ?? '',
    translations: compactTranslations({ title: title.translations, summary: summary.translations }),
    subject: { type: c.subject.type, id: c.subject.id },
    country: c.country,
    status: c.status,
    statusHistory: nextStatusHistory(
      c.status,
      orNull(c.statusSince),
      c.statusHistory,
      current?.statusHistory ?? [],
      (now ?? base.createdAt).slice(0, 10),
    ),
    court: orNull(c.court),
    sentence: c.sentence ?? null,
    summary: summary.value,
    eventIds: [...c.eventIds],
    acts: c.acts.map((a) => ({
      kind: a.kind,
      date: orNull(a.date),
      dateApprox: a.dateApprox,
      perpetratorId: orNull(a.perpetratorId),
      involvement: orNull(a.involvement),
      place: buildPlace(a.place),
      description: orNull(a.description),
      certainty: a.certainty,
    })),
    charges: c.charges.map((ch, i) => buildCharge(ch, lang, current?.charges[i], current?.lang)),
    timeline: c.timeline.map((t) => ({
      date: t.date,
      dateApprox: t.dateApprox,
      kind: t.kind,
      description: orNull(t.description),
    })),
    designations: c.designations.map((d) => ({
      kind: d.kind,
      issuerId: orNull(d.issuerId),
      issuerName: orNull(d.issuerName),
      date: orNull(d.date),
      criteria: [...d.criteria].sort(),
    })),
  };
}

/** A charge as stored: its text split into the case's language and the others. */
function buildCharge(
  ch: {
    law?: string | null;
    article?: string | null;
    text?: string | Localized | null;
    translations?: { text?: Localized } | undefined;
  },
  lang: string,
  stored: Charge | undefined,
  storedLang: string | undefined,
): Charge {
  const text = splitLocalized(
    ch.text,
    ch.translations?.text,
    lang,
    plainLangOf(ch.text, stored?.text, storedLang, lang),
  );
  return {
    law: orNull(ch.law),
    article: orNull(ch.article),
    text: text.value,
    translations: compactTranslations({ text: text.translations }),
  };
}
