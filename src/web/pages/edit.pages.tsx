// The edit screens, all usable without JavaScript: sign-in (session.pages.tsx), the dashboard, and the create, edit and delete
// forms of every record type through one form engine. Routes stay thin: validate → load → authorize → command → present.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createRecord } from '../../commands/records/create-record.ts';
import { deleteRecord } from '../../commands/records/delete-record.ts';
import { DEFS, sourceDef, type RecordDef } from '../../records/registry.ts';
import { attachSourceFile } from '../../commands/sources/attach-source-file.ts';
import { updateRecord } from '../../commands/records/update-record.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { Citation, Source } from '../../domain/source.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { AppError } from '../../errors.ts';
import { authorize } from '../../policies/authorize.ts';
import { recordPath, resolveLinks } from '../../queries/pages/record-links.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import type { Membership } from '../../domain/membership.ts';
import type { AppDeps } from '../../deps.ts';
import { registerSignedIn } from '../require-user.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { CSRF_FIELD, csrfMatches, csrfOf, registerCsrf } from '../../http/plugins/csrf.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { formErrors, isFormError, issuesOf } from '../views/forms/errors.ts';
import { FORM_SPECS } from '../views/forms/specs.ts';
import {
  blankObject,
  fromPosted,
  fromRecord,
  postedAction,
  withAddedRow,
  withEmptyRow,
  withoutEmptyRows,
} from '../views/forms/state.ts';
import { toInput } from '../views/forms/to-input.ts';
import { DashboardPage, EDIT_ORDER } from '../views/edit/dashboard-page.tsx';
import { DeletePage } from '../views/edit/delete-page.tsx';
import { FilePage } from '../views/edit/file-page.tsx';
import { recordLabel } from '../views/edit/load.ts';
import { pageProps, sendPrivate, sendProblem, showRecordForm } from '../views/edit/present.tsx';
import { editPath } from '../views/edit/record-page.tsx';
import { registerSessionPages } from './session.pages.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnyForm,
  ButtonForm,
  MultipartBody,
  NoQuery,
  paramsOf,
  queryText,
  type WithParams,
  type ZodPages,
} from '../schemas.ts';

const IdParams = paramsOf('id');

/** The id in a route's parameters (ids and slugs are short; anything longer cannot exist). */
function idParam(request: WithParams<'id'>): string {
  const id = request.params.id;
  if (id.length === 0 || id.length > 200) throw new AppError('not_found', 'No such record');
  return id;
}

/** Where a saved record is shown: its public page; a citation returns to the cited record, a membership goes to its person. */
async function afterSave(
  request: FastifyRequest,
  deps: AppDeps,
  def: RecordDef<RecordBase, unknown>,
  record: RecordBase,
): Promise<string> {
  if (def.type === 'citation') {
    const c = record as Citation;
    return `${editPath(c.record.type as RecordType, c.record.id)}#citations`;
  }
  if (def.type === 'membership') {
    const links = await resolveLinks(ctxOf(request, deps), [{ type: 'person', id: (record as Membership).personId }]);
    const person = links.get((record as Membership).personId);
    return person ? recordPath('person', person.slug) : editPath('membership', record.id);
  }
  return recordPath(def.type, record.slug);
}

