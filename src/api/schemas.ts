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

/** Error responses a route may give, for the OpenAPI description (one shared schema, `#/components/schemas/Error`). */
export const ErrorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
};

/** A single record answer; the record's fields are documented with its input schema. */
/** A field with a value per language, as responses show it under `i18n`. */
export const LocalizedFieldSchema = z
  .object({
    values: z.record(z.string(), z.string()).describe('Every value by language code, e.g. { "en": "…", "ru": "…" }'),
    text: z
      .string()
      .describe("The value chosen for the reader (?lang=, else Accept-Language, else the record's language)"),
    lang: z.string().describe('The language of `text`'),
    fallback: z
      .boolean()
      .describe("True when `text` is not in the reader's language: it came from the original, English or any other"),
  })
  .nullable();
export const DataSchema = z.object({
  data: z
    .object({
      i18n: z
        .record(z.string(), LocalizedFieldSchema)
        .optional()
        .describe(
          'Cases: title, summary (and each charge has i18n.text); events: title, description. Null when the field is empty',
        ),
    })
    .catchall(z.unknown()),
});
/** A record's history: its audit entries, newest first. */
export const HistorySchema = z.object({
  data: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actor: z.string().describe('user:<id>, user:<id>/token:<id> or system:<name>'),
      action: z.string(),
      beforeDigest: z.string().nullable(),
      afterDigest: z.string().nullable(),
      changes: z
        .array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() }))
        .describe('Fields the write changed, as JSON text before and after'),
    }),
  ),
});
/** A page of records. */
export const PageSchema = z.object({
  data: z.array(z.record(z.string(), z.unknown())),
  nextCursor: z.string().nullable(),
});

// Shared schemas appear once in the OpenAPI document under components.schemas and are referenced from every route.
z.globalRegistry.add(ErrorSchema, { id: 'Error' });
z.globalRegistry.add(LocalizedFieldSchema, { id: 'LocalizedField' });
z.globalRegistry.add(DataSchema, { id: 'Record' });
z.globalRegistry.add(PageSchema, { id: 'RecordPage' });
z.globalRegistry.add(HistorySchema, { id: 'RecordHistory' });

const bodies = new Map<string, z.ZodType>();
/**
 * A request body schema registered once under `id` for the OpenAPI components: apps are built many times per process
 * (tests), and one id must always name one schema object.
 */
export function sharedSchema<S extends z.ZodType>(id: string, make: () => S): S {
  let schema = bodies.get(id);
  if (!schema) {
    schema = make();
    z.globalRegistry.add(schema, { id });
    bodies.set(id, schema);
  }
  return schema as S;
}
