// Search on both dialects over one fixture: cross-script names, Kazakh letters, ё/е, accents, prefixes and phrases,
// confidentiality of results, snippets and counts; and the same answers from SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ANONYMOUS, type Actor, type Ctx } from '../../src/context.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { deleteRecord } from '../../src/commands/records/delete-record.ts';
import { caseDef, eventDef, organisationDef, personDef, sourceDef } from '../../src/records/registry.ts';
import { updateRecord } from '../../src/commands/records/update-record.ts';
import { search, SearchInputSchema } from '../../src/queries/search/search.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildOrganisation, buildPerson, buildSource } from '../support/factories.ts';

const VIEWER: Actor = { kind: 'user', id: '01JAAAAAAAAAAAAAAAAAAAAAAA', role: 'viewer' };
const EDITOR: Actor = { kind: 'user', id: '01JBBBBBBBBBBBBBBBBBBBBBBB', role: 'editor' };

const QUERIES = [
  'Ablyazov',
  'ABLYAZOV Mukhtar',
  'Abliazov',
  'Zhumabayev',
  'Kairatuly',
  'Кайратұлы',
  'Mukhtar',
  'repression',
  'ELECTIONS',
  'елка',
  'экстрад*',
  '"хельсинкская группа"',
  '"группа хельсинкская"',
  'Janaozen',
  'Zhanaozen',
  'nothing-like-this',
  'Секрет',
  'Tuletayeva',
];

/** Slugs found per query, per dialect, as the public sees them: the two dialects must agree. */
const seen = new Map<string, Record<string, string[]>>();

