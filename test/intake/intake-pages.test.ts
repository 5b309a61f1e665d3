// The intake screens over HTML forms, as a browser without JavaScript uses them, on both dialects: paste a letter, review,
// correct, accept; the records appear with citations. Roles that may not use intake are refused.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { pageClient } from '../support/browser-client.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { signedIn } from '../support/session.ts';
import { csrfTokenFor } from '../../src/http/plugins/csrf.ts';

const letterRu = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/intake/letter-ru.txt'), 'utf8');

/** A multipart body as a browser sends the intake form. */
function multipartBody(fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }) {
  const boundary = '----vigilintaketest';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The values of a review form: every input, checked box and selected option, as the browser would post them. */
// Posts a text to the intake form as a signed-in browser would, with the form's CSRF token.
function postIntake(
  app: FastifyInstance,
  cookie: string,
  fields: { text: string; documentDate: string; language: string; title: string },
) {
  const mp = multipartBody({ _csrf: csrfTokenFor(cookie), ...fields, confidentiality: 'internal' });
  return app.inject({
    method: 'POST',
    url: '/intake',
    cookies: { vigil_session: cookie },
    headers: mp.headers,
    payload: mp.payload,
  });
}

function formFields(html: string): [string, string][] {
  const out: [string, string][] = [];
  const form = html.slice(html.indexOf('<form method="post" action="/intake/'));
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1]!;
    const name = /name="([^"]+)"/.exec(attrs)?.[1];
    if (!name) continue;
    const type = /type="([^"]+)"/.exec(attrs)?.[1] ?? 'text';
    const value = /value="([^"]*)"/.exec(attrs)?.[1] ?? (type === 'checkbox' ? 'on' : '');
    if ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(attrs)) continue;
    out.push([name.replace(/&amp;/g, '&'), value.replace(/&amp;/g, '&').replace(/&quot;/g, '"')]);
  }
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    for (const o of m[2]!.matchAll(/<option[^>]*value="([^"]*)"[^>]*selected[^>]*>/g)) out.push([m[1]!, o[1]!]);
  }
  return out;
}

