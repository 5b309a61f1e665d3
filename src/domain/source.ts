import { z } from 'zod';
import {
  ConfidentialitySchema,
  RestrictedSchema,
  restrictedOf,
  IdSchema,
  LanguageSchema,
  PartialDateSchema,
  SlugSchema,
  UrlSchema,
  longText,
  orNull,
  shortText,
  type Base,
  type RecordBase,
} from './common.ts';
import { CERTAINTIES, RECORD_TYPES, RELIABILITY } from './vocabulary.ts';

/** A figure the source gives about many people at once ("more than 150 detentions"), kept as a fact of the source. */
export const SourceCountSchema = z.object({
  number: z.number().int().min(0).max(1_000_000_000),
  approximate: z.boolean().default(false).describe('Written as "more than", «более», "plus de", "about" …'),
  what: shortText(200).describe('What is counted, as written ("detentions", «уголовных дел»)'),
  passage: longText(2000).nullish().describe('The words of the source that give the figure'),
});
export type SourceCount = z.output<typeof SourceCountSchema>;

/** What a client sends to describe a source; the file itself is uploaded separately and kept unchanged. */
export const SourceInputSchema = z.object({
  slug: SlugSchema.optional(),
  title: shortText(500),
  url: UrlSchema.nullish(),
  archivedUrl: UrlSchema.nullish(),
  publisher: shortText(300).nullish(),
  publishedDate: PartialDateSchema.nullish(),
  retrievedAt: z.iso.datetime({ offset: true }).nullish(),
  language: LanguageSchema.nullish(),
  reliability: z.enum(RELIABILITY).default('unknown'),
  notes: longText().nullish(),
  counts: z
    .array(SourceCountSchema)
    .max(200)
    .default([])
    .describe('Figures the source gives, such as "more than 150 detentions"'),
  confidentiality: ConfidentialitySchema.default('public'),
  restricted: RestrictedSchema,
});
export type SourceInput = z.input<typeof SourceInputSchema>;

/** The stored original of a source: never changed after intake. */
export interface SourceFile {
  sha256: string;
  size: number;
  mediaType: string;
  name: string;
  storedAt: string;
}

/** A stored source. */
export interface Source extends RecordBase {
  title: string;
  url: string | null;
  archivedUrl: string | null;
  publisher: string | null;
  publishedDate: string | null;
  retrievedAt: string | null;
  language: string | null;
  reliability: (typeof RELIABILITY)[number];
  notes: string | null;
  counts: SourceCount[];
  file: SourceFile | null;
}

/** The record types a citation may point at (every record except citations themselves). */
export const CITABLE_TYPES = RECORD_TYPES.filter((t) => t !== 'citation') as Exclude<
  (typeof RECORD_TYPES)[number],
  'citation'
>[];

/** What a client sends to cite a source for a record, or for one field of it. */
export const CitationInputSchema = z.object({
  sourceId: IdSchema,
  record: z.object({ type: z.enum(CITABLE_TYPES as [string, ...string[]]), id: IdSchema }),
  field: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/, 'expected a field path such as sentence.months')
    .max(200)
    .nullish(),
  locator: shortText(200).nullish().describe('Page, paragraph or timestamp within the source'),
  quote: longText(5000).nullish(),
  certainty: z.enum(CERTAINTIES).default('alleged'),
  confidentiality: ConfidentialitySchema.default('public'),
  restricted: RestrictedSchema,
});
export type CitationInput = z.input<typeof CitationInputSchema>;

/** A stored citation. */
export interface Citation extends RecordBase {
  sourceId: string;
  record: { type: string; id: string };
  field: string | null;
  locator: string | null;
  quote: string | null;
  certainty: (typeof CERTAINTIES)[number];
}

/** Turns validated input into the stored source; the file part is kept from the existing record (set only by upload). */
export function buildSource(s: z.output<typeof SourceInputSchema>, base: Base, file: SourceFile | null): Source {
  return {
    ...base,
    confidentiality: s.confidentiality,
    restricted: restrictedOf(s.restricted),
    title: s.title,
    url: orNull(s.url),
    archivedUrl: orNull(s.archivedUrl),
    publisher: orNull(s.publisher),
    publishedDate: orNull(s.publishedDate),
    retrievedAt: orNull(s.retrievedAt),
    language: orNull(s.language),
    reliability: s.reliability,
    notes: orNull(s.notes),
    counts: s.counts.map((c) => ({
      number: c.number,
      approximate: c.approximate,
      what: c.what,
      passage: orNull(c.passage),
    })),
    file,
  };
}

/** Turns validated input into the stored citation. */
export function buildCitation(c: z.output<typeof CitationInputSchema>, base: Base): Citation {
  return {
    ...base,
    confidentiality: c.confidentiality,
    restricted: restrictedOf(c.restricted),
    sourceId: c.sourceId,
    record: { type: c.record.type, id: c.record.id },
    field: orNull(c.field),
    locator: orNull(c.locator),
    quote: orNull(c.quote),
    certainty: c.certainty,
  };
}