for (const dialect of DIALECTS) {
  describe(`search (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    const as = (actor: Actor): Ctx => ({ ...ctx, actor });
    const find = async (actor: Actor, q: string, extra: Record<string, unknown> = {}) =>
      search(as(actor), SearchInputSchema.parse({ q, ...extra }));
    const slugs = async (actor: Actor, q: string, extra: Record<string, unknown> = {}) =>
      (await find(actor, q, extra)).hits.map((h) => h.slug).sort();
    const ids: Record<string, string> = {};

    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      const p = async (slug: string, names: string[], over: Record<string, unknown> = {}) => {
        ids[slug] = (
          await createRecord(ctx, personDef, {
            ...buildPerson({ names: names.map((full) => ({ full })) }),
            slug,
            ...over,
          })
        ).id;
      };
      await p('ablyazov', ['Мухтар Аблязов']);
      await p('zhumabaev', ['Жұмабаев Арман Қайратұлы']);
      await p('serikov', ['Руслан Кайратович Сериков']);
      await p('tuletaeva', ['Роза Тулетаева']);
      await p('secret', ['Секретный Аблязов'], {
        confidentiality: 'restricted',
        restricted: { contact: 'HIDDEN-CONTACT' },
      });
      await p('internal', ['Алия Жумабаева'], { confidentiality: 'internal' });
      await createRecord(ctx, organisationDef, {
        ...buildOrganisation({ names: [{ full: 'Московская Хельсинкская группа' }] }),
        slug: 'mhg',
      });
      await createRecord(ctx, eventDef, {
        ...buildEvent({ title: 'Забастовка в Жанаозене', description: 'Ёлка на площади; grève des pétroliers' }),
        slug: 'strike',
      });
      await createRecord(ctx, caseDef, {
        ...buildCase(ids.ablyazov!, { title: 'Дело Аблязова', summary: 'Экстрадиция во Францию' }),
        slug: 'case-a',
      });
      await createRecord(ctx, caseDef, {
        ...buildCase(ids.secret!, { title: 'Дело о секретном свидетеле', confidentiality: 'restricted' }),
        slug: 'case-s',
      });
      await createRecord(ctx, sourceDef, {
        ...buildSource({ title: 'Rapport sur la répression au Kazakhstan', notes: 'Élections de 2012' }),
        slug: 'rapport',
      });
    });
    after(async () => t?.cleanup());

    it('finds a name stored only in Cyrillic from Latin spellings, and Kazakh letters from plain ones', async () => {
      assert.deepEqual(await slugs(ANONYMOUS, 'Ablyazov'), ['ablyazov', 'case-a']);
      assert.deepEqual(await slugs(ANONYMOUS, 'Abliazov'), ['ablyazov', 'case-a']);
      assert.deepEqual(await slugs(ANONYMOUS, 'ABLYAZOV Mukhtar'), ['ablyazov']);
      assert.deepEqual(await slugs(ANONYMOUS, 'Zhumabayev'), ['zhumabaev']);
      assert.deepEqual(await slugs(ANONYMOUS, 'Tuletayeva'), ['tuletaeva']);
      // The patronymic as its own part: Kazakh -ұлы and Russified -ович of the same father's name.
      assert.deepEqual(await slugs(ANONYMOUS, 'Kairatuly'), ['serikov', 'zhumabaev']);
      assert.deepEqual(await slugs(ANONYMOUS, 'Кайратұлы'), ['serikov', 'zhumabaev']);
      assert.deepEqual(await slugs(ANONYMOUS, 'Zhanaozen'), ['strike']);
    });

    it('ignores case and accents, treats ё as е, and supports prefixes and phrases', async () => {
      assert.deepEqual(await slugs(ANONYMOUS, 'repression'), ['rapport']);
      assert.deepEqual(await slugs(ANONYMOUS, 'ELECTIONS'), ['rapport']);
      assert.deepEqual(await slugs(ANONYMOUS, 'елка'), ['strike']);
      assert.deepEqual(await slugs(ANONYMOUS, 'GREVE petroliers'), ['strike']);
      assert.deepEqual(await slugs(ANONYMOUS, 'экстрад*'), ['case-a']);
      assert.deepEqual(await slugs(ANONYMOUS, 'экстрад'), []);
      assert.deepEqual(await slugs(ANONYMOUS, '"хельсинкская группа"'), ['mhg']);
      assert.deepEqual(await slugs(ANONYMOUS, '"группа хельсинкская"'), []);
    });

    it('ranks the best match first and marks the matched words in titles and snippets', async () => {
      const r = await find(ANONYMOUS, 'Ablyazov');
      assert.equal(r.hits[0]?.slug, 'ablyazov');
      const [s, e] = r.hits[0]!.title.highlights[0]!;
      assert.equal(r.hits[0]!.title.text.slice(s, e), 'Аблязов');
      const src = (await find(ANONYMOUS, 'elections')).hits[0]!;
      assert.equal(src.snippet.text.slice(...src.snippet.highlights[0]!), 'Élections');
    });

    it('shows only what the reader may see, in results, snippets, counts and facets', async () => {
      const pub = await find(ANONYMOUS, 'Аблязов');
      assert.deepEqual(pub.hits.map((h) => h.slug).sort(), ['ablyazov', 'case-a']);
      assert.equal(pub.total, 2);
      assert.equal(
        pub.facets.type.reduce((n, f) => n + f.count, 0),
        2,
      );
      assert.ok(!JSON.stringify(pub).includes('Секретный'));
      assert.deepEqual(await slugs(ANONYMOUS, 'Секрет*'), []);
      // Longer skeletons match as prefixes (inflected and feminine forms): the viewer also sees the internal Жумабаева.
      assert.deepEqual(await slugs(VIEWER, 'Zhumabayev'), ['internal', 'zhumabaev']);
      assert.deepEqual(await slugs(VIEWER, 'Zhumabayeva'), ['internal']);
      assert.deepEqual(await slugs(ANONYMOUS, 'Zhumabayeva'), []);
      const ed = await find(EDITOR, 'Аблязов');
      assert.equal(ed.total, 3);
      assert.ok(ed.hits.some((h) => h.id === ids.secret));
      // Restricted field values are never indexed, whoever searches.
      assert.equal((await find(EDITOR, 'HIDDEN-CONTACT')).total, 0);
    });

    it('filters by type, country and year with facets counted under the other filters', async () => {
      const r = await find(ANONYMOUS, 'Аблязов', { type: 'case' });
      assert.deepEqual(
        r.hits.map((h) => h.slug),
        ['case-a'],
      );
      assert.deepEqual(r.facets.type.map((f) => [f.value, f.count]).sort(), [
        ['case', 1],
        ['person', 1],
      ]);
    });

    it('follows writes: updates and deletes change what is found', async () => {
      const rec = await createRecord(ctx, personDef, buildPerson({ names: [{ full: 'Вадим Курамшин' }] }));
      assert.deepEqual(
        (await find(ANONYMOUS, 'Kuramshin')).hits.map((h) => h.id),
        [rec.id],
      );
      await updateRecord(ctx, personDef, rec.id, { names: [{ full: 'Владимир Козлов' }] });
      assert.equal((await find(ANONYMOUS, 'Kuramshin')).total, 0);
      assert.deepEqual(
        (await find(ANONYMOUS, 'Kozlov')).hits.map((h) => h.id),
        [rec.id],
      );
      await updateRecord(ctx, personDef, rec.id, { confidentiality: 'internal' });
      assert.equal((await find(ANONYMOUS, 'Kozlov')).total, 0);
      await deleteRecord(ctx, personDef, rec.id);
      assert.equal((await find(EDITOR, 'Kozlov')).total, 0);
    });

    it('collects the public answers for the cross-dialect comparison', async () => {
      const out: Record<string, string[]> = {};
      for (const q of QUERIES) out[q] = (await find(ANONYMOUS, q)).hits.map((h) => `${h.type}:${h.slug}`);
      seen.set(dialect, out);
    });
  });
}

describe('search on both dialects', () => {
  it('gives the same results, in the same order, on SQLite and PostgreSQL', (tc) => {
    if (seen.size < 2) return tc.skip('PostgreSQL is not configured');
    assert.deepEqual(seen.get('postgres'), seen.get('sqlite'));
  });
});
