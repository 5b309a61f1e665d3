// The page shown when a change is not allowed, a form cannot be verified, or a link cannot be used (sign-in is in views/account/).
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { Layout, type PageProps } from '../layout.tsx';

/** A refusal explained in the reader's language (403: the role may not do this, or the form could not be verified). */
export function ProblemPage(props: PageProps & { titleKey: MessageKey; bodyKey: MessageKey }) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t(props.titleKey)}>
      <h1>{i.t(props.titleKey)}</h1>
      <p>{i.t(props.bodyKey)}</p>
      <p>
        <a href={props.actor.kind === 'user' ? '/edit' : '/login'}>
          {i.t(props.actor.kind === 'user' ? 'edit.back' : 'edit.login.title')}
        </a>
      </p>
    </Layout>
  );
}
