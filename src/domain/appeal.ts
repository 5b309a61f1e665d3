// Appeals (an ESF "intervention"): a letter to addressees, timed to an occasion, about linked cases, in one text per language.
import { z } from 'zod';
import {
  ConfidentialitySchema,
  IdSchema,
  PartialDateSchema,
  SlugSchema,
  longText,
  orNull,
  shortText,
} from './common.ts';
import {
  fieldForReader,
  localizedInput,
  recordLangOf,
  RecordLangSchema,
  splitLocalized,
  translationsInput,
  type ReaderText,
  type Translations,
} from './localized.ts';

/** The lifecycle of an appeal, in order. */
export const APPEAL_STATUSES = ['draft', 'collecting', 'published', 'delivered', 'responded', 'closed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** Which status may follow which: forward along the lifecycle, back to draft while collecting, and closing from anywhere published. */
export const APPEAL_TRANSITIONS: Readonly<Record<AppealStatus, readonly AppealStatus[]>> = {
  draft: ['collecting'],
  collecting: ['draft', 'published'],
  published: ['delivered', 'closed'],
  delivered: ['responded', 'closed'],
  responded: ['closed'],
  closed: [],
};

/** Statuses after publication: the letter, its addressees and its case annex no longer change. */
export const PUBLISHED_STATUSES: readonly AppealStatus[] = ['published', 'delivered', 'responded', 'closed'];

/** How a letter was delivered. */
export const DELIVERY_METHODS = ['email', 'post', 'hand', 'fax', 'online_form', 'press_release', 'other'] as const;

/** What came back from the addressee (after the UK petitions' and ESF's response kinds). */
export const RESPONSE_KINDS = [
  'no_response',
  'acknowledged',
  'commitment',
  'denial',
  'favourable_result',
  'partial_result',
  'other',
] as const;

/** What happened to a linked case after the appeal. */
export const OUTCOME_KINDS = [
  'released',
  'sentence_reduced',
  'charges_dropped',
  'extradition_refused',
  'transferred',
  'no_change',
  'worsened',
  'other',
] as const;

/** Languages a letter may be written in: the interface languages and those of the region the register covers. */
export const LetterLanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'expected a two- or three-letter language code such as en, ru, fr or kk');

const AddresseeSchema = z.object({
  name: shortText(300),
  title: localizedInput(shortText(300))
    .nullish()
    .describe('e.g. "President of the French Republic": a string, or a map of language → title'),
  lang: RecordLangSchema.optional().describe(
    'Language of the plain title (default: the first of a title map, else guessed from the title)',
  ),
  translations: translationsInput({ title: shortText(300) }),
  organisation: shortText(300).nullish(),
});

const TextSchema = z.object({
  lang: LetterLanguageSchema,
  title: shortText(500),
  body: longText(100_000).describe('Markdown; sanitised when rendered'),
});

const DeliverySchema = z.object({
  date: PartialDateSchema,
  method: z.enum(DELIVERY_METHODS),
  to: shortText(300).describe('Who received it'),
  note: longText(2000).nullish(),
});

const ResponseSchema = z.object({
  date: PartialDateSchema,
  kind: z.enum(RESPONSE_KINDS),
  text: longText(20_000).nullish(),
  sourceId: IdSchema.nullish().describe('A source in the register holding the response'),
});

const OutcomeSchema = z.object({
  caseId: IdSchema,
  kind: z.enum(OUTCOME_KINDS),
  date: PartialDateSchema.nullish(),
  note: longText(2000).nullish(),
});

