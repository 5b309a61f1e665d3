// Schemas of what page routes read: path parameters, queries and form bodies as the pages' form parser (qs) gives them.
// Form schemas keep every field they do not name (the CSRF token, the buttons), as the CSRF check reads the body after
// validation; and a body that fails its schema gets the 400 page in the reader's language, never a JSON error.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** A form value as qs parses it: text, a list (names[]=…), or nested fields (names[0][full]=…). */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
/** The schema of one form value. */
export const FormValue: z.ZodType<FormValue> = z.lazy(() =>
  z.union([z.string(), z.array(FormValue), z.record(z.string(), FormValue)]),
);

/** A form with fields of any name (the record and appeal forms, whose fields come from their form specs). */
export const AnyForm = z.record(z.string(), FormValue).optional();

/** A form with the named fields, each optional text; other fields pass through unchecked. */
export function formOf<S extends Record<string, z.ZodType>>(shape: S) {
  return z.object(shape).loose().optional();
}

/**
 * One optional field of a form, read as text by its handler: anything else qs can make of a tampered form (a list,
 * nested fields) is accepted here and read as empty there, so such a post gets the form's own answer.
 */
export const field = FormValue.optional();

/** One optional query value read as text; a list or anything else is dropped, as a page ignores what it cannot read. */
export const queryText = z.string().optional().catch(undefined);

/** A form that posts nothing but its CSRF token (a button). */
export const ButtonForm = formOf({ _csrf: field });

/** The body of a multipart upload: read part by part by its handler, which checks every field itself. */
export const MultipartBody = z.unknown().describe('multipart/form-data, read by the handler');

/** A route that reads no query: whatever is sent is dropped. */
export const NoQuery = z.object({});

/** The path parameters of a route, each plain text (handlers bound their length and answer 404 for no such record). */
export function paramsOf<K extends string>(...names: K[]) {
  return z.object(Object.fromEntries(names.map((n) => [n, z.string()])) as Record<K, z.ZodString>);
}

/** A query as the URL parser gives it, for pages that read it through a domain schema of their own (lists, search). */
export const AnyQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** A request whose path parameters a schema has checked, as the helpers of a route's handlers take it. */
export type WithParams<K extends string> = FastifyRequest & { params: Record<K, string> };

/** A request whose form body a schema has checked, as the helpers of a route's handlers take it. */
export type WithForm = FastifyRequest & { body: z.output<typeof AnyForm> };

/** The pages' Fastify instance with zod schemas typing each route's request. */
export type ZodPages = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;
