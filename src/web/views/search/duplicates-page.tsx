// The editors' duplicate screen (candidate pairs, each with a merge form) and the page of one merge (with undo).
import type { PersonMergesTable } from '../../../db/schema.ts';
import type { DuplicatePair } from '../../../queries/duplicates/find-duplicates.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';

/** Candidate pairs with a merge form each, and the latest merges. */
export function DuplicatesPage(
  props: PageProps & { pairs: DuplicatePair[]; merges: PersonMergesTable[]; csrf: string | undefined },
) {
  const { i, pairs } = props;
  return (
    <Layout {...props} title={i.t('dup.title')} wide>
      <h1>{i.t('dup.title')}</h1>
      <p class="lede">{i.t('dup.lede')}</p>
      {pairs.length === 0 ? <p>{i.t('dup.none')}</p> : <p>{i.t('dup.count', { count: pairs.length })}</p>}
      <ol class="records duplicates">
        {pairs.map((p, n) => (
          <li>
            <form method="post" action="/edit/duplicates/merge">
              <CsrfInput token={props.csrf} />
              <input type="hidden" name="a" value={p.a.id} />
              <input type="hidden" name="b" value={p.b.id} />
              <fieldset>
                <legend>
                  {i.t('dup.score')}: {i.number(p.score)} — {i.t('dup.reasons')}: {p.reasons.join('; ')}
                </legend>
                {[p.a, p.b].map((side, k) => (
                  <p>
                    <input type="radio" id={`keep-${n}-${k}`} name="keep" value={side.id} checked={k === 0} />
                    <label for={`keep-${n}-${k}`}>{i.t('dup.keep')}: </label>
                    <a href={`/persons/${encodeURIComponent(side.slug)}`}>{side.name}</a> <code>{side.id}</code>
                  </p>
                ))}
                <div class="field">
                  <label for={`reason-${n}`}>{i.t('dup.reason')}</label>
                  <input type="text" id={`reason-${n}`} name="reason" required minLength={3} maxLength={2000} />
                </div>
                <button type="submit" class="secondary">
                  {i.t('dup.merge')}
                </button>
              </fieldset>
            </form>
          </li>
        ))}
      </ol>
      {props.merges.length > 0 ? (
        <>
          <h2>{i.t('dup.latest')}</h2>
          <ul>
            {props.merges.map((m) => (
              <li>
                <a href={`/edit/merges/${m.id}`}>{m.merged_at.slice(0, 16).replace('T', ' ')}</a> — {m.reason}
                {m.undone_at
                  ? ` (${i.t('merge.undone', { by: m.undone_by ?? '', at: m.undone_at.slice(0, 16).replace('T', ' ') })})`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

/** One merge: who was kept, who was merged, by whom, why; and the undo button while it stands. */
export function MergePage(
  props: PageProps & {
    merge: PersonMergesTable;
    survivor: { slug: string; name: string } | undefined;
    csrf: string | undefined;
  },
) {
  const { i, merge: m } = props;
  return (
    <Layout {...props} title={i.t('merge.title')}>
      <h1>{i.t('merge.title')}</h1>
      <dl>
        <dt>{i.t('merge.survivor')}</dt>
        <dd>
          {props.survivor ? (
            <a href={`/persons/${encodeURIComponent(props.survivor.slug)}`}>{props.survivor.name}</a>
          ) : null}{' '}
          <code>{m.survivor_id}</code>
        </dd>
        <dt>{i.t('merge.merged')}</dt>
        <dd>
          <code>{m.merged_id}</code> ({m.merged_slug})
        </dd>
        <dt>{i.t('merge.by')}</dt>
        <dd>{m.merged_by}</dd>
        <dt>{i.t('merge.at')}</dt>
        <dd>{m.merged_at.slice(0, 19).replace('T', ' ')}</dd>
        <dt>{i.t('merge.reason')}</dt>
        <dd>{m.reason}</dd>
      </dl>
      {m.undone_at ? (
        <p class="notice">
          {i.t('merge.undone', { by: m.undone_by ?? '', at: m.undone_at.slice(0, 19).replace('T', ' ') })}
        </p>
      ) : (
        <form method="post" action={`/edit/merges/${m.id}/undo`}>
          <CsrfInput token={props.csrf} />
          <button type="submit" class="secondary">
            {i.t('merge.undo')}
          </button>
        </form>
      )}
    </Layout>
  );
}