/** The create, edit and delete pages of one record type under /edit/<plural>. */
function registerRecordPages(app: ZodPages, deps: AppDeps, def: RecordDef<RecordBase, unknown>): void {
  const base = `/edit/${def.plural}`;
  const spec = FORM_SPECS[def.type];

  /** Saves a posted form, or re-shows it: with one more row ("Add another …"), or with the problems found. */
  async function save(
    request: FastifyRequest,
    reply: FastifyReply,
    stored: RecordBase | undefined,
  ): Promise<FastifyReply> {
    const action = postedAction(request.body);
    const state = fromPosted(spec.fields, request.body);
    if (action !== 'save')
      return showRecordForm(request, reply, deps, def, { state: withAddedRow(spec.fields, state, action.add), stored });
    const tidy = withoutEmptyRows(spec.fields, state);
    const input = toInput(spec.fields, tidy);
    const ctx = ctxOf(request, deps);
    try {
      const record = stored ? await updateRecord(ctx, def, stored.id, input) : await createRecord(ctx, def, input);
      return reply.redirect(await afterSave(request, deps, def, record), 303);
    } catch (err) {
      if (!isFormError(err)) throw err;
      const errors = formErrors(request.i18n, spec.fields, tidy, issuesOf(err));
      return showRecordForm(request, reply, deps, def, {
        state: withEmptyRow(spec.fields, tidy),
        errors,
        status: err.status,
        stored,
      });
    }
  }

  /** The stored record of the route, which the actor must be allowed to change in the given way. */
  async function load(request: WithParams<'id'>, action: 'update' | 'delete'): Promise<RecordBase> {
    const record = await getRecord(ctxOf(request, deps), def, idParam(request));
    authorize(request.actor, action, def.type, record);
    return record;
  }

  app.get(`${base}/new`, { schema: { querystring: NoQuery } }, async (request, reply) => {
    authorize(request.actor, 'create', def.type);
    return showRecordForm(request, reply, deps, def, { state: blankObject(spec.fields) });
  });
  app.post(`${base}/new`, { schema: { body: AnyForm } }, async (request, reply) => {
    authorize(request.actor, 'create', def.type);
    return save(request, reply, undefined);
  });
  app.get(`${base}/:id`, { schema: { params: IdParams, querystring: NoQuery } }, async (request, reply) => {
    const record = await load(request, 'update');
    return showRecordForm(request, reply, deps, def, {
      state: withEmptyRow(spec.fields, fromRecord(spec.fields, record)),
      stored: record,
    });
  });
  app.post(`${base}/:id`, { schema: { params: IdParams, body: AnyForm } }, async (request, reply) =>
    save(request, reply, await load(request, 'update')),
  );

  const confirm = (request: FastifyRequest, record: RecordBase, problem?: string) => (
    <DeletePage
      {...pageProps(request)}
      type={def.type}
      id={record.id}
      label={recordLabel(def.type, record)}
      csrf={csrfOf(request)}
      problem={problem}
    />
  );
  app.get(`${base}/:id/delete`, { schema: { params: IdParams, querystring: NoQuery } }, async (request, reply) =>
    sendPrivate(reply, confirm(request, await load(request, 'delete'))),
  );
  app.post(`${base}/:id/delete`, { schema: { params: IdParams, body: ButtonForm } }, async (request, reply) => {
    const record = await load(request, 'delete');
    try {
      await deleteRecord(ctxOf(request, deps), def, record.id);
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict')
        return sendPrivate(reply, confirm(request, record, request.i18n.t('edit.delete.referenced')), 409);
      throw err;
    }
    // A deleted citation returns to the record it cited; anything else to the dashboard, which confirms the deletion.
    const cited = def.type === 'citation' ? (record as Citation).record : undefined;
    return reply.redirect(cited ? `${editPath(cited.type as RecordType, cited.id)}#citations` : '/edit?deleted=1', 303);
  });
}

