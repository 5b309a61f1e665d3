// The leak matrix (SECURITY.md, property 1): every route × the public, a viewer and an editor × a restricted record and a
// restricted field on a public record. Markers are upper case on purpose: slugs are lower case, so a page that merely
// echoes the slug a caller asked for (what the caller already knows) is not mistaken for a leak.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { createAppeal } from '../../src/commands/appeals/create-appeal.ts';
import { transitionAppeal } from '../../src/commands/appeals/transition-appeal.ts';
import { ANONYMOUS } from '../../src/context.ts';
import { freezeBriefing } from '../../src/commands/briefings/freeze-briefing.ts';
import { readDocument } from '../../src/commands/intake/read-document.ts';
import { FileStore } from '../../src/files.ts';
import { buildApp } from '../../src/server.ts';
import { createLogger } from '../../src/logger.ts';
import { exportCsv } from '../../src/queries/export/export-csv.ts';
import { exportJson } from '../../src/commands/transfer/export-json.ts';
import { bearer, tokenFor } from '../support/app.ts';
import { DIALECTS, SYSTEM, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';

const PLURALS = '(persons|organisations|memberships|events|cases|sources|citations)';

/**
 * Routes this test does not request, each with the reason. Everything else in app.vigilRoutes is requested by every role,
 * so a route added later fails this test until it is either reachable here (a GET whose parameters can be filled) or listed.
 */
const NOT_EXERCISED: [RegExp, string][] = [
  // The JSON API's writes: refused to the public (401) and viewers (403) in test/api/records.test.ts; a writer gets back
  // only what it may read, and restricted values are checked in test/api/restricted.test.ts.
  [new RegExp(`^(POST|PATCH|DELETE) /api/v1/${PLURALS}(/:id)?$`), 'record writes'],
  // Uploading an original: answers with the source without its restricted fields (sources.routes.ts).
  [/^PUT \/api\/v1\/sources\/:id\/file$/, 'file upload'],
  // Posted edit forms: they redirect, or re-show the form to a writer (who may read restricted fields); test/pages/edit.test.ts.
  [new RegExp(`^POST /edit/${PLURALS}/(new|:id|:id/delete|:id/file)$`), 'edit form posts'],
  // Signing in and out and the signed-in user's own account: no record data (the accounts tests in test/pages/).
  [/^POST \/(login|login\/code|logout)$/, 'sign-in and sign-out'],
  [/^POST \/account\/(sessions\/revoke-all|tokens|tokens\/:id\/revoke|two-factor)$/, 'account settings'],
  [/^POST \/invite\/:token$/, 'accepting an invitation'],
  // Sign-on writes: signing answers the same fixed text whatever happened, the form redirects or re-shows what was typed,
  // management answers counts and switches only; signers' data across every GET route and role is test/security/signer-leak.test.ts.
  [
    /^(POST \/api\/v1\/appeals\/:id\/(signatures|switches|signatures\/invalidate)|(POST|DELETE) \/api\/v1\/signature-deny-rules(\/:ruleId)?|POST \/appeals\/:slug\/(sign|confirm\/:token))$/,
    'sign-on writes',
  ],
  // Merging persons and undoing a merge (editors; the answers are a merge's ids and reason): test/search/search-http.test.ts.
  [/^POST \/(api\/v1\/merges(\/:id\/undo)?|edit\/duplicates\/merge|edit\/merges\/:id\/undo)$/, 'person merges'],
  // Appeal edit forms: they redirect, or re-show the form to editors and coordinators; test/pages/appeals.test.ts.
  [
    /^POST \/edit\/appeals\/(new|:id|:id\/status|:id\/delete|:id\/co-signatories\/(invite|record|order|:cid\/withdraw))$/,
    'appeal edit form posts',
  ],
  // A co-signatory's answer through their single-use link: it shows only the letter they were sent; test/pages/appeals.test.ts.
  [/^POST \/co-sign\/:token$/, 'answering a co-sign invitation'],
  // Intake writes (reading a document, accepting proposals, starting an appeal from a letter): refused to the public and viewers, and what they answer goes
  // only to researchers and above; test/intake/intake-api.test.ts and intake-pages.test.ts.
  [/^POST \/(api\/v1\/intake(\/:id\/(accept|appeal))?|intake(\/:id(\/appeal)?)?)$/, 'intake writes'],
  // The appeals API's writes: refused to the public and viewers, and answering editors with what they may read;
  // roles, locked letters and the public annex are checked in test/api/appeals.test.ts.
  // Occasions, follows and briefings: writes answer the created event, follow, frozen briefing or draft appeal to writers;
  // test/occasions/occasions.test.ts checks roles and what the public may read.
  [
    /^(POST \/api\/v1\/(occasions\/anniversaries|follows|briefings|briefings\/frozen\/:id\/appeal)|DELETE \/api\/v1\/follows\/:id|POST \/briefings(\/frozen\/:id\/appeal)?|POST \/account\/follows(\/:id\/delete)?|POST \/calendar\/anniversaries)$/,
    'occasion writes',
  ],
  [
    /^((POST|PATCH|DELETE) \/api\/v1\/appeals(\/:id)?|POST \/api\/v1\/appeals\/:id\/(transitions|co-signatories|co-signatories\/confirmed|co-signatories\/:coSignatoryId\/withdraw)|PUT \/api\/v1\/appeals\/:id\/co-signatories\/order)$/,
    'appeal API writes',
  ],
];

type Role = 'public' | 'viewer' | 'editor';
interface Seen {
  url: string;
  role: Role;
  status: number;
  text: string;
}

/** An in-memory log destination: every line the app's real logger writes. */
function memoryLog(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
}

/** The text of a PDF answer (PDF.js), also with whitespace removed: a marker wrapped across lines is still found. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  await pdf.destroy();
  return `${text}\n${text.replace(/\s+/g, '')}`;
}

/** Everything an export writes, as text. */
async function captured(write: (out: Writable) => Promise<unknown>): Promise<string> {
  const parts: string[] = [];
  await write(memoryLog(parts));
  return parts.join('');
}

for (const dialect of DIALECTS) {
  describe(`leak matrix (${dialect})`, () => {
    const suffix = randomBytes(5).toString('hex').toUpperCase();
    const R = `MARKER-R-${suffix}`; // in the name of a restricted person
    const F = `MARKER-F-${suffix}`; // in restricted fields (of the public person, and of the restricted one)
    let t: TestDb;
    let app: FastifyInstance;
    const logLines: string[] = [];
    const tokens: Partial<Record<Role, string>> = {};
    const seen: Seen[] = [];
    const exercised = new Set<string>();
    let records: {
      hidden: { id: string; slug: string };
      open: { id: string; slug: string };
      cases: { id: string; slug: string }[];
      appeal: { id: string; slug: string };
      briefing: { id: string; slug: string };
      intake: { id: string; slug: string };
    };

    /** The values a route parameter takes: every record's id and slug, or a fixed value for the few other parameters. */
    function valuesOf(param: string, route: string): string[] {
      const all = [
        records.hidden,
        records.open,
        ...records.cases,
        ...(route.includes('/appeals') ? [records.appeal] : []),
        ...(route.includes('/briefings/frozen') ? [records.briefing] : []),
      ];
      if (param === 'country') return ['KZ'];
      if (route.includes('/intake/')) return [records.intake.id];
      if (param === 'id' || param === 'slug') return all.flatMap((r) => [r.id, r.slug]);
      if (param === 'locale') return ['en'];
      if (param === 'lang') return ['en', 'ru'];
      if (param === 'token') return ['no-such-invitation'];
      if (param === '*') return ['app.css'];
      throw new Error(
        `no value for :${param} in ${route}: add one to valuesOf, or list the route in NOT_EXERCISED with the reason`,
      );
    }

    /** The URLs a GET route is requested at: each parameter filled, and lists searched for the markers' common prefix. */
    function urlsOf(route: string): string[] {
      let urls = [route];
      for (const m of route.matchAll(/:(\w+)|\*/g)) {
        const param = m[1] ?? '*';
        urls = urls.flatMap((u) => valuesOf(param, route).map((v) => u.replace(m[0], encodeURIComponent(v))));
      }
      return route.includes(':') || route.includes('*') ? urls : [route, `${route}?q=MARKER`];
    }

    before(async () => {
      t = await testDb(dialect);
      const log = createLogger({ logLevel: 'trace' }, memoryLog(logLines));
      app = await buildApp({
        config: t.config,
        db: t.handle.db,
        files: new FileStore(t.config.filesDir),
        log,
        now: () => new Date(),
        keyring: t.keyring,
      });
      tokens.viewer = await tokenFor(t, 'viewer');
      tokens.editor = await tokenFor(t, 'editor');
      const post = async (url: string, payload: object) => {
        const res = await app.inject({ method: 'POST', url, headers: bearer(tokens.editor!), payload });
        assert.equal(res.statusCode, 201, res.body);
        return res.json().data as { id: string; slug: string };
      };
      const hidden = await post(
        '/api/v1/persons',
        buildPerson({
          names: [{ full: `${R} Witness` }],
          confidentiality: 'restricted',
          restricted: { contact: `${F} via a cousin` },
        }),
      );
      const open = await post(
        '/api/v1/persons',
        buildPerson({ names: [{ full: 'Open Person' }], restricted: { whereabouts: F } }),
      );
      const cases = [
        await post('/api/v1/cases', buildCase(hidden.id, { title: 'Case of a witness' })),
        await post('/api/v1/cases', buildCase(open.id, { title: 'Case of an open person' })),
      ];
      // A published appeal about both cases: its page, letter and feed entry must name the open person only.
      const sys = testCtx(t, SYSTEM);
      const appeal = await createAppeal(sys, {
        title: 'Appeal about both cases',
        confidentiality: 'public',
        addressees: [{ name: 'A head of state' }],
        caseIds: cases.map((c) => c.id),
        texts: [
          { lang: 'en', title: 'Open letter', body: 'Release them.' },
          { lang: 'ru', title: 'Открытое письмо', body: 'Освободите их.' },
        ],
      });
      await transitionAppeal(sys, appeal.id, 'collecting');
      await transitionAppeal(sys, appeal.id, 'published');
      // A frozen briefing of the cases' country: those who may read it see what its author saw, nobody else reads it at all.
      const briefing = await freezeBriefing(sys, { country: 'KZ', asOf: new Date().toISOString().slice(0, 10) });
      // A document read by intake that names the restricted person: only those who may use intake read it back.
      const intake = await readDocument(
        sys,
        { bytes: Buffer.from(`The activist ${R} Witness was arrested in Almaty.`) },
        { confidentiality: 'restricted' },
      );
      records = {
        hidden,
        open,
        cases,
        appeal,
        briefing: { id: briefing.id, slug: briefing.id },
        intake: { id: intake.intakeId, slug: intake.intakeId },
      };

      for (const route of app.vigilRoutes.filter(
        (r) => r.method === 'GET' && !NOT_EXERCISED.some(([re]) => re.test(`GET ${r.url}`)),
      )) {
        for (const url of urlsOf(route.url)) {
          for (const role of ['public', 'viewer', 'editor'] as const) {
            const res = await app.inject({
              method: 'GET',
              url,
              headers: role === 'public' ? {} : bearer(tokens[role]!),
            });
            // A PDF's text is compressed inside it: read it back as text, so a marker in a letter is seen.
            const body = String(res.headers['content-type']).startsWith('application/pdf')
              ? await pdfText(res.rawPayload)
              : res.body;
            seen.push({ url, role, status: res.statusCode, text: `${JSON.stringify(res.headers)}\n${body}` });
          }
        }
        exercised.add(`GET ${route.url}`);
      }
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('requests every route, or names it in the commented list of routes covered elsewhere', () => {
      const missing = app.vigilRoutes
        .map((r) => `${r.method} ${r.url}`)
        .filter((r) => !exercised.has(r) && !NOT_EXERCISED.some(([re]) => re.test(r)));
      assert.deepEqual(missing, [], 'routes neither requested here nor listed in NOT_EXERCISED');
      assert.ok(seen.length > 300, `only ${seen.length} requests`);
    });

    it('never shows the public or a viewer the restricted record or a restricted field, errors included', () => {
      for (const s of seen.filter((x) => x.role !== 'editor')) {
        assert.ok(!s.text.includes(R), `${s.role} ${s.url} (${s.status}) shows the restricted record`);
        assert.ok(!s.text.includes(F), `${s.role} ${s.url} (${s.status}) shows a restricted field`);
      }
      const notFound = seen.find((s) => s.role === 'public' && s.url === `/api/v1/persons/${records.hidden.id}`);
      assert.equal(notFound?.status, 404, 'a restricted record is reported as missing');
      assert.equal(seen.find((s) => s.role === 'viewer' && s.url === `/persons/${records.hidden.slug}`)?.status, 404);
    });

    it('shows an editor both markers where they belong, so the matrix is known to look in the right places', () => {
      const where = (marker: string) =>
        new Set(seen.filter((s) => s.role === 'editor' && s.text.includes(marker)).map((s) => s.url));
      const r = where(R);
      const f = where(F);
      for (const url of [
        `/api/v1/persons/${records.hidden.id}`,
        `/persons/${records.hidden.slug}`,
        `/edit/persons/${records.hidden.id}`,
        '/api/v1/persons?q=MARKER',
        '/persons?q=MARKER',
      ]) {
        assert.ok(r.has(url), `editor does not see the restricted record at ${url}`);
      }
      for (const url of [
        `/api/v1/persons/${records.open.id}`,
        `/persons/${records.open.slug}`,
        `/edit/persons/${records.open.id}`,
      ]) {
        assert.ok(f.has(url), `editor does not see the restricted field at ${url}`);
      }
      assert.ok(r.has(`/api/v1/intake/${records.intake.id}`), 'editor does not see the intake document');
      assert.ok(
        ![...f].some((u) => u.includes('?q=') || u === '/api/v1/persons'),
        'lists never carry restricted values',
      );
      assert.ok(
        seen.some((s) => s.url.endsWith('.pdf') && s.status === 200 && s.text.includes('Open Person')),
        'PDF letters are read as text',
      );
    });

    it('never matches a search against restricted values, for any reader', async () => {
      const res = await app.inject({ url: `/api/v1/persons?q=${F}`, headers: bearer(tokens.editor!) });
      assert.equal(res.json().data.length, 0);
    });

    it('exports with --public (as the public) hold neither marker; the full export holds both', async () => {
      const pub = testCtx(t, ANONYMOUS);
      for (const text of [
        await captured((out) => exportJson(pub, out)),
        await captured((out) => exportCsv(pub, 'persons', out)),
        await captured((out) => exportCsv(pub, 'cases', out)),
      ]) {
        assert.ok(!text.includes(R) && !text.includes(F), 'a public export leaks');
        assert.ok(text.length > 50);
      }
      const full = await captured((out) => exportJson(testCtx(t, SYSTEM), out));
      assert.ok(full.includes(R) && full.includes(F), 'the system export is complete');
      const csv = await captured((out) => exportCsv(testCtx(t, SYSTEM), 'persons', out));
      assert.ok(!csv.includes(F), 'CSV has no restricted columns');
    });

    it('writes neither marker to the logs, whoever asked', () => {
      assert.ok(logLines.length > seen.length, 'the real logger captured the requests');
      const text = logLines.join('');
      assert.ok(!text.includes(R), 'the logs name the restricted record');
      assert.ok(!text.includes(F), 'the logs hold a restricted field');
    });
  });
}
