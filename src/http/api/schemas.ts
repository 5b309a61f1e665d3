// Response schemas shared by the API routes (documented in the OpenAPI description).
import { z } from 'zod';

/** The error envelope every failing request answers with. */
export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable error code, e.g. validation_failed, not_found, unauthorized'),
    message: z.string(),
    field: z.string().optional().describe('The offending field, for validation errors'),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

/** Error responses a route may give, for the OpenAPI description. */
export const ErrorResponses = {
  400: ErrorSchema.describe('Invalid input'),
  401: ErrorSchema.describe('Missing or invalid API token'),
  403: ErrorSchema.describe('Not allowed for this role'),
  404: ErrorSchema.describe('No such record, or not visible to you'),
  409: ErrorSchema.describe('Conflicts with the stored data'),
};

/** A single record answer; the record's fields are documented with its input schema. */
export const DataSchema = z.object({ data: z.record(z.string(), z.unknown()) });
/** A record's history: its audit entries, newest first. */
export const HistorySchema = z.object({
  data: z.array(z.object({
    seq: z.number().int(), at: z.string(), actor: z.string().describe('user:<id>, user:<id>/token:<id> or system:<name>'), action: z.string(),
    beforeDigest: z.string().nullable(), afterDigest: z.string().nullable(),
    changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })).describe('Fields the write changed, as JSON text before and after'),
  })),
});
/** A page of records. */
export const PageSchema = z.object({ data: z.array(z.record(z.string(), z.unknown())), nextCursor: z.string().nullable() });