/** What a client sends to create an appeal (its status starts as draft and moves only by transitions). */
export const AppealInputSchema = z.object({
  slug: SlugSchema.optional(),
  title: shortText(500),
  confidentiality: ConfidentialitySchema.default('internal').describe(
    'Drafts are usually internal; a published appeal must be public',
  ),
  addressees: z.array(AddresseeSchema).max(20).default([]),
  occasionEventId: IdSchema.nullish().describe('The event the letter is timed to, e.g. a state visit'),
  deadline: PartialDateSchema.nullish().describe('Last day for co-signing and public signatures'),
  letterDate: PartialDateSchema.nullish().describe('The date the letter carries'),
  texts: z.array(TextSchema).max(12).default([]),
  caseIds: z.array(IdSchema).max(500).default([]),
  publicSigning: z.boolean().default(false).describe('Whether the public may sign once the appeal is published'),
  deliveries: z.array(DeliverySchema).max(200).default([]),
  responses: z.array(ResponseSchema).max(200).default([]),
  outcomes: z.array(OutcomeSchema).max(500).default([]),
});
export type AppealInput = z.input<typeof AppealInputSchema>;

/** An addressee; `title` is in `lang` and `translations.title` holds it in other languages (both absent when it has only one). */
export type Addressee = {
  name: string;
  title: string | null;
  organisation: string | null;
  lang?: string;
  translations?: Translations<'title'>;
};

/**
 * An addressee's title for a letter or page in `readerLang`, falling back as other record fields do. A title entered in
 * one language only, whose language was never given, is shown as it is: there is nothing to choose and no language to name.
 */
export function addresseeTitleFor(a: Addressee, readerLang: string): ReaderText | undefined {
  if (a.lang === undefined) return a.title ? { text: a.title, lang: '', fallback: false } : undefined;
  return fieldForReader(a.title, a.lang, a.translations?.title, readerLang);
}

/** An addressee as stored: the title split into the plain value and its translations; nothing more when it has none. */
function buildAddressee(x: z.output<typeof AddresseeSchema>): Addressee {
  const lang = recordLangOf(x.lang, undefined, x.title ?? '');
  const title = splitLocalized(x.title, x.translations?.title, lang);
  const base = { name: x.name, title: title.value, organisation: orNull(x.organisation) };
  return Object.keys(title.translations).length > 0
    ? { ...base, lang, translations: { title: title.translations } }
    : base;
}
export type AppealText = { lang: string; title: string; body: string };
export type Delivery = { date: string; method: (typeof DELIVERY_METHODS)[number]; to: string; note: string | null };
export type AppealResponse = {
  date: string;
  kind: (typeof RESPONSE_KINDS)[number];
  text: string | null;
  sourceId: string | null;
};
export type Outcome = {
  caseId: string;
  kind: (typeof OUTCOME_KINDS)[number];
  date: string | null;
  note: string | null;
};

/** A stored appeal. */
export interface Appeal {
  id: string;
  slug: string;
  confidentiality: z.output<typeof ConfidentialitySchema>;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  title: string;
  status: AppealStatus;
  addressees: Addressee[];
  occasionEventId: string | null;
  deadline: string | null;
  letterDate: string | null;
  texts: AppealText[];
  caseIds: string[];
  publicSigning: boolean;
  signingPaused: boolean;
  countingPaused: boolean;
  publishedAt: string | null;
  closedAt: string | null;
  /** The annex as published, per language; null before publication. */
  annexFrozen: FrozenAnnex | null;
  signatureCount: number;
  countRefreshedAt: string | null;
  deliveries: Delivery[];
  responses: AppealResponse[];
  outcomes: Outcome[];
}

/** One linked case as the annex shows it, in one language. */
export interface AnnexEntry {
  caseId: string;
  caseSlug: string;
  /** The subject's name in the letter's language and script when the register has it. */
  name: string;
  country: string;
  status: string;
  acts: { kind: string; date: string | null }[];
  charges: string[];
  sentence: { kind: string; months: number | null } | null;
  designations: { kind: string; issuer: string | null; date: string | null }[];
  sources: { title: string; url: string | null; date: string | null }[];
  summary: string | null;
  /**
   * The language of a value shown in another language than the annex's for want of a translation (so it can be marked);
   * `charges` holds one entry per charge, null where the wording is in the annex's language. Absent when nothing falls back.
   */
  fallbackLangs?: { summary?: string; charges?: (string | null)[] };
  /** Digest of the entry's content (without `fallbackLangs`), to tell later whether the register has changed since publication. */
  digest: string;
}

