// The search API, duplicate candidates and person merges. Thin routes: validate → (load, authorize in the query or
// command) → command → present. Search answers only what the reader may see; the rest is for editors.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mergePersons, MergeInputSchema } from '../commands/persons/merge-persons.ts';
import { undoMerge } from '../commands/persons/undo-merge.ts';
import { IdSchema } from '../domain/common.ts';
import type { PersonMergesTable } from '../db/schema.ts';
import { findDuplicates } from '../queries/duplicates/find-duplicates.ts';
import { getMerge, listMerges } from '../queries/duplicates/merges.ts';
import { search, SearchInputSchema } from '../queries/search/search.ts';
import type { AppDeps } from '../deps.ts';
import { ctxOf } from '../http/plugins/auth.ts';
import { ErrorResponses } from './schemas.ts';

const Marked = z.object({
  text: z.string(),
  highlights: z
    .array(z.tuple([z.number().int(), z.number().int()]))
    .describe('[start, end) offsets of the matched words'),
});
const Facet = z.array(z.object({ value: z.string(), count: z.number().int() }));
const SearchResponse = z.object({
  data: z.array(
    z.object({
      type: z.string(),
      id: z.string(),
      slug: z.string(),
      url: z.string(),
      title: Marked,
      snippet: Marked,
      country: z.string().nullable(),
      year: z.string().nullable(),
      score: z.number(),
    }),
  ),
  total: z.number().int(),
  capped: z
    .boolean()
    .describe(
      'True when a very common query hit the candidate limit: total and facets then count the first candidates only',
    ),
  didYouMean: z
    .array(z.string())
    .describe(
      'When nothing is found: up to three names close to the query (another spelling, a typo away), best first',
    ),
  facets: z.object({ type: Facet, country: Facet, year: Facet }),
});
const MergeSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  mergedSlug: z.string(),
  reason: z.string(),
  mergedBy: z.string(),
  mergedAt: z.string(),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
});
const Side = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const MergeParams = z.object({ id: z.string().min(1).max(40) });

const PLURAL: Record<string, string> = {
  person: 'persons',
  organisation: 'organisations',
  event: 'events',
  case: 'cases',
  source: 'sources',
  appeal: 'appeals',
};

/** A merge as the API shows it (the snapshot kept for undo is never shown). */
export function presentMerge(m: PersonMergesTable): z.infer<typeof MergeSchema> {
  return {
    id: m.id,
    survivorId: m.survivor_id,
    mergedId: m.merged_id,
    mergedSlug: m.merged_slug,
    reason: m.reason,
    mergedBy: m.merged_by,
    mergedAt: m.merged_at,
    undoneBy: m.undone_by,
    undoneAt: m.undone_at,
  };
}

/** Registers /api/v1/search, /api/v1/duplicates/persons and /api/v1/merges. */
export function registerSearchRoutes(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search persons, organisations, events, cases, sources and appeals (any script)',
        querystring: SearchInputSchema,
        response: { 200: SearchResponse, ...ErrorResponses },
      },
    },
    async (request) => {
      const r = await search(ctxOf(request, deps), request.query);
      return {
        data: r.hits.map((h) => ({ ...h, url: `/${PLURAL[h.type]}/${encodeURIComponent(h.slug)}` })),
        total: r.total,
        capped: r.capped,
        didYouMean: r.didYouMean,
        facets: r.facets,
      };
    },
  );

  app.get(
    '/api/v1/duplicates/persons',
    {
      schema: {
        tags: ['persons'],
        summary: 'Candidate duplicate persons with a score and the reasons (editors); nothing is merged',
        querystring: z.object({
          minScore: z.coerce.number().min(0).max(1).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          personId: IdSchema.optional(),
        }),
        response: {
          200: z.object({
            data: z.array(z.object({ a: Side, b: Side, score: z.number(), reasons: z.array(z.string()) })),
          }),
          ...ErrorResponses,
        },
        security: [{ bearer: [] }],
      },
    },
    async (request) => ({ data: await findDuplicates(ctxOf(request, deps), request.query) }),
  );

  app.get(
    '/api/v1/merges',
    {
      schema: {
        tags: ['persons'],
        summary: 'The latest person merges (editors)',
        response: { 200: z.object({ data: z.array(MergeSchema) }), ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request) => ({ data: (await listMerges(ctxOf(request, deps))).map(presentMerge) }),
  );

  app.get(
    '/api/v1/merges/:id',
    {
      schema: {
        tags: ['persons'],
        summary: 'One person merge (editors)',
        params: MergeParams,
        response: { 200: z.object({ data: MergeSchema }), ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request) => ({ data: presentMerge(await getMerge(ctxOf(request, deps), request.params.id)) }),
  );

  app.post(
    '/api/v1/merges',
    {
      schema: {
        tags: ['persons'],
        summary:
          'Merge one person into another (editors): names kept, cases, memberships and citations moved, the old id resolving',
        body: MergeInputSchema.strict(),
        response: { 201: z.object({ data: MergeSchema }), ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request, reply) => {
      const m = await mergePersons(ctxOf(request, deps), request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/merges/${m.id}`)
        .send({ data: presentMerge(m) });
    },
  );

  app.post(
    '/api/v1/merges/:id/undo',
    {
      schema: {
        tags: ['persons'],
        summary: 'Undo a person merge (editors)',
        params: MergeParams,
        response: { 200: z.object({ data: MergeSchema }), ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request) => ({ data: presentMerge(await undoMerge(ctxOf(request, deps), { mergeId: request.params.id })) }),
  );
}
