// The editors' duplicate and merge screens render in every language, with a CSRF field in each form and names escaped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { i18nFor } from '../../src/i18n/i18n.ts';
import { renderDocument } from '../../src/web/views/render.ts';
import { DuplicatesPage, MergePage } from '../../src/web/views/search/duplicates-page.tsx';

const EDITOR = { kind: 'user', id: '01JBBBBBBBBBBBBBBBBBBBBBBB', role: 'editor' } as const;
const MERGE = {
  id: '01JCCCCCCCCCCCCCCCCCCCCCCC',
  survivor_id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
  merged_id: '01JDDDDDDDDDDDDDDDDDDDDDDD',
  merged_slug: 'mukhtar-abliazov',
  reason: 'Same <person>',
  merged_by: 'user:x',
  merged_at: '2026-11-27T10:00:00.000Z',
  undone_by: null,
  undone_at: null,
  snapshot: '{}',
};

describe('duplicate and merge screens', () => {
  for (const locale of ['en', 'ru', 'fr'] as const) {
    it(`render in ${locale}`, () => {
      const i = i18nFor(locale);
      const pairs = [
        {
          a: { id: MERGE.survivor_id, slug: 'mukhtar-ablyazov', name: 'Мухтар Аблязов' },
          b: { id: MERGE.merged_id, slug: 'mukhtar-abliazov', name: 'Mukhtar <b>Abliazov</b>' },
          score: 0.97,
          reasons: ['same name key'],
        },
      ];
      const html = renderDocument(
        DuplicatesPage({ i, path: '/edit/duplicates', actor: EDITOR, pairs, merges: [MERGE], csrf: 'TOKEN' }),
      );
      assert.match(html, /name="_csrf" value="TOKEN"/);
      assert.match(html, /Mukhtar &lt;b>Abliazov&lt;\/b>/);
      assert.match(html, /action="\/edit\/duplicates\/merge"/);
      const page = renderDocument(
        MergePage({
          i,
          path: `/edit/merges/${MERGE.id}`,
          actor: EDITOR,
          merge: MERGE,
          survivor: { slug: 'mukhtar-ablyazov', name: 'Мухтар Аблязов' },
          csrf: 'TOKEN',
        }),
      );
      assert.match(page, new RegExp(`action="/edit/merges/${MERGE.id}/undo"`));
      assert.match(page, /Same &lt;person>/);
    });
  }
});
