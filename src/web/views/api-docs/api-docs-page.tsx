// The API reference at /api/docs, drawn on the server from the OpenAPI document: every operation with its parameters,
// body and answers, a form to try each GET operation (no script: the form goes through /api/docs/try), and the shared
// schemas. Nothing is loaded from anywhere else, and the Content-Security-Policy stays as strict as on every page.
import { Layout, type PageProps } from '../layout.tsx';

/** The parts of an OpenAPI 3.1 document the reference shows. */
export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

/** One operation of the document. */
export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: { type?: string | string[]; enum?: unknown[] };
  }[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

const refName = (ref: string | undefined) => ref?.replace('#/components/schemas/', '');

function SchemaLink(props: { schema?: { $ref?: string } }) {
  const name = refName(props.schema?.$ref);
  return name ? <a href={`#schema-${name}`}>{name}</a> : <span>inline schema</span>;
}

function OperationView(props: { path: string; method: string; op: Operation }) {
  const { path, method, op } = props;
  const params = op.parameters ?? [];
  const body = op.requestBody?.content?.['application/json']?.schema;
  const id = op.operationId ?? `${method}-${path}`;
  return (
    <section class="api-op" id={id} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        <code>
          {method.toUpperCase()} {path}
        </code>
      </h3>
      <p>
        {op.summary ?? ''}{' '}
        <small>
          (<code>{id}</code>
          {op.security?.length ? ', needs an API token' : ''})
        </small>
      </p>
      {params.length > 0 && (
        <table>
          <caption class="visually-hidden">Parameters of {id}</caption>
          <thead>
            <tr>
              <th scope="col">parameter</th>
              <th scope="col">in</th>
              <th scope="col">type</th>
              <th scope="col">required</th>
              <th scope="col">description</th>
            </tr>
          </thead>
          <tbody>
            {params.map((p) => (
              <tr>
                <td>
                  <code>{p.name}</code>
                </td>
                <td>{p.in}</td>
                <td>
                  {p.schema?.enum ? p.schema.enum.map(String).join(' | ') : [p.schema?.type ?? ''].flat().join(' | ')}
                </td>
                <td>{p.required ? 'yes' : 'no'}</td>
                <td>{p.description ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body && (
        <p>
          Body (JSON): <SchemaLink schema={body} />
        </p>
      )}
      <p>
        Answers:{' '}
        {Object.entries(op.responses ?? {}).map(([status, r], n) => (
          <span>
            {n > 0 ? ', ' : ''}
            <code>{status}</code>{' '}
            {r.content?.['application/json']?.schema ? (
              <SchemaLink schema={r.content['application/json'].schema} />
            ) : (
              ''
            )}
          </span>
        ))}
      </p>
      {method === 'get' ? (
        <form method="get" action="/api/docs/try" class="api-try">
          <input type="hidden" name="op" value={id} />
          {params.map((p) => (
            <p>
              <label for={`${id}-${p.name}`}>
                {p.name}
                {p.required ? ' (required)' : ''}
              </label>{' '}
              <input id={`${id}-${p.name}`} name={p.name} required={p.required && p.in === 'path'} />
            </p>
          ))}
          <button type="submit">Try it</button>
        </form>
      ) : (
        <pre>
          <code>{`curl -X ${method.toUpperCase()} "$VIGIL_URL${path.replace(/\{(\w+)\}/g, '<$1>')}" -H "Authorization: Bearer $TOKEN"${body ? " -H 'content-type: application/json' -d @body.json" : ''}`}</code>
        </pre>
      )}
    </section>
  );
}

/** The whole reference page. */
export function ApiDocsPage(props: PageProps & { doc: OpenApiDoc }) {
  const { doc } = props;
  const byTag = new Map<string, [string, string, Operation][]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), [path, method, op]]);
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {});
  return (
    <Layout {...props} title="API reference">
      <h1>
        {doc.info.title} {doc.info.version}
      </h1>
      <p>
        {doc.info.description ?? ''} The machine-readable description is at{' '}
        <a href="/api/v1/openapi.json">
          <code>/api/v1/openapi.json</code>
        </a>{' '}
        (OpenAPI 3.1). Errors always answer <a href="#schema-Error">Error</a>. Reading needs no token and shows public
        records only.
      </p>
      <nav aria-label="Areas of the API">
        <ul>
          {[...byTag.keys()].map((tag) => (
            <li>
              <a href={`#tag-${tag}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {[...byTag.entries()].map(([tag, ops]) => (
        <section aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {ops.map(([path, method, op]) => (
            <OperationView path={path} method={method} op={op} />
          ))}
        </section>
      ))}
      <section aria-labelledby="schemas-h">
        <h2 id="schemas-h">Schemas</h2>
        {schemas.map(([name, schema]) => (
          <details id={`schema-${name}`}>
            <summary>
              <code>{name}</code>
            </summary>
            <pre>
              <code>{JSON.stringify(schema, null, 2)}</code>
            </pre>
          </details>
        ))}
      </section>
    </Layout>
  );
}
