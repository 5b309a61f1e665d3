// A group that signs a letter as such ('On behalf of the group …') is accepted through the API as an organisation and
// becomes a confirmed co-signatory of the appeal started from the letter; left unaccepted, it does not.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';

const LETTER = [
  'To the President of the Republic of Kazakhstan, Mr. Tomas Arvid',
  '',
  'Dear Mr. President,',
  '',
  'We write on behalf of the Network for Fair Trials about the journalist Marta Kovalenko, who was arrested in Almaty on 3 March 2025.',
  '',
  'Sincerely,',
  'On behalf of the group «Open Windows»',
  'Pavel Sorin, Coordinator, Network for Fair Trials',
].join('\n');

interface Sig {
  kind?: string;
  name: string;
  organisationRef?: string | null;
}

for (const dialect of DIALECTS) {
  describe(`intake: a group signing a letter (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let admin = '';
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      admin = await tokenFor(t, 'admin');
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    const readLetter = async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/intake',
        headers: bearer(admin),
        payload: { text: LETTER, documentDate: '2025-03' },
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().data as { id: string; signatories: Sig[]; organisations: { ref: string; name: string }[] };
    };
    const coSignatoriesOf = async (intakeId: string) => {
      const started = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${intakeId}/appeal`,
        headers: bearer(admin),
      });
      assert.equal(started.statusCode, 201, started.body);
      const list = await app.inject({
        method: 'GET',
        url: `/api/v1/appeals/${started.json().data.appealId}/co-signatories`,
        headers: bearer(admin),
      });
      assert.equal(list.statusCode, 200, list.body);
      return list.json().data as { kind: string; name: string; organisationId: string | null; status: string }[];
    };

    it('makes the accepted group a confirmed co-signatory, linked to its organisation', async () => {
      const d = await readLetter();
      const groups = d.signatories.filter((s) => s.kind === 'organisation').map((s) => s.name);
      assert.deepEqual(groups, ['Network for Fair Trials', 'Open Windows']);
      const accept = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(admin),
        payload: { all: true },
      });
      assert.equal(accept.statusCode, 200, accept.body);
      const outcome = accept.json().data.outcome as { ref: string; type: string; id: string }[];
      const orgId = (name: string) =>
        outcome.find((o) => o.type === 'organisation' && o.ref === d.organisations.find((x) => x.name === name)!.ref)!
          .id;
      const cos = await coSignatoriesOf(d.id);
      const org = cos.filter((c) => c.kind === 'organisation');
      assert.deepEqual(
        org.map((c) => [c.name, c.organisationId, c.status]),
        [
          ['Network for Fair Trials', orgId('Network for Fair Trials'), 'confirmed'],
          ['Open Windows', orgId('Open Windows'), 'confirmed'],
        ],
      );
      assert.ok(
        cos.some((c) => c.kind === 'person' && c.name === 'Pavel Sorin'),
        `${JSON.stringify(cos)}: the person signing stays a co-signatory too`,
      );
      // The organisation is cited at the signature line.
      const cites = await app.inject({
        method: 'GET',
        url: `/api/v1/citations?recordId=${orgId('Open Windows')}`,
        headers: bearer(admin),
      });
      assert.ok(
        (cites.json().data as { quote: string }[]).some((c) => c.quote === 'On behalf of the group «Open Windows»'),
        cites.body,
      );
    });

    it('leaves a group whose signature was not accepted off the appeal, and asks for its organisation first', async () => {
      const d = await readLetter();
      const n = d.signatories.findIndex((s) => s.name === 'Open Windows') + 1;
      const orgRef = d.signatories[n - 1]!.organisationRef!;
      const withoutOrg = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(admin),
        payload: { signatories: { [`signatory-${n}`]: { accept: true } }, organisations: {} },
      });
      assert.equal(withoutOrg.statusCode, 400, withoutOrg.body);
      assert.match(withoutOrg.json().error.message, /accept Open Windows as an organisation first/);
      const orgs = { [orgRef]: { accept: true, name: 'Open Windows', kind: 'ngo' } };
      const accept = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(admin),
        payload: { organisations: orgs, signatories: {} },
      });
      assert.equal(accept.statusCode, 200, accept.body);
      const cos = await coSignatoriesOf(d.id);
      assert.ok(!cos.some((c) => c.kind === 'organisation'), JSON.stringify(cos));
    });
  });
}
