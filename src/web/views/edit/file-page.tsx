// The original file of a source: what is stored (with its SHA-256), or a form to upload it. Works without JavaScript.
import type { Source } from '../../../domain/source.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { editPath } from './record-page.tsx';

/** The upload page of one source; `stored` confirms an upload that just happened, `problem` explains a refused one. */
export function FilePage(
  props: PageProps & { source: Source; csrf: string | undefined; stored: boolean; problem?: string },
) {
  const { i, source } = props;
  const title = i.t('edit.file.title', { title: source.title });
  const back = editPath('source', source.id);
  const id = 'f-file';
  const file = source.file;
  return (
    <Layout {...props} title={title}>
      <p>
        <a href={back}>{i.t('edit.file.back')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lede">{i.t('edit.file.lede')}</p>
      {props.stored && file ? (
        <p class="notice" role="status">
          {i.t('edit.file.done')}
        </p>
      ) : null}
      {file ? (
        <dl class="fields">
          <dt>{i.t('edit.file.name')}</dt>
          <dd>{file.name}</dd>
          <dt>{i.t('edit.file.mediaType')}</dt>
          <dd>{file.mediaType}</dd>
          <dt>{i.t('edit.file.size')}</dt>
          <dd>{i.t('edit.file.bytes', { n: file.size })}</dd>
          <dt>{i.t('edit.file.sha256')}</dt>
          <dd class="hash">{file.sha256}</dd>
          <dt>{i.t('edit.file.storedAt')}</dt>
          <dd>{i.timestamp(file.storedAt)}</dd>
        </dl>
      ) : (
        <>
          {props.problem ? (
            <div class="errors" role="alert">
              <p>
                <a href={`#${id}`}>{props.problem}</a>
              </p>
            </div>
          ) : null}
          <form method="post" action={`${back}/file`} enctype="multipart/form-data">
            <CsrfInput token={props.csrf} />
            <div class="field">
              <label for={id}>{i.t('edit.file.input')}</label>
              {props.problem ? (
                <p class="error-text" id={`${id}-error`}>
                  {props.problem}
                </p>
              ) : null}
              <input
                type="file"
                id={id}
                name="file"
                aria-describedby={props.problem ? `${id}-error` : undefined}
                aria-invalid={props.problem ? 'true' : undefined}
              />
            </div>
            <button type="submit">{i.t('edit.file.submit')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