/** The original file of a source: GET shows it (or the upload form), POST takes a multipart upload and stores it unchanged. */
function registerSourceFilePages(app: ZodPages, deps: AppDeps): void {
  const path = '/edit/sources/:id/file';
  const load = async (request: WithParams<'id'>) => {
    const source = await getRecord(ctxOf(request, deps), sourceDef, idParam(request));
    authorize(request.actor, 'update', 'source', source);
    return source;
  };
  const show = (
    request: FastifyRequest,
    reply: FastifyReply,
    source: Source,
    status = 200,
    problem?: MessageKey,
    stored = false,
  ) => {
    const view = (
      <FilePage
        {...pageProps(request)}
        source={source}
        csrf={csrfOf(request)}
        stored={stored}
        problem={problem && request.i18n.t(problem)}
      />
    );
    return sendPrivate(reply, view, status);
  };
  app.get(
    path,
    { schema: { params: IdParams, querystring: z.object({ stored: queryText }) } },
    async (request, reply) => show(request, reply, await load(request), 200, undefined, request.query.stored === '1'),
  );

  // Multipart bodies are parsed in this scope only; the handler reads the CSRF field itself, as the hooks run before the body is read.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, {
      limits: { fileSize: deps.config.maxUploadBytes + 1, files: 1, fields: 4, parts: 6 },
    });
    scope.post(
      path,
      {
        schema: { params: IdParams, body: MultipartBody },
        config: { csrfInHandler: true },
        bodyLimit: deps.config.maxUploadBytes + 1024 * 1024,
      },
      async (request, reply) => {
        const source = await load(request);
        const part = request.isMultipart() ? await request.file() : undefined;
        const token = part?.fields[CSRF_FIELD];
        if (
          !part ||
          !csrfMatches(request, token && !Array.isArray(token) && token.type === 'field' ? token.value : undefined)
        ) {
          part?.file.resume();
          return part
            ? sendProblem(request, reply, 'edit.csrf.title', 'edit.csrf.body')
            : show(request, reply, source, 400, 'edit.file.empty');
        }
        if (part.filename === '') {
          part.file.resume();
          return show(request, reply, source, 400, 'edit.file.empty');
        }
        const declared = part.mimetype.toLowerCase();
        const mediaType = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(declared) ? declared : 'application/octet-stream';
        try {
          await attachSourceFile(ctxOf(request, deps), source.id, part.file, { name: part.filename, mediaType });
        } catch (err) {
          const status = err instanceof AppError ? err.status : (err as { statusCode?: unknown }).statusCode;
          if (status === 413) return show(request, reply, source, 413, 'edit.file.tooLarge');
          if (err instanceof AppError && err.code === 'conflict')
            return show(request, reply, source, 409, 'edit.file.conflict');
          if (err instanceof AppError && err.code === 'validation_failed')
            return show(request, reply, source, 400, 'edit.file.empty');
          throw err;
        }
        return reply.redirect(`${editPath('source', source.id)}/file?stored=1`, 303);
      },
    );
  });
}

/** Registers sign-in, sign-out, the dashboard and the edit pages of every record type, with CSRF checks on every page form. */
export function registerEditPages(app: FastifyInstance, deps: AppDeps): void {
  registerCsrf(app, (request, reply) => sendProblem(request, reply, 'edit.csrf.title', 'edit.csrf.body'));

  registerSessionPages(app, deps);

  registerSignedIn(app, (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.get('/edit', { schema: { querystring: z.object({ deleted: queryText }) } }, async (request, reply) => {
      const deleted = request.query.deleted === '1';
      return sendPrivate(
        reply,
        <DashboardPage
          {...pageProps(request)}
          csrf={csrfOf(request)}
          notice={deleted ? 'edit.delete.done' : undefined}
        />,
      );
    });
    scope.get(
      '/edit/open',
      { schema: { querystring: z.object({ type: queryText, id: queryText }) } },
      async (request, reply) => {
        const { type, id } = request.query;
        const known = EDIT_ORDER.map((t) => DEFS[t].plural).includes(String(type));
        const ok = known && typeof id === 'string' && id.trim() !== '' && id.length <= 200;
        return reply.redirect(ok ? `/edit/${String(type)}/${encodeURIComponent(id.trim())}` : '/edit', 303);
      },
    );

    for (const type of EDIT_ORDER)
      registerRecordPages(scope, deps, DEFS[type] as unknown as RecordDef<RecordBase, unknown>);
    registerSourceFilePages(scope, deps);
  });
}