/** The annex of every language at the moment of publication. */
export interface FrozenAnnex {
  at: string;
  byLang: Record<string, AnnexEntry[]>;
}

/** Fields of an appeal that a published letter keeps unchanged. */
export const LOCKED_AFTER_PUBLICATION = [
  'title',
  'addressees',
  'occasionEventId',
  'letterDate',
  'texts',
  'caseIds',
] as const;

/** Whether the lifecycle allows going from one status to another. */
export function canMove(from: AppealStatus, to: AppealStatus): boolean {
  return APPEAL_TRANSITIONS[from].includes(to);
}

/** The fields of an appeal an update sets, from validated input (status and counters are never set this way). */
export type AppealFields = Pick<
  Appeal,
  | 'title'
  | 'confidentiality'
  | 'addressees'
  | 'occasionEventId'
  | 'deadline'
  | 'letterDate'
  | 'texts'
  | 'caseIds'
  | 'publicSigning'
  | 'deliveries'
  | 'responses'
  | 'outcomes'
>;

/** Turns validated input into the appeal's editable fields. */
export function appealFields(a: z.output<typeof AppealInputSchema>): AppealFields {
  return {
    title: a.title,
    confidentiality: a.confidentiality,
    addressees: a.addressees.map(buildAddressee),
    occasionEventId: orNull(a.occasionEventId),
    deadline: orNull(a.deadline),
    letterDate: orNull(a.letterDate),
    texts: a.texts.map((t) => ({ lang: t.lang, title: t.title, body: t.body })),
    caseIds: [...a.caseIds],
    publicSigning: a.publicSigning,
    deliveries: a.deliveries.map((d) => ({ date: d.date, method: d.method, to: d.to, note: orNull(d.note) })),
    responses: a.responses.map((r) => ({
      date: r.date,
      kind: r.kind,
      text: orNull(r.text),
      sourceId: orNull(r.sourceId),
    })),
    outcomes: a.outcomes.map((o) => ({ caseId: o.caseId, kind: o.kind, date: orNull(o.date), note: orNull(o.note) })),
  };
}

/** Cross-field rules of an appeal; `current` is the stored appeal when updating. */
export function appealProblems(a: AppealFields & Pick<Appeal, 'status'>): [string, string][] {
  const out: [string, string][] = [];
  const langs = a.texts.map((t) => t.lang);
  if (new Set(langs).size !== langs.length) out.push(['texts', 'one text per language']);
  if (new Set(a.caseIds).size !== a.caseIds.length) out.push(['caseIds', 'cases must not repeat']);
  a.outcomes.forEach((o, i) => {
    if (!a.caseIds.includes(o.caseId)) out.push([`outcomes.${i}.caseId`, 'must be one of the appeal’s linked cases']);
  });
  return out;
}

/** What publication requires: a public appeal with at least one addressee and one text. */
export function publicationProblems(a: Pick<Appeal, 'confidentiality' | 'addressees' | 'texts'>): [string, string][] {
  const out: [string, string][] = [];
  if (a.confidentiality !== 'public') out.push(['confidentiality', 'a published appeal must be public']);
  if (a.addressees.length === 0) out.push(['addressees', 'name at least one addressee before publishing']);
  if (a.texts.length === 0) out.push(['texts', 'write at least one text before publishing']);
  return out;
}

/** Whether the public may sign now. */
export function signingOpen(
  a: Pick<Appeal, 'status' | 'publicSigning' | 'signingPaused' | 'confidentiality' | 'deadline'>,
  now: Date,
): boolean {
  if (a.status !== 'published' || !a.publicSigning || a.signingPaused || a.confidentiality !== 'public') return false;
  // A partial deadline ("2014-12") runs to the end of the period it names: compare as text against today's date.
  return a.deadline === null || now.toISOString().slice(0, a.deadline.length) <= a.deadline;
}