for (const dialect of DIALECTS) {
  describe(`intake pages (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    it('refuses the public and roles that may not create records', async () => {
      assert.equal((await pageClient(app).get('/intake')).statusCode, 303);
      for (const role of ['viewer', 'coordinator'] as const) {
        const browser = pageClient(app);
        browser.cookie = await signedIn(t, role);
        assert.equal((await browser.get('/intake')).statusCode, 403, role);
      }
    });

    it('reads a pasted Russian letter, shows it for review, and accepts corrections in one step', async () => {
      const browser = pageClient(app);
      browser.cookie = await signedIn(t, 'researcher');
      const form = await browser.get('/intake');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /enctype="multipart\/form-data"/);
      const posted = await postIntake(app, browser.cookie, {
        text: letterRu,
        documentDate: '2014-12',
        language: '',
        title: 'Письмо',
      });
      assert.equal(posted.statusCode, 303, posted.body);
      const reviewUrl = posted.headers.location as string;
      const review = await browser.get(reviewUrl);
      assert.equal(review.statusCode, 200);
      assert.match(review.body, /<mark id="s\d+">Вадим Курамшин<\/mark>/);
      assert.match(review.body, /2014-12-05/);
      assert.equal(review.headers['cache-control'], 'no-store');

      // The reviewer keeps the defaults, renames one person and leaves another out.
      let fields = formFields(review.body);
      const kuramshin = fields.find(
        ([k, v]) => /^persons\[person-\d+\]\[name\]$/.test(k) && v === 'Вадим Курамшин',
      )![0];
      fields = fields.map(([k, v]) => (k === kuramshin ? [k, 'Вадим Курамшин (правозащитник)'] : [k, v]));
      const addressee = fields.find(([k, v]) => /\[name\]$/.test(k) && v === 'Франсуа Олланду')![0];
      const left = /persons\[(person-\d+)\]/.exec(addressee)![1]!;
      fields = fields.filter(([k]) => k !== `persons[${left}][accept]`);
      const accepted = await browser.post(
        reviewUrl,
        fields.filter(([k]) => k !== '_csrf'),
      );
      assert.equal(accepted.statusCode, 303, accepted.body.slice(0, 2000));
      const done = await browser.get(reviewUrl);
      assert.match(done.body, /Вадим Курамшин \(правозащитник\)/);
      assert.doesNotMatch(done.body, /type="submit">/, 'a reviewed document has no accept button');

      const token = await tokenFor(t, 'researcher');
      const persons = await app.inject({ method: 'GET', url: '/api/v1/persons?q=Курамшин', headers: bearer(token) });
      const person = persons.json().data[0] as { id: string; confidentiality: string };
      assert.equal(person.confidentiality, 'internal');
      const cites = await app.inject({
        method: 'GET',
        url: `/api/v1/citations?recordId=${person.id}`,
        headers: bearer(token),
      });
      assert.equal(cites.json().data[0].quote, 'Вадим Курамшин');
      assert.deepEqual(
        (await app.inject({ method: 'GET', url: '/api/v1/persons?q=Олланд', headers: bearer(token) })).json().data,
        [],
      );
      const cases = await app.inject({
        method: 'GET',
        url: `/api/v1/cases?subjectId=${person.id}`,
        headers: bearer(token),
      });
      assert.equal(cases.json().data[0].sentence.months, 144);
    });

    it('shows a refused acceptance again with the problem and keeps what was typed', async () => {
      const browser = pageClient(app);
      browser.cookie = await signedIn(t, 'editor');
      const posted = await postIntake(app, browser.cookie, {
        text: 'The journalist Olga Petrova was arrested in Almaty on 3 May 2021.',
        documentDate: '',
        language: 'en',
        title: '',
      });
      const url = posted.headers.location as string;
      const fields = formFields((await browser.get(url)).body)
        .filter(([k]) => k !== '_csrf')
        .map(
          ([k, v]) =>
            (/\[name\]$/.test(k) ? [k, 'Olga Petrova-Typed'] : /\[subjectRef\]$/.test(k) ? [k, ''] : [k, v]) as [
              string,
              string,
            ],
        );
      const fields2 = fields.filter(([k]) => !/^persons\[.*\]\[accept\]$/.test(k));
      const res = await browser.post(url, fields2);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /role="alert"/);
      assert.match(res.body, /Olga Petrova-Typed/);
      const noCsrf = await browser.post(url, fields2, { csrf: false });
      assert.equal(noCsrf.statusCode, 403);
      const empty = multipartBody({ _csrf: csrfTokenFor(browser.cookie), text: '  ' });
      const refused = await app.inject({
        method: 'POST',
        url: '/intake',
        cookies: { vigil_session: browser.cookie },
        headers: empty.headers,
        payload: empty.payload,
      });
      assert.equal(refused.statusCode, 400);
    });

    it('leaves the proposals the rules are unsure of unticked, and says why for each', async () => {
      const browser = pageClient(app);
      browser.cookie = await signedIn(t, 'researcher');
      const text =
        'The activist Roza Temirova was arrested in Almaty and Roza Temirova is still held. Yerzhan Kaliyev was seen there.';
      const posted = await postIntake(app, browser.cookie, { text: text, documentDate: '', language: 'en', title: '' });
      const review = await browser.get(posted.headers.location as string);
      const fields = formFields(review.body);
      const refOf = (name: string) =>
        /persons\[(person-\d+)\]/.exec(fields.find(([k, v]) => /\[name\]$/.test(k) && v === name)![0])![1]!;
      const ticked = (ref: string) => fields.some(([k]) => k === `persons[${ref}][accept]`);
      assert.equal(ticked(refOf('Roza Temirova')), true);
      assert.equal(
        ticked(refOf('Yerzhan Kaliyev')),
        false,
        'a name vouched for only by its ending is left for the reviewer',
      );
      assert.match(review.body, /class="meta confidence-low">\? a surname ending only, named once</);
      assert.match(review.body, /class="meta confidence-high">✓ named 2 times</);
    });

    it('ticks only the acts and signatories the rules are sure of, each with its reason, and the API returns them', async () => {
      const browser = pageClient(app);
      const cookie = await signedIn(t, 'researcher');
      browser.cookie = cookie;
      const read = async (text: string) => {
        const posted = await postIntake(app, cookie, { text: text, documentDate: '', language: 'en', title: '' });
        const url = posted.headers.location as string;
        const review = await browser.get(url);
        return { url, body: review.body, fields: formFields(review.body) };
      };
      const ticked = (fields: [string, string][], key: string) => fields.some(([k]) => k === key);
      const letter = await read(
        [
          'Dear President Tokayev,',
          'The journalist Timur Sadykov was arrested on 3 March 2024 in Almaty. He was charged with spreading false information.',
          'We urge you to release him.',
          'Sincerely,',
          'Pavel Sokolov, Director, Centre for Civil Liberties',
        ].join('\n'),
      );
      // act-1: the arrest, verb and victim in one clause; act-2: the charge, its victim a pronoun for the sentence before.
      assert.equal(ticked(letter.fields, 'acts[act-1][accept]'), true);
      assert.equal(
        ticked(letter.fields, 'acts[act-2][accept]'),
        false,
        'a victim read through a pronoun is left unticked',
      );
      assert.match(letter.body, /class="meta confidence-high">✓ the verb and the victim in one clause</);
      assert.match(
        letter.body,
        /class="meta confidence-low">\? victim taken from the previous sentence \(a pronoun stands for them\)</,
      );
      assert.equal(ticked(letter.fields, 'signatories[signatory-1][accept]'), true);
      assert.match(letter.body, /class="meta confidence-high">✓ the closing lines of the letter</);
      assert.match(
        letter.body,
        /class="meta confidence-low">\? inferred from “Dear President Tokayev”, a surname alone</,
      );

      const news = await read(
        'The lawyer Anna Berikova wrote to President Kassym-Jomart Tokayev on Monday. Timur Sadykov was arrested on 3 March 2024.',
      );
      assert.equal(ticked(news.fields, 'signatories[signatory-1][accept]'), false);
      assert.match(
        news.body,
        /class="meta confidence-low">\? the writer a report of the letter names, not a signature</,
      );

      const token = await tokenFor(t, 'researcher');
      const api = await app.inject({
        method: 'GET',
        url: `/api/v1/intake/${letter.url.split('/').at(-1)}`,
        headers: bearer(token),
      });
      const data = api.json().data as {
        acts: { confidence: string; confidenceReason: string }[];
        signatories: { confidence: string }[];
        addressees: { confidence: string; confidenceReason: string }[];
      };
      assert.deepEqual(
        data.acts.map((a) => a.confidence),
        ['high', 'low'],
      );
      assert.equal(data.acts[0]!.confidenceReason, 'the verb and the victim in one clause');
      assert.equal(data.signatories[0]!.confidence, 'high');
      assert.equal(data.addressees[0]!.confidence, 'low');
    });

    it('shows a sentence range with the names sharing it, and the counts of the document', async () => {
      const browser = pageClient(app);
      browser.cookie = await signedIn(t, 'researcher');
      const text =
        'Anna Berikova and Timur Sadykov were each sentenced to 3 to 6 years in prison. Since May there were more than 150 detentions.';
      const posted = await postIntake(app, browser.cookie, {
        text: text,
        documentDate: '2024-06',
        language: 'en',
        title: '',
      });
      const review = await browser.get(posted.headers.location as string);
      assert.match(review.body, /A range: 36 to 72 months\./);
      assert.match(review.body, /The text gives it to 2 people at once: Anna Berikova, Timur Sadykov\./);
      assert.match(review.body, /<h3>Counts in the document<\/h3>/);
      assert.match(review.body, /about 150: detentions/);
      assert.match(review.body, /<mark id="s\d+">more than 150 detentions<\/mark>/, 'the count is marked in the text');
    });
  });
}
