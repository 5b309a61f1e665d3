// Duplicate candidates over a fixture with known pairs (the same person in other scripts and orders) and known
// non-pairs (namesakes with different birth years, feminine forms, other first names): proposed, never merged.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Ctx } from '../../src/context.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, eventDef, personDef } from '../../src/records/registry.ts';
import { findDuplicates } from '../../src/queries/duplicates/find-duplicates.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent } from '../support/factories.ts';

const PERSONS: [string, string[], string?][] = [
  ['ablyazov', ['Мухтар Аблязов', 'Mukhtar Ablyazov'], '1963'],
  ['abliazov', ['Mukhtar Abliazov']],
  ['ablyazov-list', ['ABLYAZOV Mukhtar Kabulovich']],
  ['ablyazov-initial', ['Ablyazov M.']],
  ['abdrakhmanov-kk', ['Абдрахманов Сауытбек Абдрахманұлы'], '1958'],
  ['abdrakhmanov-pass', ['ABDRAKHMANOV Sauytbek'], '1958'],
  ['zhumabaev-kk', ['Жұмабаев Арман Қайратұлы']],
  ['zhumabaev-ru', ['Жумабаев Арман Кайратович']],
  // Known non-pairs.
  ['kozlov-1960', ['Владимир Козлов'], '1960'],
  ['kozlov-1985', ['Vladimir Kozlov'], '1985'],
  ['ivanova', ['Анна Иванова']],
  ['ivanov', ['Anna Ivanov']],
  ['kozlov-vadim', ['Vadim Kozlov'], '1960'],
  ['zhumabaev-other-father', ['Жумабаев Арман Серикович']],
];

const key = (a: string, b: string) => [a, b].sort().join(' ~ ');

for (const dialect of DIALECTS) {
  describe(`duplicate candidates (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    const ids: Record<string, string> = {};
    const slugOf = new Map<string, string>();
    let pairs: Set<string>;

    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      for (const [slug, names, year] of PERSONS) {
        const p = await createRecord(ctx, personDef, {
          slug,
          names: names.map((full) => ({ full })),
          ...(year ? { birthDate: year } : {}),
        });
        ids[slug] = p.id;
        slugOf.set(p.id, slug);
      }
      const found = await findDuplicates(ctx);
      pairs = new Set(found.map((p) => key(slugOf.get(p.a.id)!, slugOf.get(p.b.id)!)));
    });
    after(async () => t?.cleanup());

    it('proposes the same person written in other scripts, orders and with initials', () => {
      for (const [a, b] of [
        ['ablyazov', 'abliazov'],
        ['ablyazov', 'ablyazov-list'],
        ['abliazov', 'ablyazov-list'],
        ['ablyazov', 'ablyazov-initial'],
        ['abdrakhmanov-kk', 'abdrakhmanov-pass'],
        ['zhumabaev-kk', 'zhumabaev-ru'],
      ] as const)
        assert.ok(pairs.has(key(a, b)), `${a} ~ ${b} should be proposed; got ${[...pairs].join(', ')}`);
    });

    it('does not propose namesakes born in different years, feminine forms, other first names or other fathers', () => {
      for (const [a, b] of [
        ['kozlov-1960', 'kozlov-1985'],
        ['ivanova', 'ivanov'],
        ['kozlov-1960', 'kozlov-vadim'],
        ['zhumabaev-kk', 'zhumabaev-other-father'],
        ['zhumabaev-ru', 'zhumabaev-other-father'],
      ] as const)
        assert.ok(!pairs.has(key(a, b)), `${a} ~ ${b} must not be proposed`);
    });

    it('explains each pair, and counts a shared case event as support', async () => {
      const [p] = await findDuplicates(ctx, { personId: ids['abdrakhmanov-pass'] });
      assert.ok(p);
      assert.ok(p.reasons.includes('same birth year (1958)'), p.reasons.join('; '));
      const ev = await createRecord(ctx, eventDef, buildEvent());
      await createRecord(ctx, caseDef, buildCase(ids.ablyazov!, { eventIds: [ev.id] }));
      await createRecord(ctx, caseDef, buildCase(ids.abliazov!, { eventIds: [ev.id] }));
      const again = (await findDuplicates(ctx, { personId: ids.abliazov })).find((x) =>
        [x.a.id, x.b.id].includes(ids.ablyazov!),
      );
      assert.ok(
        again?.reasons.some((r) => r.startsWith('shared case event')),
        again?.reasons.join('; '),
      );
    });

    it('only lists persons the reader may see, and only for those who may edit', async () => {
      await assert.rejects(findDuplicates({ ...ctx, actor: { kind: 'anonymous' } }), { code: 'unauthorized' });
      await assert.rejects(
        findDuplicates({ ...ctx, actor: { kind: 'user', id: '01JAAAAAAAAAAAAAAAAAAAAAAA', role: 'viewer' } }),
        { code: 'forbidden' },
      );
    });
  });
}
