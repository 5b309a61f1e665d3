// The JSON API of one record type: list, get, create, update, delete, history. Routes stay thin:
// validate (schemas) → load → authorize → command → present. An answer that carries restricted values is audited as a read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createRecord } from '../commands/records/create-record.ts';
import { deleteRecord } from '../commands/records/delete-record.ts';
import type { RecordDef } from '../records/registry.ts';
import { updateRecord } from '../commands/records/update-record.ts';
import type { RecordBase } from '../domain/common.ts';
import { PageQuerySchema } from '../domain/filters.ts';
import { isKnownLanguage, RecordLangSchema } from '../domain/localized.ts';
import { contentLanguage } from '../i18n/locales.ts';
import { patchOf, strictOf } from '../domain/validation.ts';
import { getRecord } from '../queries/records/get-record.ts';
import { listRecords } from '../queries/records/list-records.ts';
import { recordHistory } from '../queries/records/record-history.ts';
import { unseenReferencesOf } from '../queries/records/unseen-references.ts';
import type { AppDeps } from '../deps.ts';
import { ctxOf } from '../http/plugins/auth.ts';
import { showingRestricted } from '../http/plugins/restricted.ts';
import { presentAuditEntry } from './presenters/audit.presenter.ts';
import { presentRecord } from './presenters/record.presenter.ts';
import { DataSchema, ErrorResponses, HistorySchema, PageSchema, sharedSchema } from './schemas.ts';

const IdParams = z.object({ id: z.string().min(1).max(200).describe('Record id or slug') });
const LangQuery = z.object({
  lang: RecordLangSchema.optional().describe(
    "Language to choose values in (`i18n.*.text`); Accept-Language when left out, else the record's own",
  ),
});

/** The language a reader wants record values in. */
const readerLang = (request: FastifyRequest, query: { lang?: string }) =>
  contentLanguage(query.lang, request.headers['accept-language'], isKnownLanguage);

/** Registers the six routes of one record type under /api/v1/<plural>. */
export function registerRecordRoutes<T extends RecordBase, F>(
  root: FastifyInstance,
  deps: AppDeps,
  def: RecordDef<T, F>,
): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const base = `/api/v1/${def.plural}`;
  const tags = [def.plural];
  const Type = def.type.charAt(0).toUpperCase() + def.type.slice(1);
  const createBody = sharedSchema(`${Type}Create`, () => strictOf(def.input));
  const patchBody = sharedSchema(`${Type}Patch`, () => patchOf(def.input));

  app.get(
    base,
    {
      schema: {
        tags,
        summary: `List ${def.plural}`,
        querystring: def.filter.extend(PageQuerySchema.shape).extend(LangQuery.shape),
        response: { 200: PageSchema, ...ErrorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, lang, ...filter } = request.query as Record<string, unknown> & {
        limit: number;
        cursor?: string;
        lang?: string;
      };
      const ctx = ctxOf(request, deps);
      const page = await listRecords(ctx, def, filter as F, { limit, cursor });
      const hidden = await unseenReferencesOf(ctx, def.type, page.data);
      return {
        data: page.data.map((r) =>
          presentRecord(def.type, r, request.actor, false, hidden, readerLang(request, { lang })),
        ),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Get one ${def.type}`,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: DataSchema, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const record = await getRecord(ctx, def, request.params.id);
      await showingRestricted(ctx, reply, def.type, [record]);
      return {
        data: presentRecord(
          def.type,
          record,
          request.actor,
          true,
          await unseenReferencesOf(ctx, def.type, [record]),
          readerLang(request, request.query),
        ),
      };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: `Create a ${def.type}`,
        body: createBody,
        response: { 201: DataSchema, ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const record = await createRecord(ctx, def, request.body);
      await showingRestricted(ctx, reply, def.type, [record]);
      return reply
        .status(201)
        .header('location', `${base}/${record.id}`)
        .send({ data: presentRecord(def.type, record, request.actor, true, new Set(), readerLang(request, {})) });
    },
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Update a ${def.type}`,
        params: IdParams,
        body: patchBody,
        response: { 200: DataSchema, ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const record = await updateRecord(ctx, def, request.params.id, request.body as Record<string, unknown>);
      await showingRestricted(ctx, reply, def.type, [record]);
      return { data: presentRecord(def.type, record, request.actor, true, new Set(), readerLang(request, {})) };
    },
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Delete a ${def.type}`,
        params: IdParams,
        response: { 204: z.null().describe('Deleted'), ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request, reply) => {
      await deleteRecord(ctxOf(request, deps), def, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${base}/:id/history`,
    {
      schema: {
        tags,
        summary: `The audit history of one ${def.type} (editors and above)`,
        params: IdParams,
        response: { 200: HistorySchema, ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request) => {
      const entries = await recordHistory(ctxOf(request, deps), def, request.params.id);
      return { data: entries.map(presentAuditEntry) };
    },
  );
}
