// Name search ranks instead of filtering: a person whose patronymic differs or is missing is still found, below the
// full match; a part one letter off still finds the person, below exact matches; Kazakh and Russian forms find each
// other; a common given name is not looked for one letter off. Made-up names, on both dialects.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { personDef } from '../../src/records/registry.ts';
import type { Ctx } from '../../src/context.ts';
import { CANDIDATE_CAP, search, SearchInputSchema } from '../../src/queries/search/search.ts';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';
import { writeTransaction } from '../../src/db/database.ts';
import { addDocs, commonWords } from '../../src/db/repos/search.repo.ts';
import { nameSearchKeys } from '../../src/domain/names.ts';
import { parseQuery } from '../../src/queries/search/parse-query.ts';
import { foldText } from '../../src/text/fold.ts';

for (const dialect of DIALECTS) {
  describe(`ranked name search (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    let app: FastifyInstance;
    const slugs = async (q: string) =>
      (await search(ctx, SearchInputSchema.parse({ q, type: 'person' }))).hits.map((h) => h.slug);

    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      const p = (slug: string, full: string) =>
        createRecord(ctx, personDef, { ...buildPerson({ names: [{ full }] }), slug });
      await p('tileuov-serik', 'Тілеуов Жанболат Серікұлы');
      await p('tileuov-berik', 'Тілеуов Жанболат Берікұлы');
      await p('zhumabai', 'Жұмабай Бақытжан');
      await p('nazarbaev', 'Ерлан Назарбаев');
      await p('nazabaev', 'Ерлан Назабаев');
      await p('kainazarov', 'Қайназаров Уәлихан');
      app = await testApp(t);
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('finds a namesake with another patronymic, ranked below the full match', async () => {
      assert.deepEqual(await slugs('Тлеуов Жанболат Серикович'), ['tileuov-serik', 'tileuov-berik']);
      assert.deepEqual(await slugs('TLEUOV Zhanbolat Berikovich'), ['tileuov-berik', 'tileuov-serik']);
    });

    it('finds the person when the patronymic is missing from the query or from the record', async () => {
      assert.deepEqual((await slugs('Тлеуов Жанболат')).sort(), ['tileuov-berik', 'tileuov-serik']);
    });

    it('finds the Kazakh form from the Russian one', async () => {
      assert.deepEqual(await slugs('Жумабаев Бахытжан'), ['zhumabai']);
    });

    it('finds a part one letter off, below the exact match', async () => {
      assert.deepEqual(await slugs('Ерлан Назабаев'), ['nazabaev', 'nazarbaev']);
      assert.deepEqual(await slugs('Ерлан Назарбаев'), ['nazarbaev', 'nazabaev']);
      assert.deepEqual(await slugs('Назарбаефф'), ['nazarbaev', 'nazabaev']);
    });

    it('finds the person when one of two parts differs and nothing matches both', async () => {
      assert.deepEqual(await slugs('Кайназаров Валихан'), ['kainazarov']);
    });

    it('offers "did you mean" when nothing is found and a close name exists, in the API and on the search page', async () => {
      const api = (await app.inject({ url: `/api/v1/search?q=${encodeURIComponent('Кайнзарбеков')}` })).json();
      assert.equal(api.total, 0);
      assert.deepEqual(api.didYouMean, ['Қайназаров Уәлихан']);
      const found = (await app.inject({ url: `/api/v1/search?q=${encodeURIComponent('Қайназаров')}` })).json();
      assert.deepEqual(found.didYouMean, []);
      assert.deepEqual((await app.inject({ url: '/api/v1/search?q=Zzzzzz' })).json().didYouMean, []);
      const page = await app.inject({ url: `/search?q=${encodeURIComponent('Kainazarbekov')}` });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /class="notice did-you-mean">Did you mean:/);
      assert.ok(
        page.body.includes(`href="/search?q=${encodeURIComponent('Қайназаров Уәлихан').replace(/%20/g, '+')}"`),
        'links to a search for the suggested name',
      );
    });
  });

  describe(`name search in a register full of near names (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;

    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      // The one exact match is the oldest document; more newer ones than the candidate cap are one letter off.
      await createRecord(ctx, personDef, { ...buildPerson({ names: [{ full: 'Ерлан Назарбаев' }] }), slug: 'exact' });
      for (let i = 0; i < CANDIDATE_CAP + 5; i++)
        await createRecord(ctx, personDef, {
          ...buildPerson({ names: [{ full: 'Ерлан Назабаев' }] }),
          slug: `near-${i}`,
        });
    });
    after(async () => {
      await t?.cleanup();
    });

    it('keeps the exact match first when newer near matches alone would fill the candidates', async () => {
      // In Latin letters, so that only the name keys find them (the full text holds the Cyrillic words).
      const res = await search(ctx, SearchInputSchema.parse({ q: 'Nazarbayev', type: 'person' }));
      assert.equal(res.hits[0]?.slug, 'exact');
      assert.equal(res.capped, true);
      assert.ok(res.hits.slice(1).every((h) => h.slug.startsWith('near-')));
      const full = await search(ctx, SearchInputSchema.parse({ q: 'Yerlan Nazarbayev', type: 'person' }));
      assert.equal(full.hits[0]?.slug, 'exact');
    });

    it('answers a query for the common spelling with its own matches only, capped', async () => {
      const res = await search(ctx, SearchInputSchema.parse({ q: 'Nazabayev', type: 'person', limit: 100 }));
      assert.equal(res.capped, true);
      assert.equal(res.total, CANDIDATE_CAP);
      assert.ok(res.hits.every((h) => h.slug.startsWith('near-')));
    });
  });
}

