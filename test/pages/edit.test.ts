// The edit screens through HTTP, as a browser without JavaScript uses them: sign-in, CSRF, forms, errors, escaping, roles.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
  type RecordDef,
} from '../../src/records/registry.ts';
import type { RecordBase } from '../../src/domain/common.ts';
import { listRecords } from '../../src/queries/records/list-records.ts';
import type { Case } from '../../src/domain/case.ts';
import { getRecord } from '../../src/queries/records/get-record.ts';
import { addUser } from '../../src/commands/users/add-user.ts';
import { testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson, buildSource } from '../support/factories.ts';
import { signedIn } from '../support/session.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Decodes the entities preact writes. */
function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The attributes of one tag (boolean attributes as ""). */
function attrs(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, unescape(m[2] ?? '')]));
}

/** What a browser would submit from the form with this action: inputs, ticked boxes, selected options and text areas. */
function formFields(html: string, action: string): [string, string][] {
  const form = [...html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)].find(
    (m) => attrs(m[1]!).get('action') === action,
  );
  assert.ok(form, `no form with action ${action}`);
  const body = form[2]!;
  const out: [string, string][] = [];
  for (const m of body.matchAll(/<input([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    if (!a.has('name')) continue;
    if (a.get('type') === 'checkbox' && !a.has('checked')) continue;
    out.push([a.get('name')!, a.get('value') ?? '']);
  }
  for (const m of body.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g))
    out.push([attrs(m[1]!).get('name')!, unescape(m[2]!)]);
  for (const m of body.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const options = [...m[2]!.matchAll(/<option([^>]*)>/g)].map((o) => attrs(o[1]!));
    const chosen = options.find((o) => o.has('selected')) ?? options[0];
    out.push([attrs(m[1]!).get('name')!, chosen?.get('value') ?? '']);
  }
  return out;
}

const encode = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? assert.fail('no _csrf field');
const setCookies = (res: LightMyRequestResponse) => [res.headers['set-cookie'] ?? []].flat();

for (const dialect of DIALECTS) {
  describe(`edit pages (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let viewer: string;
    const count = async (table: 'persons' | 'cases' | 'citations' | 'audit_log') =>
      Number(
        (
          await t.handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const get = (url: string, token = editor) => app.inject({ method: 'GET', url, cookies: { vigil_session: token } });
    const post = (url: string, fields: [string, string][], token = editor, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url,
        cookies: { vigil_session: token },
        headers: { ...FORM, ...headers },
        payload: encode(fields),
      });
    /** The CSRF token of a signed-in session, read from a form as a browser would have it. */
    const csrf = async (token = editor) => csrfIn((await get('/edit', token)).body);

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      editor = await signedIn(t, 'editor');
      viewer = await signedIn(t, 'viewer');
      await loadDemo(testCtx(t));
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('signs in with a password: HttpOnly, SameSite=Strict session cookie, then the dashboard', async () => {
      await addUser(testCtx(t), { email: 'reader@example.org', role: 'viewer' }, false, 'a long enough pass phrase');
      assert.equal((await app.inject('/login')).statusCode, 200);
      const res = await app.inject({
        method: 'POST',
        url: '/login',
        headers: FORM,
        payload: encode([
          ['email', 'Reader@example.org'],
          ['password', 'a long enough pass phrase'],
        ]),
      });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/edit');
      const cookie = setCookies(res).find((c) => c.startsWith('vigil_session='));
      assert.ok(cookie, 'session cookie set');
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Strict/i);
      assert.match(cookie, /Path=\//);
      assert.doesNotMatch(cookie, /Secure/i, 'not Secure over plain http');
      const value = decodeURIComponent(/^vigil_session=([^;]*)/.exec(cookie)![1]!);
      const dash = await get('/edit', value);
      assert.equal(dash.statusCode, 200);
      assert.match(dash.body, /action="\/logout"/);
      assert.match(dash.body, /href="\/account"/);
    });

    it('refuses a wrong password with the form again, and treats a stale cookie as the public (the API ignores cookies)', async () => {
      const wrong = await app.inject({
        method: 'POST',
        url: '/login',
        headers: FORM,
        payload: encode([
          ['email', 'reader@example.org'],
          ['password', 'not the pass phrase'],
        ]),
      });
      assert.equal(wrong.statusCode, 401);
      assert.match(wrong.body, /class="error-text"/);
      assert.ok(!setCookies(wrong).some((c) => c.startsWith('vigil_session=')));
      assert.equal((await app.inject('/edit')).headers.location, '/login');
      const stale = await get('/edit', 'x'.repeat(43));
      assert.equal(stale.statusCode, 303);
      assert.ok(
        setCookies(stale).some((c) => /^vigil_session=;/.test(c)),
        'stale cookie cleared',
      );
      const token = await tokenFor(t, 'editor');
      assert.equal((await get('/edit', token)).statusCode, 303, 'an API token is not a session');
      const api = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        cookies: { vigil_session: editor },
        payload: buildPerson(),
      });
      assert.equal(api.statusCode, 401);
      const out = await post('/logout', [['_csrf', await csrf()]]);
      assert.equal(out.statusCode, 303);
      assert.ok(setCookies(out).some((c) => /^vigil_session=;/.test(c)));
      assert.equal((await get('/edit')).statusCode, 303, 'the session ended on the server too');
      editor = await signedIn(t, 'editor');
    });

    it('refuses a cookie-signed form without the right _csrf, or from another origin, writing nothing (403)', async () => {
      const before = await count('persons');
      const fields: [string, string][] = [
        ['names[0][full]', 'Forged Person'],
        ['_action', 'save'],
      ];
      assert.equal((await post('/edit/persons/new', fields)).statusCode, 403);
      assert.equal((await post('/edit/persons/new', [...fields, ['_csrf', 'x'.repeat(43)]])).statusCode, 403);
      const crossSite = await post('/edit/persons/new', [...fields, ['_csrf', await csrf()]], editor, {
        origin: 'https://evil.example',
      });
      assert.equal(crossSite.statusCode, 403);
      const sameSite = await post('/edit/persons/new', [...fields, ['_csrf', await csrf()]], editor, {
        'sec-fetch-site': 'same-site',
      });
      assert.equal(sameSite.statusCode, 403);
      assert.equal(await count('persons'), before);
      // Our Referrer-Policy (no-referrer) makes browsers send "Origin: null" on our own form posts; the token then decides.
      const ours = await post('/edit/persons/new', [...fields, ['_csrf', await csrf()]], editor, {
        origin: 'null',
        'sec-fetch-site': 'same-origin',
      });
      assert.equal(ours.statusCode, 303);
      assert.equal(await count('persons'), before + 1);
    });

    it('creates a person with two names (one Cyrillic) from form fields and redirects to the public page', async () => {
      const res = await post(
        '/edit/persons/new',
        [
          ['_csrf', await csrf()],
          ['_action', 'save'],
          ['names[0][full]', 'Aron Atabek'],
          ['names[0][kind]', 'primary'],
          ['names[0][lang]', 'en'],
          ['names[0][script]', ''],
          ['names[1][full]', 'Арон Атабек'],
          ['names[1][kind]', 'primary'],
          ['names[1][lang]', 'ru'],
          ['names[1][script]', ''],
          ['names[2][full]', ''],
          ['names[2][kind]', 'primary'],
          ['birthDate', '1953'],
          ['nationality', 'KZ'],
          ['roles[]', 'human_rights_defender'],
          ['roles[]', 'lawyer'],
          ['confidentiality', 'public'],
        ],
        editor,
        { origin: 'http://localhost:80' },
      );
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, '/persons/aron-atabek');
      const p = await getRecord(testCtx(t), personDef, 'aron-atabek');
      assert.deepEqual(
        p.names.map((n) => [n.full, n.script]),
        [
          ['Aron Atabek', 'Latn'],
          ['Арон Атабек', 'Cyrl'],
        ],
      );
      assert.deepEqual(p.roles, ['human_rights_defender', 'lawyer']);
      assert.equal(p.birthDate, '1953');
      assert.equal(p.birthDateApprox, false);
    });

    it('shows an invalid birth date next to its field (400), keeps what was typed and saves nothing', async () => {
      const before = await count('persons');
      const res = await post('/edit/persons/new', [
        ['_csrf', await csrf()],
        ['names[0][full]', 'Zhanbolat Mamay'],
        ['birthDate', '1988-02-30'],
        ['givenName', 'Жанболат'],
      ]);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<a href="#f-birthDate">/, 'summary links to the field');
      assert.match(res.body, /<p class="error-text" id="f-birthDate-error">[^<]*YYYY-MM-DD/);
      assert.match(
        res.body,
        /<input type="text" id="f-birthDate" name="birthDate" value="1988-02-30"[^>]*aria-describedby="f-birthDate-hint f-birthDate-error" aria-invalid="true"/,
      );
      assert.match(res.body, /value="Zhanbolat Mamay"/);
      assert.match(res.body, /value="Жанболат"/);
      assert.match(res.body, /<label for="f-birthDate">/);
      assert.equal(await count('persons'), before);
    });

    it('adds another name row without saving, and drops rows ticked "remove"', async () => {
      const before = await count('persons');
      const token = await csrf();
      const res = await post('/edit/persons/new', [
        ['_csrf', token],
        ['names[0][full]', 'Serikzhan Bilash'],
        ['names[0][kind]', 'primary'],
        ['_action', 'add:names'],
      ]);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /id="f-names-0-full" name="names\[0\]\[full\]" value="Serikzhan Bilash"/);
      assert.match(res.body, /id="f-names-1-full" name="names\[1\]\[full\]" value[ />]/, 'one more empty row');
      assert.doesNotMatch(res.body, /f-names-2-full/);
      const removed = await post('/edit/persons/new', [
        ['_csrf', token],
        ['names[0][full]', 'Gone'],
        ['names[0][_remove]', 'true'],
        ['names[1][full]', 'Kept'],
        ['_action', 'add:names'],
      ]);
      assert.doesNotMatch(removed.body, /value="Gone"/);
      assert.match(removed.body, /id="f-names-0-full" name="names\[0\]\[full\]" value="Kept"/);
      assert.equal(await count('persons'), before);
    });

    it('edits the sentence of a case from its form, keeping everything else', async () => {
      const person = await createRecord(
        testCtx(t),
        personDef,
        buildPerson({ names: [{ full: 'Roza Tuletayeva', kind: 'primary' }] }),
      );
      const c = await createRecord(
        testCtx(t),
        caseDef,
        buildCase(person.id, {
          charges: [{ law: 'Criminal Code', article: '164' }],
          timeline: [{ date: '2011-12-16', kind: 'arrest' }],
        }),
      );
      const page = await get(`/edit/cases/${c.id}`);
      assert.equal(page.statusCode, 200);
      // The length is entered as years and months: 7 and 0 is 84 months.
      const fields = formFields(page.body, `/edit/cases/${c.id}`).map(([k, v]): [string, string] =>
        k === 'sentence[months][years]' ? [k, '7'] : k === 'sentence[months][months]' ? [k, '0'] : [k, v],
      );
      assert.ok(fields.some(([k]) => k === 'sentence[months][years]'));
      const res = await post(`/edit/cases/${c.id}`, [...fields, ['_action', 'save']]);
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, `/cases/${c.slug}`);
      const saved = (await getRecord(testCtx(t), caseDef, c.id)) as Case;
      assert.equal(saved.sentence?.months, 84);
      assert.deepEqual({ ...saved, sentence: null, updatedAt: '' }, { ...c, sentence: null, updatedAt: '' });
    });

    it('changes a case status with the date it began from the form, and the case page shows the dated statuses in en, ru and fr', async () => {
      const person = await createRecord(testCtx(t), personDef, buildPerson());
      const c = await createRecord(
        testCtx(t),
        caseDef,
        buildCase(person.id, { status: 'detained_pre_trial', statusSince: '2012-10' }),
      );
      const url = `/edit/cases/${c.id}`;
      const fields = formFields((await get(url)).body, url);
      assert.deepEqual(
        fields.find(([k]) => k === 'statusSince'),
        ['statusSince', ''],
        'a date field beside the status, blank',
      );
      const edited = fields.map(([k, v]): [string, string] =>
        k === 'status' ? [k, 'released'] : k === 'statusSince' ? [k, '2014-03-05'] : [k, v],
      );
      assert.equal((await post(url, [...edited, ['_action', 'save']])).statusCode, 303);
      const saved = (await getRecord(testCtx(t), caseDef, c.id)) as Case;
      assert.deepEqual(saved.statusHistory, [
        { status: 'detained_pre_trial', since: '2012-10' },
        { status: 'released', since: '2014-03-05' },
      ]);
      const expected = {
        en: ['Status over time', 'Released'],
        ru: ['Статус во времени', '2014'],
        fr: ['Situation au fil du temps', '2014'],
      } as const;
      for (const [lang, [heading, text]] of Object.entries(expected)) {
        const page = await app.inject({ url: `/cases/${c.slug}`, cookies: { lang } });
        assert.equal(page.statusCode, 200);
        const section =
          /<section aria-labelledby="status-history-h">([\s\S]*?)<\/section>/.exec(page.body)?.[1] ??
          assert.fail(`no status history on the ${lang} page`);
        assert.ok(section.includes(heading), `${lang}: ${section}`);
        assert.ok(section.includes(text), `${lang}: ${section}`);
        const dates = [...section.matchAll(/<time dateTime="([^"]+)"/gi)].map((m) => m[1]);
        assert.deepEqual(dates, ['2012-10', '2014-03-05'], 'oldest first, newest last');
      }
    });

    it('saves an untouched edit form without changing anything (the form loses no field)', async () => {
      const person = await createRecord(
        testCtx(t),
        personDef,
        buildPerson({
          summary: 'Line one\nline two',
          links: [{ url: 'https://example.org/a', note: 'Profile' }],
          birthDateApprox: true,
        }),
      );
      const c = await createRecord(
        testCtx(t),
        caseDef,
        buildCase(person.id, {
          acts: [
            {
              kind: 'arrest',
              date: '2012-01',
              place: { country: 'KZ', locality: 'Aktau', lat: 43.65, lon: 51.2 },
              certainty: 'confirmed',
              involvement: 'direct',
            },
          ],
          designations: [{ kind: 'political_prisoner', issuerName: 'Memorial', criteria: ['a', 'c'] }],
        }),
      );
      const audits = await count('audit_log');
      for (const [plural, id] of [
        ['persons', person.id],
        ['cases', c.id],
      ]) {
        const url = `/edit/${plural}/${id}`;
        const res = await post(url, [...formFields((await get(url)).body, url), ['_action', 'save']]);
        assert.equal(res.statusCode, 303, res.body);
      }
      assert.equal(await count('audit_log'), audits);
    });

    it('edits and removes the counts a source gives in its form; untouched, the form changes nothing', async () => {
      const s = await createRecord(
        testCtx(t),
        sourceDef,
        buildSource({
          counts: [
            { number: 150, approximate: true, what: 'detentions', passage: 'more than 150 detentions' },
            { number: 12, approximate: false, what: 'criminal cases' },
          ],
        }),
      );
      const url = `/edit/sources/${s.id}`;
      const fields = formFields((await get(url)).body, url);
      const row = (n: number) =>
        Object.fromEntries(
          fields.filter(([k]) => k.startsWith(`counts[${n}]`)).map(([k, v]) => [k.slice(`counts[${n}]`.length), v]),
        );
      assert.deepEqual(row(0), {
        '[number]': '150',
        '[approximate]': 'true',
        '[what]': 'detentions',
        '[passage]': 'more than 150 detentions',
      });
      assert.deepEqual(
        row(1),
        { '[number]': '12', '[what]': 'criminal cases', '[passage]': '' },
        'an exact count: the box is not ticked',
      );
      const audits = await count('audit_log');
      assert.equal((await post(url, [...fields, ['_action', 'save']])).statusCode, 303);
      assert.equal(await count('audit_log'), audits, 'an untouched form writes nothing');
      const edited = fields.map(([k, v]): [string, string] => (k === 'counts[0][number]' ? [k, '160'] : [k, v]));
      const res = await post(url, [...edited, ['counts[1][_remove]', 'on'], ['_action', 'save']]);
      assert.equal(res.statusCode, 303, res.body);
      const saved = await getRecord(testCtx(t), sourceDef, s.id);
      assert.deepEqual((saved as { counts: unknown }).counts, [
        { number: 160, approximate: true, what: 'detentions', passage: 'more than 150 detentions' },
      ]);
      const bad = await post(url, [
        ...fields.map(([k, v]): [string, string] => (k === 'counts[1][what]' ? [k, ''] : [k, v])),
        ['_action', 'save'],
      ]);
      assert.notEqual(bad.statusCode, 303, 'a count without what it counts is refused');
      assert.deepEqual(
        ((await getRecord(testCtx(t), sourceDef, s.id)) as { counts: unknown }).counts,
        (saved as { counts: unknown }).counts,
      );
    });

    it('saves every untouched demo record unchanged, of every type (no field is lost on the way through a form)', async () => {
      const audits = await count('audit_log');
      for (const def of [
        personDef,
        organisationDef,
        membershipDef,
        eventDef,
        caseDef,
        sourceDef,
        citationDef,
      ] as RecordDef<RecordBase, unknown>[]) {
        const { data } = await listRecords(testCtx(t), def, {}, { limit: 200 });
        assert.ok(data.length > 0, def.plural);
        for (const record of data) {
          const url = `/edit/${def.plural}/${record.id}`;
          const res = await post(url, [...formFields((await get(url)).body, url), ['_action', 'save']]);
          assert.equal(res.statusCode, 303, `${url}: ${res.body.slice(0, 200)}`);
        }
      }
      assert.equal(await count('audit_log'), audits, 'nothing was written');
    });

    it('escapes hostile text in values, messages and titles', async () => {
      const hostile = '<script>alert(1)</script>';
      const attr = '"onmouseover="x';
      const res = await post('/edit/persons/new', [
        ['_csrf', await csrf()],
        ['names[0][full]', hostile],
        ['givenName', attr],
        ['birthDate', attr],
        ['summary', `</textarea>${hostile}`],
      ]);
      assert.equal(res.statusCode, 400);
      assert.ok(!res.body.includes(hostile) && !res.body.includes('onmouseover="x'), 'nothing comes back as markup');
      assert.match(res.body, /value="&lt;script>alert\(1\)&lt;\/script>"/);
      assert.match(res.body, /value="&quot;onmouseover=&quot;x"/);
      const saved = await createRecord(
        testCtx(t),
        personDef,
        buildPerson({ names: [{ full: hostile, kind: 'primary' }], givenName: attr }),
      );
      const page = await get(`/edit/persons/${saved.id}`);
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes(hostile) && !page.body.includes('onmouseover="x'));
    });

    it('gives a viewer 403 pages and writes nothing for them', async () => {
      const before = await count('persons');
      assert.equal((await get('/edit', viewer)).statusCode, 200);
      assert.equal((await get('/edit/persons/new', viewer)).statusCode, 403);
      const p = await createRecord(testCtx(t), personDef, buildPerson());
      assert.equal((await get(`/edit/persons/${p.id}`, viewer)).statusCode, 403);
      const res = await post(
        '/edit/persons/new',
        [
          ['_csrf', await csrf(viewer)],
          ['names[0][full]', 'Not Allowed'],
        ],
        viewer,
      );
      assert.equal(res.statusCode, 403);
      assert.equal(await count('persons'), before + 1);
      assert.equal((await get('/edit/persons/01ARZ3NDEKTSV4RRFFQ69G5FAV')).statusCode, 404);
    });

    it('cites a source from a record page, deletes with confirmation, and uploads an original showing its SHA-256', async () => {
      const person = await createRecord(
        testCtx(t),
        personDef,
        buildPerson({ names: [{ full: 'Max Bokayev', kind: 'primary' }] }),
      );
      const source = await createRecord(testCtx(t), sourceDef, buildSource());
      const token = await csrf();
      const cite = await post('/edit/citations/new', [
        ['_csrf', token],
        ['record[type]', 'person'],
        ['record[id]', person.id],
        ['sourceId', source.id],
        ['field', 'birthDate'],
        ['locator', 'p. 4'],
        ['certainty', 'confirmed'],
      ]);
      assert.equal(cite.statusCode, 303, cite.body);
      assert.equal(cite.headers.location, `/edit/persons/${person.id}#citations`);
      assert.match((await get(`/edit/persons/${person.id}`)).body, /p\. 4/);

      const bytes = Buffer.from('%PDF-1.4 original report');
      const boundary = 'vigilboundary';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="report.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const url = `/edit/sources/${source.id}/file`;
      const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
      const forged = await app.inject({
        method: 'POST',
        url,
        cookies: { vigil_session: editor },
        headers,
        payload: Buffer.from(payload.toString('latin1').replace(token, 'forged'), 'latin1'),
      });
      assert.equal(forged.statusCode, 403);
      const up = await app.inject({ method: 'POST', url, cookies: { vigil_session: editor }, headers, payload });
      assert.equal(up.statusCode, 303, up.body);
      const shown = await get(up.headers.location as string);
      assert.ok(shown.body.includes(createHash('sha256').update(bytes).digest('hex')));

      const citations = await count('citations');
      assert.equal((await get(`/edit/persons/${person.id}/delete`)).statusCode, 200);
      const del = await post(`/edit/persons/${person.id}/delete`, [['_csrf', token]]);
      assert.equal(del.statusCode, 303);
      assert.equal((await get(`/edit/persons/${person.id}`)).statusCode, 404);
      assert.equal(await count('citations'), citations - 1);
    });
  });
}
