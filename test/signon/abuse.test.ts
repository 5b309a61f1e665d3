// Abuse controls without CAPTCHA: rate limits per address and per appeal, deny rules for IP ranges and email domains
// (same answer, silently invalidated), pause switches, bulk invalidation counted first, and who may use them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, signonApp, workerCtx } from './helpers.ts';

for (const dialect of DIALECTS) {
  describe(`sign-on abuse controls (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let limited: FastifyInstance;
    let clock = Date.now();
    const now = () => new Date(clock);
    const tokens: Record<string, string> = {};
    before(async () => {
      t = await testDb(dialect);
      app = await signonApp(t, now);
      limited = await signonApp(t, now, { ipLimit: 3, ipWindowMs: 60_000, appealLimit: 5, appealWindowMs: 60_000 });
      for (const role of ['coordinator', 'admin', 'editor', 'viewer'] as const) tokens[role] = await tokenFor(t, role);
    });
    after(async () => {
      await app.close();
      await limited.close();
      await t.cleanup();
    });

    const sign = (a: FastifyInstance, slug: string, email: string, opts: { ip?: string; name?: string } = {}) =>
      a.inject({
        method: 'POST',
        url: `/api/v1/appeals/${slug}/signatures`,
        remoteAddress: opts.ip ?? '198.51.100.1',
        payload: { name: opts.name ?? 'Signer', country: 'FR', email },
      });
    const statuses = async (appealId: string) =>
      await t.handle.db
        .selectFrom('signatures')
        .select(['name', 'status'])
        .where('appeal_id', '=', appealId)
        .orderBy('id')
        .execute();
    const confirmAll = async () => {
      const before = outbox(t).length;
      await drainJobs(workerCtx(t, now));
      for (const m of outbox(t).slice(before)) {
        if (!/confirm\//.test(m.text)) continue;
        await app.inject({
          method: 'POST',
          url: confirmPathIn(m.text),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: '',
        });
      }
    };
    const publicCount = async (id: string) =>
      Number(
        (
          await t.handle.db
            .selectFrom('appeals')
            .select('signature_count')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).signature_count,
      );

    it('limits signings per address and per appeal, in memory, and lets them through again after the window', async () => {
      const a = await insertAppeal(t);
      const b = await insertAppeal(t);
      const codes = [];
      for (let k = 0; k < 4; k++)
        codes.push((await sign(limited, a.slug, `ip${k}@example.org`, { ip: '192.0.2.7' })).statusCode);
      assert.deepEqual(codes, [202, 202, 202, 429]);
      assert.equal(
        (await sign(limited, a.slug, 'other@example.org', { ip: '192.0.2.8' })).statusCode,
        202,
        'another address is not limited',
      );
      const form = await limited.inject({
        method: 'POST',
        url: `/appeals/${a.slug}/sign`,
        remoteAddress: '192.0.2.7',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'name=x',
      });
      assert.equal(form.statusCode, 429, 'the form shares the limit');
      const limitedAnswer = await sign(limited, a.slug, 'x@example.org', { ip: '192.0.2.7' });
      assert.equal(limitedAnswer.json().error.code, 'rate_limited');
      // Per appeal: 5 a minute whatever the addresses (four accepted above).
      const perAppeal = [];
      for (let k = 0; k < 3; k++)
        perAppeal.push((await sign(limited, a.slug, `ap${k}@example.org`, { ip: `192.0.2.${20 + k}` })).statusCode);
      assert.deepEqual(perAppeal, [202, 429, 429]);
      assert.equal(
        (await sign(limited, b.slug, 'b@example.org', { ip: '192.0.2.40' })).statusCode,
        202,
        'another appeal is not limited',
      );
      clock += 61_000;
      assert.equal((await sign(limited, a.slug, 'later@example.org', { ip: '192.0.2.7' })).statusCode, 202);
    });

    it('stores signings from a denied range or domain as invalidated, with the same answer; they never count', async () => {
      const a = await insertAppeal(t);
      for (const [kind, value] of [
        ['ip_range', '203.0.113.0/24'],
        ['email_domain', 'throwaway.example'],
      ]) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/signature-deny-rules',
          headers: bearer(tokens.coordinator!),
          payload: { kind, value, note: 'flood' },
        });
        assert.equal(res.statusCode, 201, res.body);
      }
      const ok = await sign(app, a.slug, 'good@example.org', { name: 'Good' });
      const byIp = await sign(app, a.slug, 'fromrange@example.org', { ip: '203.0.113.50', name: 'Range' });
      const byDomain = await sign(app, a.slug, 'x@mx.throwaway.example', { name: 'Domain' });
      assert.equal(byIp.body, ok.body);
      assert.equal(byDomain.body, ok.body);
      assert.equal(byIp.statusCode, 202);
      await confirmAll();
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      const rows = await statuses(a.id);
      assert.deepEqual(rows.map((r) => [r.name, r.status]).sort(), [
        ['Domain', 'invalidated'],
        ['Good', 'confirmed'],
        ['Range', 'invalidated'],
      ]);
      assert.equal(await publicCount(a.id), 1);
      const list = await app.inject({ url: '/api/v1/signature-deny-rules', headers: bearer(tokens.admin!) });
      assert.equal(list.json().data.length, 2);
      const dup = await app.inject({
        method: 'POST',
        url: '/api/v1/signature-deny-rules',
        headers: bearer(tokens.admin!),
        payload: { kind: 'email_domain', value: 'Throwaway.Example' },
      });
      assert.equal(dup.statusCode, 409);
      for (const rule of list.json().data as { id: string }[]) {
        assert.equal(
          (
            await app.inject({
              method: 'DELETE',
              url: `/api/v1/signature-deny-rules/${rule.id}`,
              headers: bearer(tokens.admin!),
            })
          ).statusCode,
          204,
        );
      }
    });

    it('pauses signing and counting (coordinators and admins only)', async () => {
      const a = await insertAppeal(t);
      const url = `/api/v1/appeals/${a.id}/switches`;
      assert.equal((await app.inject({ method: 'POST', url, payload: { signingPaused: true } })).statusCode, 401);
      for (const role of ['viewer', 'editor'])
        assert.equal(
          (await app.inject({ method: 'POST', url, headers: bearer(tokens[role]!), payload: { signingPaused: true } }))
            .statusCode,
          403,
          role,
        );
      await sign(app, a.slug, 'before-pause@example.org');
      await confirmAll();
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      assert.equal(await publicCount(a.id), 1);

      const paused = await app.inject({
        method: 'POST',
        url,
        headers: bearer(tokens.coordinator!),
        payload: { countingPaused: true },
      });
      assert.deepEqual(paused.json().data, { signingPaused: false, countingPaused: true });
      await sign(app, a.slug, 'during-count-pause@example.org');
      await confirmAll();
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      assert.equal(await publicCount(a.id), 1, 'the count is frozen');

      await app.inject({
        method: 'POST',
        url,
        headers: bearer(tokens.admin!),
        payload: { signingPaused: true, countingPaused: false },
      });
      assert.equal((await sign(app, a.slug, 'while-paused@example.org')).statusCode, 409);
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      assert.equal(await publicCount(a.id), 2, 'counting resumed catches up');
      assert.equal(
        (await app.inject({ method: 'POST', url, headers: bearer(tokens.admin!), payload: {} })).statusCode,
        400,
      );
    });

    it('counts a bulk invalidation first, then invalidates exactly what it counted', async () => {
      const a = await insertAppeal(t);
      for (let k = 0; k < 6; k++)
        await sign(app, a.slug, `bot${k}@bots.example`, { ip: '192.0.2.99', name: `Bot ${k}` });
      for (let k = 0; k < 3; k++)
        await sign(app, a.slug, `person${k}@example.org`, { ip: `198.51.${k}.1`, name: `Résident ${k}` });
      await confirmAll();
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      assert.equal(await publicCount(a.id), 9);
      const url = `/api/v1/appeals/${a.slug}/signatures/invalidate`;
      const h = bearer(tokens.coordinator!);
      assert.equal(
        (
          await app.inject({
            method: 'POST',
            url,
            headers: bearer(tokens.editor!),
            payload: { domain: 'bots.example' },
          })
        ).statusCode,
        403,
      );
      assert.equal(
        (await app.inject({ method: 'POST', url, headers: h, payload: {} })).statusCode,
        400,
        'a criterion is required',
      );
      const dry = await app.inject({ method: 'POST', url, headers: h, payload: { domain: 'bots.example' } });
      assert.deepEqual(dry.json().data, { appealId: a.id, dryRun: true, matched: 6, invalidated: 0 });
      assert.equal(
        (await statuses(a.id)).filter((r) => r.status === 'invalidated').length,
        0,
        'a dry run changes nothing',
      );
      assert.equal(
        (await app.inject({ method: 'POST', url, headers: h, payload: { network: '192.0.2.1' } })).json().data.matched,
        6,
        'by the /24 network',
      );
      assert.equal(
        (await app.inject({ method: 'POST', url, headers: h, payload: { namePattern: 'resident*' } })).json().data
          .matched,
        3,
        'by name, accents ignored',
      );
      const summary = await app.inject({ url: `/api/v1/appeals/${a.id}/signatures/summary`, headers: h });
      assert.equal(summary.json().data.topDomains[0].value, 'bots.example');
      const hint = summary.json().data.topNetworks[0].value as string;
      assert.equal(
        (await app.inject({ method: 'POST', url, headers: h, payload: { networkHint: hint } })).json().data.matched,
        6,
      );
      const run = await app.inject({
        method: 'POST',
        url,
        headers: h,
        payload: { domain: 'bots.example', dryRun: false, reason: 'flood' },
      });
      assert.deepEqual(run.json().data, { appealId: a.id, dryRun: false, matched: 6, invalidated: 6 });
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      assert.equal(await publicCount(a.id), 3);
      assert.equal(
        (await app.inject({ method: 'POST', url, headers: h, payload: { domain: 'bots.example' } })).json().data
          .matched,
        0,
        'nothing left to invalidate',
      );
    });
  });
}
