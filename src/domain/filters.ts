// List filters per record type: the API's query strings and the repositories' inputs.
import { z } from 'zod';
import { CountrySchema, IdSchema, LanguageSchema } from './common.ts';
import { ACT_KINDS, CASE_STATUSES, EVENT_KINDS, ORGANISATION_KINDS, PERSON_ROLES, RECORD_TYPES } from './vocabulary.ts';

const q = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .describe('Text to look for in names or titles (case- and accent-insensitive)');
const year = z.coerce.number().int().min(1).max(9999).optional();

export const PersonFilterSchema = z.object({
  q,
  nationality: CountrySchema.optional(),
  role: z.enum(PERSON_ROLES).optional(),
});
export const OrganisationFilterSchema = z.object({
  q,
  kind: z.enum(ORGANISATION_KINDS).optional(),
  country: CountrySchema.optional(),
});
export const MembershipFilterSchema = z.object({ personId: IdSchema.optional(), organisationId: IdSchema.optional() });
export const EventFilterSchema = z.object({
  q,
  kind: z.enum(EVENT_KINDS).optional(),
  country: CountrySchema.optional(),
  year,
});
export const CaseFilterSchema = z.object({
  q,
  country: CountrySchema.optional(),
  status: z.enum(CASE_STATUSES).optional(),
  actKind: z.enum(ACT_KINDS).optional(),
  subjectId: IdSchema.optional(),
  eventId: IdSchema.optional(),
  year: year.describe('Cases with an act or timeline entry in this year'),
});
export const SourceFilterSchema = z.object({
  q,
  language: LanguageSchema.optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export const CitationFilterSchema = z.object({
  sourceId: IdSchema.optional(),
  recordType: z.enum(RECORD_TYPES).optional(),
  recordId: IdSchema.optional(),
});

export type PersonFilter = z.infer<typeof PersonFilterSchema>;
export type OrganisationFilter = z.infer<typeof OrganisationFilterSchema>;
export type MembershipFilter = z.infer<typeof MembershipFilterSchema>;
export type EventFilter = z.infer<typeof EventFilterSchema>;
export type CaseFilter = z.infer<typeof CaseFilterSchema>;
export type SourceFilter = z.infer<typeof SourceFilterSchema>;
export type CitationFilter = z.infer<typeof CitationFilterSchema>;

/** Paging parameters every list accepts. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().describe("Opaque cursor from the previous page's nextCursor"),
});
