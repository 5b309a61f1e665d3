import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`case status history (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let admin: string;
    let clock = new Date('2026-03-01T10:00:00Z');
    const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: unknown) =>
      app.inject({
        method,
        url,
        headers: bearer(admin),
        ...(payload === undefined ? {} : { payload: payload as object }),
      });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t, () => clock);
      admin = await tokenFor(t, 'admin');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('records the first status on create and each change with its date, past dates included, newest last', async () => {
      const p = (await send('POST', '/api/v1/persons', buildPerson())).json().data;
      const created = await send(
        'POST',
        '/api/v1/cases',
        buildCase(p.id, { status: 'detained_pre_trial', statusSince: '2012-10' }),
      );
      assert.equal(created.statusCode, 201, created.body);
      const c = created.json().data;
      assert.deepEqual(c.statusHistory, [{ status: 'detained_pre_trial', since: '2012-10' }]);

      const sentenced = await send('PATCH', `/api/v1/cases/${c.id}`, {
        status: 'serving_sentence',
        statusSince: '2013-06-14',
      });
      assert.equal(sentenced.statusCode, 200, sentenced.body);
      clock = new Date('2026-04-02T08:00:00Z');
      const released = await send('PATCH', `/api/v1/cases/${c.id}`, { status: 'released' });
      assert.deepEqual(released.json().data.statusHistory, [
        { status: 'detained_pre_trial', since: '2012-10' },
        { status: 'serving_sentence', since: '2013-06-14' },
        { status: 'released', since: '2026-04-02' },
      ]);
      // An edit that leaves the status alone adds nothing; a date with the same status corrects when it began.
      await send('PATCH', `/api/v1/cases/${c.id}`, { summary: 'Freed after a campaign.' });
      const corrected = (
        await send('PATCH', `/api/v1/cases/${c.id}`, { status: 'released', statusSince: '2026-03-30' })
      ).json().data;
      assert.equal(corrected.statusHistory.length, 3);
      assert.deepEqual(corrected.statusHistory[2], { status: 'released', since: '2026-03-30' });

      const read = (await send('GET', `/api/v1/cases/${c.id}`)).json().data;
      assert.deepEqual(read.statusHistory, corrected.statusHistory);
      const rows = await t.handle.db
        .selectFrom('case_status_history')
        .select(['status', 'since'])
        .where('case_id', '=', c.id)
        .orderBy('position')
        .execute();
      assert.deepEqual(rows, corrected.statusHistory);
      const audits = await t.handle.db.selectFrom('audit_log').select('action').where('record_id', '=', c.id).execute();
      assert.equal(
        audits.filter((a) => a.action === 'case.update').length,
        4,
        'each write that changed the case is audited',
      );
    });

    it('refuses a status dated before the one it follows, naming the field and writing nothing', async () => {
      const p = (await send('POST', '/api/v1/persons', buildPerson())).json().data;
      const c = (
        await send(
          'POST',
          '/api/v1/cases',
          buildCase(p.id, { status: 'detained_pre_trial', statusSince: '2020-05-01' }),
        )
      ).json().data;
      const bad = await send('PATCH', `/api/v1/cases/${c.id}`, { status: 'released', statusSince: '2019-01' });
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('statusSince'), bad.body);
      assert.deepEqual((await send('GET', `/api/v1/cases/${c.id}`)).json().data.statusHistory, [
        { status: 'detained_pre_trial', since: '2020-05-01' },
      ]);
    });

    it("keeps a restricted case's history inside its sealed content, never in clear rows", async () => {
      const p = (await send('POST', '/api/v1/persons', buildPerson())).json().data;
      const c = (
        await send(
          'POST',
          '/api/v1/cases',
          buildCase(p.id, { confidentiality: 'restricted', status: 'detained_pre_trial', statusSince: '2021-02' }),
        )
      ).json().data;
      const moved = (
        await send('PATCH', `/api/v1/cases/${c.id}`, { status: 'in_exile', statusSince: '2022-07' })
      ).json().data;
      assert.deepEqual(moved.statusHistory, [
        { status: 'detained_pre_trial', since: '2021-02' },
        { status: 'in_exile', since: '2022-07' },
      ]);
      const rows = await t.handle.db
        .selectFrom('case_status_history')
        .selectAll()
        .where('case_id', '=', c.id)
        .execute();
      assert.equal(rows.length, 0);
      const row = await t.handle.db
        .selectFrom('cases')
        .select(['status', 'restricted_data'])
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, '');
      assert.ok(row.restricted_data && !row.restricted_data.includes('in_exile'));

      // Sealing a clear case later moves its history into the blob too.
      const open = (
        await send('POST', '/api/v1/cases', buildCase(p.id, { status: 'serving_sentence', statusSince: '2019' }))
      ).json().data;
      assert.equal(
        (await t.handle.db.selectFrom('case_status_history').selectAll().where('case_id', '=', open.id).execute())
          .length,
        1,
      );
      const sealed = (await send('PATCH', `/api/v1/cases/${open.id}`, { confidentiality: 'restricted' })).json().data;
      assert.deepEqual(sealed.statusHistory, [{ status: 'serving_sentence', since: '2019' }]);
      assert.equal(
        (await t.handle.db.selectFrom('case_status_history').selectAll().where('case_id', '=', open.id).execute())
          .length,
        0,
      );
    });
  });
}
