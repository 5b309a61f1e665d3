// Nothing about unseen records reaches a reader: public records that point at restricted or internal ones (a case's
// subject, events and perpetrators, a membership's organisation, a citation's source, an event's relations and
// participants) carry none of their ids or slugs, in JSON or HTML, and filtering by such an id answers exactly like an
// unknown id. Checked as the public and as a viewer (who sees internal records but not restricted ones).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { PassThrough } from 'node:stream';
import { ANONYMOUS } from '../../src/context.ts';
import { exportCsv } from '../../src/queries/export/export-csv.ts';
import { exportJson } from '../../src/commands/transfer/export-json.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildOrganisation, buildPerson, buildSource } from '../support/factories.ts';

const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';

for (const dialect of DIALECTS) {
  describe(`references to unseen records (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let admin: string;
    let viewer: string;
    type Made = { id: string; slug: string };
    // Filled in before(); typed whole so the tests need no checks for missing keys.
    const hidden = {} as Record<'person' | 'organisation' | 'restrictedOrg' | 'event' | 'source', Made>;
    const shown = {} as Record<'person' | 'case' | 'otherCase' | 'membership' | 'citation' | 'event', Made>;
    const make = async (plural: string, body: unknown): Promise<Made> => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/${plural}`,
        headers: bearer(admin),
        payload: body as object,
      });
      assert.equal(res.statusCode, 201, `${plural}: ${res.body}`);
      const d = res.json().data as Made;
      return { id: d.id, slug: d.slug };
    };
    const get = (url: string, token?: string) =>
      app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      admin = await tokenFor(t, 'admin');
      viewer = await tokenFor(t, 'viewer');
      hidden.person = await make(
        'persons',
        buildPerson({
          slug: 'hidden-person-xq',
          confidentiality: 'restricted',
          names: [{ full: 'Hidden Witness', kind: 'primary' }],
        }),
      );
      hidden.organisation = await make(
        'organisations',
        buildOrganisation({
          slug: 'internal-org-xq',
          confidentiality: 'internal',
          names: [{ full: 'Internal Unit', kind: 'primary' }],
        }),
      );
      hidden.restrictedOrg = await make(
        'organisations',
        buildOrganisation({
          slug: 'restricted-org-xq',
          confidentiality: 'restricted',
          names: [{ full: 'Secret Unit', kind: 'primary' }],
        }),
      );
      hidden.event = await make(
        'events',
        buildEvent({ slug: 'hidden-event-xq', confidentiality: 'restricted', title: 'Closed hearing' }),
      );
      hidden.source = await make(
        'sources',
        buildSource({ slug: 'hidden-source-xq', confidentiality: 'restricted', title: 'Leaked memo' }),
      );
      shown.person = await make('persons', buildPerson({ slug: 'public-person-xq' }));
      shown.case = await make(
        'cases',
        buildCase(hidden.person.id, {
          slug: 'public-case-xq',
          eventIds: [hidden.event.id],
          acts: [
            { kind: 'torture', certainty: 'alleged', perpetratorId: hidden.organisation.id },
            { kind: 'arrest', certainty: 'confirmed', perpetratorId: hidden.restrictedOrg.id },
          ],
        }),
      );
      shown.otherCase = await make('cases', buildCase(shown.person.id, { slug: 'public-case-two-xq' }));
      shown.membership = await make('memberships', {
        personId: shown.person.id,
        organisationId: hidden.restrictedOrg.id,
        role: 'member',
      });
      shown.citation = await make('citations', {
        sourceId: hidden.source.id,
        record: { type: 'case', id: shown.otherCase.id },
      });
      shown.event = await make(
        'events',
        buildEvent({
          slug: 'public-event-xq',
          relations: [{ eventId: hidden.event.id, kind: 'consequence_of' }],
          participants: [{ personId: hidden.person.id, role: 'defendant' }],
        }),
      );
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    /** The unseen records for a reader: restricted ones for a viewer, restricted and internal ones for the public. */
    const unseenFor = (token?: string) =>
      Object.entries(hidden)
        .filter(([k]) => !(token === viewer && k === 'organisation'))
        .map(([, v]) => v);
    const assertClean = (body: string, what: string, token?: string) => {
      for (const h of unseenFor(token)) {
        assert.ok(!body.includes(h.id), `${what} carries the id of an unseen record (${h.slug})`);
        assert.ok(!body.includes(h.slug), `${what} carries the slug of an unseen record (${h.slug})`);
      }
    };

    it('leaves unseen references out of every list and detail answer of the JSON API', async () => {
      const urls = [
        '/api/v1/cases?limit=200',
        `/api/v1/cases/${shown.case.id}`,
        `/api/v1/cases/${shown.otherCase.slug}`,
        '/api/v1/memberships?limit=200',
        `/api/v1/memberships/${shown.membership.id}`,
        '/api/v1/citations?limit=200',
        `/api/v1/citations/${shown.citation.id}`,
        '/api/v1/events?limit=200',
        `/api/v1/events/${shown.event.id}`,
        '/api/v1/persons?limit=200',
        '/api/v1/organisations?limit=200',
        '/api/v1/sources?limit=200',
      ];
      for (const token of [undefined, viewer]) {
        for (const url of urls) {
          const res = await get(url, token);
          assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
          assertClean(res.body, `${token ? 'viewer' : 'public'} ${url}`, token);
        }
      }
      const c = (await get(`/api/v1/cases/${shown.case.id}`)).json().data;
      assert.equal(c.subject, null, 'the public does not learn who the case is about');
      assert.deepEqual(c.eventIds, []);
      assert.deepEqual(
        c.acts.map((a: { perpetratorId: string | null }) => a.perpetratorId),
        [null, null],
      );
      const asViewer = (await get(`/api/v1/cases/${shown.case.id}`, viewer)).json().data;
      assert.deepEqual(
        asViewer.acts.map((a: { perpetratorId: string | null }) => a.perpetratorId),
        [hidden.organisation.id, null],
        'a viewer sees the internal organisation',
      );
      const asAdmin = (await get(`/api/v1/cases/${shown.case.id}`, admin)).json().data;
      assert.deepEqual(
        asAdmin.subject,
        { type: 'person', id: hidden.person.id },
        'a cleared reader sees every reference',
      );
      assert.equal((await get(`/api/v1/memberships/${shown.membership.id}`)).json().data.organisationId, null);
      assert.equal((await get(`/api/v1/citations/${shown.citation.id}`)).json().data.sourceId, null);
      const e = (await get(`/api/v1/events/${shown.event.id}`)).json().data;
      assert.deepEqual([e.relations, e.participants], [[], []]);
    });

    it('leaves unseen references out of exports made as the public or a viewer', async () => {
      const capture = async (write: (out: PassThrough) => Promise<unknown>) => {
        const out = new PassThrough();
        const chunks: Buffer[] = [];
        out.on('data', (c: Buffer) => chunks.push(c));
        await write(out);
        out.end();
        return Buffer.concat(chunks).toString('utf8');
      };
      const viewerActor = { kind: 'user', id: 'viewer-for-export', role: 'viewer' } as const;
      for (const [actor, token] of [
        [ANONYMOUS, undefined],
        [viewerActor, viewer],
      ] as const) {
        const ctx = testCtx(t, actor);
        const json = await capture((out) => exportJson(ctx, out));
        assert.ok(
          json.includes(shown.case.id) && json.includes(shown.membership.id),
          'the public records are exported',
        );
        assertClean(json, `JSON export as ${actor.kind === 'user' ? 'viewer' : 'public'}`, token);
        for (const type of ['cases', 'persons'] as const)
          assertClean(await capture((out) => exportCsv(ctx, type, out)), `CSV ${type} export`, token);
      }
      const full = await capture((out) => exportJson(testCtx(t), out));
      assert.ok(full.includes(hidden.person.id), 'the full export keeps every reference');
    });

    it('answers a filter by an unseen id exactly like a filter by an unknown id', async () => {
      const filters: [string, string][] = [
        ['/api/v1/cases?subjectId=', hidden.person.id],
        ['/api/v1/cases?eventId=', hidden.event.id],
        ['/api/v1/memberships?organisationId=', hidden.restrictedOrg.id],
        ['/api/v1/citations?sourceId=', hidden.source.id],
        ['/api/v1/citations?recordId=', hidden.person.id],
        ['/api/v1/appeals?caseId=', UNKNOWN],
      ];
      for (const token of [undefined, viewer]) {
        for (const [prefix, id] of filters) {
          const unseen = await get(`${prefix}${id}`, token);
          const unknown = await get(`${prefix}${UNKNOWN}`, token);
          assert.equal(unseen.statusCode, unknown.statusCode, prefix);
          assert.equal(unseen.body, unknown.body, `${prefix}<unseen> answers like an unknown id`);
          assert.deepEqual(unseen.json().data, []);
        }
      }
      const cleared = await get(`/api/v1/cases?subjectId=${hidden.person.id}`, admin);
      assert.equal(cleared.json().data.length, 1, 'a reader who may see the subject finds the case');
      const viewerSeesInternal = await get(`/api/v1/cases?limit=200`, viewer);
      assert.ok(viewerSeesInternal.body.includes(hidden.organisation.id));
    });

    it('leaves unseen references out of the public HTML pages', async () => {
      for (const url of [
        `/cases/${shown.case.slug}`,
        `/cases/${shown.otherCase.slug}`,
        `/events/${shown.event.slug}`,
        `/persons/${shown.person.slug}`,
        '/cases',
        '/events',
        '/persons',
        '/organisations',
        '/sources',
      ]) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        assertClean(res.body, `public ${url}`);
        assert.ok(
          !res.body.includes('Hidden Witness') &&
            !res.body.includes('Secret Unit') &&
            !res.body.includes('Leaked memo'),
          `${url} names an unseen record`,
        );
      }
    });

    it('leaves an appeal\u2019s restricted occasion and the cases it may not see out of its public answers', async () => {
      const body = {
        title: 'Letter before the visit',
        addressees: [{ name: 'The President' }],
        occasionEventId: hidden.event.id,
        letterDate: '2014-12-03',
        texts: [{ lang: 'en', title: 'Open letter', body: 'Dear President,' }],
        caseIds: [shown.case.id],
        confidentiality: 'public',
      };
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/appeals',
        headers: bearer(admin),
        payload: body,
      });
      assert.equal(created.statusCode, 201, created.body);
      const a = created.json().data as Made;
      for (const to of ['collecting', 'published']) {
        const moved = await app.inject({
          method: 'POST',
          url: `/api/v1/appeals/${a.id}/transitions`,
          headers: bearer(admin),
          payload: { to },
        });
        assert.equal(moved.statusCode, 200, moved.body);
      }
      for (const token of [undefined, viewer]) {
        for (const url of ['/api/v1/appeals?limit=200', `/api/v1/appeals/${a.id}`, `/api/v1/appeals/${a.slug}`]) {
          const res = await get(url, token);
          assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
          assertClean(res.body, `${token ? 'viewer' : 'public'} ${url}`, token);
        }
        assert.equal((await get(`/api/v1/appeals/${a.id}`, token)).json().data.occasionEventId, null);
      }
      assert.equal(
        (await get(`/api/v1/appeals/${a.id}`, admin)).json().data.occasionEventId,
        hidden.event.id,
        'a cleared reader sees the occasion',
      );
      const html = await get(`/appeals/${a.slug}`);
      assert.equal(html.statusCode, 200);
      assertClean(html.body, 'public appeal page');
      assert.ok(!html.body.includes('Closed hearing'), 'the occasion\u2019s title is not shown either');
    });
  });
}
