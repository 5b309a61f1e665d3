// A record's history for editors: its audit entries as a page (the same data as GET /api/v1/<type>/:id/history).
import type { FastifyInstance } from 'fastify';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
  type RecordDef,
} from '../../records/registry.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { HistoryItem } from '../../queries/records/record-history.ts';
import { recordHistory } from '../../queries/records/record-history.ts';
import type { AppDeps } from '../../deps.ts';
import { requireUser } from '../require-user.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { sendPage } from '../plugin.ts';
import { Layout, type PageProps } from '../views/layout.tsx';
import { pageProps } from './register.pages.tsx';
import { NoQuery, paramsOf } from '../schemas.ts';

/** The history page of one record. */
function HistoryPage(props: PageProps & { label: string; entries: HistoryItem[] }) {
  const { i } = props;
  const short = (d: string | null) => (d ? d.slice(0, 12) : '—');
  const clip = (v: string | null) => (v === null ? '—' : v.length > 300 ? `${v.slice(0, 300)}…` : v);
  return (
    <Layout {...props} title={i.t('history.title', { label: props.label })}>
      <h1>{i.t('history.title', { label: props.label })}</h1>
      <p class="lede">{i.t('history.lede')}</p>
      {props.entries.length === 0 ? (
        <p>{i.t('history.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{i.t('history.when')}</th>
              <th scope="col">{i.t('history.who')}</th>
              <th scope="col">{i.t('history.what')}</th>
              <th scope="col">{i.t('history.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td>{e.seq}</td>
                <td>
                  <time dateTime={e.at}>{i.timestamp(e.at)}</time>
                </td>
                <td class="hash">{e.actor}</td>
                <td>{e.action}</td>
                <td>
                  {e.changes.length > 0 ? (
                    <dl class="changes">
                      {e.changes.map((c) => (
                        <>
                          <dt>{c.field}</dt>
                          <dd>
                            <del>{clip(c.before)}</del> → <ins>{clip(c.after)}</ins>
                          </dd>
                        </>
                      ))}
                    </dl>
                  ) : null}
                  <div class="hash">
                    {short(e.beforeDigest)} → {short(e.afterDigest)}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** Registers GET /edit/<plural>/:id/history for one record type. */
function registerHistoryPage<T extends RecordBase, F>(app: FastifyInstance, deps: AppDeps, def: RecordDef<T, F>): void {
  app.get<{ Params: { id: string } }>(
    `/edit/${def.plural}/:id/history`,
    { onRequest: requireUser, schema: { params: paramsOf('id'), querystring: NoQuery } },
    async (request, reply) => {
      const entries = await recordHistory(ctxOf(request, deps), def, request.params.id);
      return sendPage(reply, <HistoryPage {...pageProps(request)} label={request.params.id} entries={entries} />);
    },
  );
}

/** Registers the history page of every record type. */
export function registerHistoryPages(app: FastifyInstance, deps: AppDeps): void {
  registerHistoryPage(app, deps, personDef);
  registerHistoryPage(app, deps, organisationDef);
  registerHistoryPage(app, deps, membershipDef);
  registerHistoryPage(app, deps, eventDef);
  registerHistoryPage(app, deps, caseDef);
  registerHistoryPage(app, deps, sourceDef);
  registerHistoryPage(app, deps, citationDef);
}
