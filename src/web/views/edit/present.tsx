// Presenting the edit screens: the frame's props of a request, private (uncached) pages, and the record form with what it needs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { auditRestrictedRead } from '../../../commands/records/audit-restricted-read.ts';
import type { RecordDef } from '../../../records/registry.ts';
import type { Actor } from '../../../context.ts';
import { canReadRestricted } from '../../../policies/authorize.ts';
import type { RecordBase } from '../../../domain/common.ts';
import { resolveLinks } from '../../../queries/pages/record-links.ts';
import type { AppDeps } from '../../../deps.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { ctxOf } from '../../../http/plugins/auth.ts';
import { csrfOf } from '../../../http/plugins/csrf.ts';
import { sendPage } from '../../plugin.ts';
import { NO_ERRORS, type FormErrors } from '../forms/errors.ts';
import { FORM_SPECS } from '../forms/specs.ts';
import { refTypesOf, type FormObject, type FormSpec } from '../forms/spec.ts';
import type { PageProps } from '../layout.tsx';
import { ProblemPage } from './auth-pages.tsx';
import { citableFields, type CiteProps } from './cite-form.tsx';
import { citationsOf, loadCandidates, recordLabel } from './load.ts';
import { editPath, RecordPage } from './record-page.tsx';
import type { VNode } from 'preact';

/** The props every page's frame needs, from the request. */
export function pageProps(request: FastifyRequest): PageProps {
  return { i: request.i18n, path: request.url, actor: request.actor };
}

/** Sends an edit page: private to the signed-in user and never stored by a cache (it holds the form token). */
export function sendPrivate(reply: FastifyReply, view: VNode, status = 200): FastifyReply {
  void reply.header('cache-control', 'no-store');
  return sendPage(reply, view, status);
}

/** Sends a 403 page explaining the refusal in the reader's language. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  titleKey: MessageKey,
  bodyKey: MessageKey,
): FastifyReply {
  return sendPrivate(reply, <ProblemPage {...pageProps(request)} titleKey={titleKey} bodyKey={bodyKey} />, 403);
}

/** How a record form is shown: the state, the problems found, and the stored record when editing. */
export interface ShowForm {
  state: FormObject;
  errors?: FormErrors;
  status?: number;
  stored?: RecordBase;
}

/** The form of a type as this actor sees it: without the restricted group unless the actor is cleared to read it. */
export function formSpecFor(type: RecordDef<RecordBase, unknown>['type'], actor: Actor): FormSpec {
  const spec = FORM_SPECS[type];
  return canReadRestricted(actor) ? spec : { ...spec, fields: spec.fields.filter((f) => f.name !== 'restricted') };
}

/**
 * Renders the create or edit form of a record with its candidates, and when editing, its citations and the cite form.
 * A form that shows a stored record's restricted values records the read in the audit log.
 */
export async function showRecordForm<T extends RecordBase, F>(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  def: RecordDef<T, F>,
  show: ShowForm,
): Promise<FastifyReply> {
  const ctx = ctxOf(request, deps);
  const spec = formSpecFor(def.type, request.actor);
  const { stored } = show;
  const state: FormObject = canReadRestricted(request.actor) ? show.state : { ...show.state, restricted: [] };
  if (stored) await auditRestrictedRead(ctx, def.type, [stored]);
  const citable = stored !== undefined && def.type !== 'citation';
  const types = refTypesOf(spec.fields);
  if (citable) types.add('source');
  const candidates = await loadCandidates(ctx, types);
  const csrf = csrfOf(request);
  let cite: Omit<CiteProps, 'i'> | undefined;
  if (citable) {
    const citations = await citationsOf(ctx, def.type, stored.id);
    const sources = await resolveLinks(
      ctx,
      citations.map((c) => ({ type: 'source' as const, id: c.sourceId })),
    );
    cite = {
      type: def.type,
      id: stored.id,
      csrf,
      citations,
      sources,
      fields: citableFields(request.i18n, spec.fields),
      candidates,
    };
  }
  const action = stored ? editPath(def.type, stored.id) : `/edit/${def.plural}/new`;
  const view = (
    <RecordPage
      {...pageProps(request)}
      type={def.type}
      form={{ spec, state, errors: show.errors ?? NO_ERRORS, candidates, action, csrf }}
      stored={stored ? { record: stored, label: recordLabel(def.type, stored), cite } : undefined}
    />
  );
  return sendPrivate(reply, view, show.status ?? 200);
}