/** A thousand made-up surnames from four syllables each, none close to another name of these tests. */
function fillerSurnames(n: number): string[] {
  const syl = ['ба', 'ду', 'ке', 'му', 'ло', 'са', 'ти', 'ры'];
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const s = [i % 8, Math.floor(i / 8) % 8, Math.floor(i / 64) % 8, Math.floor(i / 512) % 8]
      .map((j) => syl[j])
      .join('');
    out.push(`${s[0]!.toUpperCase()}${s.slice(1)}ев`);
  }
  return out;
}

for (const dialect of DIALECTS) {
  describe(`a common given name in a large register (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;

    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      await createRecord(ctx, personDef, {
        ...buildPerson({ names: [{ full: 'Владимир Хасыков' }] }),
        slug: 'khasykov',
      });
      // A thousand newer documents share the given name: its keys pass the index's "common" bound.
      const docs = fillerSurnames(1000).map((surname, i) => {
        const full = `Владимир ${surname}`;
        return {
          recordType: 'person' as const,
          recordId: `filler-${i}`,
          slug: `filler-${i}`,
          confidentiality: 'public',
          title: full,
          body: full,
          country: null,
          year: null,
          updatedAt: new Date().toISOString(),
          keys: [...nameSearchKeys(full)],
          text: foldText(full),
          titleKey: foldText(full),
        };
      });
      await writeTransaction(t.handle.db, (trx) => addDocs(trx, docs));
    });
    after(async () => {
      await t?.cleanup();
    });

    it('counts the given name as common and the surname as not', async () => {
      const terms = parseQuery('Vladimir Khasykov').keyTerms.map((k) => ({
        alternatives: k.alternatives.filter((a) => a.tier <= 1),
      }));
      assert.deepEqual(await commonWords(t.handle.db, terms), [true, false]);
      const few = parseQuery('Khasykov').keyTerms;
      assert.deepEqual(await commonWords(t.handle.db, few), [false]);
    });

    it('still finds a surname one letter off next to the common given name, first', async () => {
      const res = await search(ctx, SearchInputSchema.parse({ q: 'Vladimir Khasykev', type: 'person' }));
      assert.equal(res.hits[0]?.slug, 'khasykov');
      const cyr = await search(ctx, SearchInputSchema.parse({ q: 'Владимир Хасыкв', type: 'person' }));
      assert.equal(cyr.hits[0]?.slug, 'khasykov');
    });

    it('finds the person from the surname alone when the given name is misspelt', async () => {
      const res = await search(ctx, SearchInputSchema.parse({ q: 'Vlaimir Khasykov', type: 'person' }));
      assert.equal(res.hits[0]?.slug, 'khasykov');
    });
  });
}
