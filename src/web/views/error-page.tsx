// The page shown for errors on HTML routes: a plain explanation, never internals.
import type { MessageKey } from '../../i18n/messages/index.ts';
import { Layout, type PageProps } from './layout.tsx';

/** An error page for a status code, with the safe message when there is one. */
export function ErrorPage(props: PageProps & { status: number; message?: string }) {
  const { i, status } = props;
  const [titleKey, bodyKey]: [MessageKey, MessageKey | undefined] =
    status === 404
      ? ['error.notFound.title', 'error.notFound.body']
      : status >= 500
        ? ['error.server.title', 'error.server.body']
        : ['error.badRequest.title', undefined];
  return (
    <Layout {...props} title={i.t(titleKey)}>
      <h1>{i.t(titleKey)}</h1>
      {bodyKey ? <p>{i.t(bodyKey)}</p> : null}
      {status < 500 && status !== 404 && props.message ? <p class="error-text">{props.message}</p> : null}
      <p>
        <a href="/">{i.t('nav.home')}</a>
      </p>
    </Layout>
  );
}
