// Confirming a deletion: what will go, and a button that posts; a refusal (the record is still referenced) is shown here too.
import type { RecordType } from '../../../domain/vocabulary.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { editPath } from './record-page.tsx';

/** The confirmation page of deleting one record. */
export function DeletePage(
  props: PageProps & { type: RecordType; id: string; label: string; csrf: string | undefined; problem?: string },
) {
  const { i } = props;
  const title = i.t('edit.delete.title', { label: props.label });
  const back = editPath(props.type, props.id);
  return (
    <Layout {...props} title={title}>
      <h1>{title}</h1>
      {props.problem ? (
        <div class="errors" role="alert">
          <p>{props.problem}</p>
        </div>
      ) : null}
      <p>{i.t('edit.delete.body')}</p>
      <form method="post" action={`${back}/delete`}>
        <CsrfInput token={props.csrf} />
        <p class="row">
          <button type="submit">{i.t('edit.delete.confirm')}</button>
          <a class="button secondary" href={back}>
            {i.t('edit.form.cancel')}
          </a>
        </p>
      </form>
    </Layout>
  );
}
