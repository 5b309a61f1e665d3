// The published appeal's outputs: the PDF letter in each language (text read back with pdftotext) and the Atom feed
// (parsed with fast-xml-parser). Drafts and internal records never reach the public through either.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createAppeal } from '../../src/commands/appeals/create-appeal.ts';
import { recordCoSignatory } from '../../src/commands/appeals/invite-co-signatory.ts';
import { transitionAppeal } from '../../src/commands/appeals/transition-appeal.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, citationDef, eventDef, personDef, sourceDef } from '../../src/records/registry.ts';
import type { Appeal } from '../../src/domain/appeal.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildPerson, buildSource } from '../support/factories.ts';

const HAS_PDFTOTEXT = !spawnSync('pdftotext', ['-v']).error;
const MUST_HAVE_TOOLS = Boolean(process.env.VIGIL_REQUIRE_BROWSER || process.env.CI);
const HOSTILE = '<script>alert(1)</script> & ]]> "quoted" Q&amp;A';
const HIDDEN = 'Hiddenwitness Internalname';

/** The text of a PDF, one string per page. */
function pdfPages(bytes: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-pdf-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((p) => p.trim() !== '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
/** pdftotext breaks lines where the letter wraps them: compare with whitespace folded. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['entry', 'link'].includes(name),
});
type AtomLink = { '@_href': string; '@_rel'?: string };
type AtomEntry = {
  id: string;
  title: { '#text': string } | string;
  updated: string;
  published: string;
  link: AtomLink[];
  summary?: { '#text': string };
};
const textOf = (v: { '#text': string } | string) => (typeof v === 'string' ? v : v['#text']);
const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

if (!HAS_PDFTOTEXT && MUST_HAVE_TOOLS) {
  it('has pdftotext (poppler-utils) to read the letters back', () =>
    assert.fail('pdftotext is missing: install poppler-utils'));
}

for (const dialect of DIALECTS) {
  describe(`appeal outputs (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let published: Appeal;
    let hostile: Appeal;
    let draft: Appeal;
    let internal: Appeal;
    let editor: string;
    let viewer: string;

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      const ctx = testCtx(t);
      editor = await tokenFor(t, 'editor');
      viewer = await tokenFor(t, 'viewer');
      const roza = await createRecord(ctx, personDef, buildPerson());
      const kozlov = await createRecord(
        ctx,
        personDef,
        buildPerson({
          names: [
            { full: 'Vladimir Kozlov', kind: 'primary', lang: 'en' },
            { full: 'Владимир Козлов', kind: 'primary', lang: 'ru' },
          ],
          roles: ['politician'],
        }),
      );
      const hidden = await createRecord(
        ctx,
        personDef,
        buildPerson({ names: [{ full: HIDDEN }], confidentiality: 'internal' }),
      );
      const c1 = await createRecord(
        ctx,
        caseDef,
        buildCase(roza.id, {
          acts: [{ kind: 'torture', date: '2011-12', certainty: 'alleged' }],
          charges: [{ text: 'organising mass unrest' }],
        }),
      );
      const c2 = await createRecord(
        ctx,
        caseDef,
        buildCase(kozlov.id, {
          sentence: { kind: 'prison', months: 90 },
          acts: [{ kind: 'arrest', date: '2012-01', certainty: 'confirmed' }],
        }),
      );
      const c3 = await createRecord(
        ctx,
        caseDef,
        buildCase(hidden.id, { title: 'Internal case', confidentiality: 'internal' }),
      );
      const source = await createRecord(ctx, sourceDef, buildSource({ title: 'Monitoring report on Zhanaozen' }));
      await createRecord(ctx, citationDef, { sourceId: source.id, record: { type: 'case', id: c1.id } });
      const visit = await createRecord(
        ctx,
        eventDef,
        buildEvent({
          title: 'State visit to Kazakhstan',
          kind: 'state_visit',
          startDate: '2014-12-05',
          endDate: '2014-12-06',
        }),
      );
      const secret = await createRecord(
        ctx,
        eventDef,
        buildEvent({ title: 'Closed planning meeting', kind: 'other', confidentiality: 'internal' }),
      );

      published = await createAppeal(ctx, {
        title: 'Letter before the state visit',
        confidentiality: 'public',
        letterDate: '2014-12-04',
        occasionEventId: visit.id,
        addressees: [{ name: 'François Hollande', title: 'Président de la République française' }],
        caseIds: [c1.id, c2.id, c3.id],
        texts: [
          {
            lang: 'en',
            title: 'Open letter before the visit to Kazakhstan',
            body: 'Mr President,\n\n## The cases\n\nWe ask you to raise the cases of **political prisoners** during your visit.\n\n- torture\n- unfair trials',
          },
          {
            lang: 'ru',
            title: 'Открытое письмо перед визитом в Казахстан',
            body: 'Господин Президент,\n\nПросим вас поднять вопрос о политзаключённых после событий в Жаңаөзен.',
          },
          {
            lang: 'fr',
            title: 'Lettre ouverte avant la visite au Kazakhstan',
            body: 'Monsieur le Président,\n\nNous vous demandons d’évoquer le sort des prisonniers politiques.',
          },
        ],
      });
      await transitionAppeal(ctx, published.id, 'collecting');
      await recordCoSignatory(ctx, published.id, {
        kind: 'person',
        name: 'Lyudmila Alexeeva',
        title: 'Head',
        organisation: 'Moscow Helsinki Group',
      });
      await recordCoSignatory(ctx, published.id, {
        kind: 'person',
        name: 'Svetlana Gannushkina',
        organisation: 'Civic Assistance',
      });
      published = await transitionAppeal(ctx, published.id, 'published');

      hostile = await createAppeal(ctx, {
        title: 'Hostile',
        confidentiality: 'public',
        addressees: [{ name: 'Someone' }],
        texts: [{ lang: 'en', title: HOSTILE, body: `Body ${HOSTILE}` }],
      });
      await transitionAppeal(ctx, hostile.id, 'collecting');
      hostile = await transitionAppeal(ctx, hostile.id, 'published');

      draft = await createAppeal(ctx, {
        title: 'Draft',
        confidentiality: 'public',
        addressees: [{ name: 'Someone' }],
        occasionEventId: secret.id,
        caseIds: [c1.id, c3.id],
        texts: [{ lang: 'en', title: 'Unfinished draft letter', body: 'Not yet.' }],
      });
      internal = await createAppeal(ctx, {
        title: 'Internal',
        confidentiality: 'internal',
        texts: [{ lang: 'en', title: 'Internal planning letter', body: 'Internal.' }],
      });
      await transitionAppeal(ctx, internal.id, 'collecting');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    const pdfIt = HAS_PDFTOTEXT ? it : it.skip;

    pdfIt('sends the letter in each language with its text, names, co-signatories and annex', async () => {
      const expected: Record<string, string[]> = {
        ru: [
          'Открытое письмо перед визитом в Казахстан',
          'Господин Президент',
          'Жаңаөзен',
          'Роза Тулетаева',
          'Владимир Козлов',
          '7 лет 6 месяцев',
          '5 лет',
          'Пытки (декабрь 2011 г.)',
          'Подписали',
          '4 декабря 2014',
          'State visit to Kazakhstan (Нет перевода: английский), 5–6 декабря 2014 г.',
        ],
        fr: [
          'Lettre ouverte avant la visite au Kazakhstan',
          'Nous vous demandons d’évoquer',
          'Roza Tuletayeva',
          '7 ans 6 mois',
          'Cosignataires',
          '4 décembre 2014',
          '5–6 décembre 2014',
        ],
        en: [
          'Open letter before the visit to Kazakhstan',
          'The cases',
          'political prisoners',
          '• torture',
          'Roza Tuletayeva',
          '7 years 6 months',
          'organising mass unrest',
          'Monitoring report on Zhanaozen',
          'https://example.org/report',
          'December 4, 2014',
        ],
      };
      for (const [lang, phrases] of Object.entries(expected)) {
        const res = await app.inject({ url: `/appeals/${published.slug}/letter.${lang}.pdf` });
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
        assert.equal(res.headers['content-type'], 'application/pdf');
        assert.equal(
          res.headers['content-disposition'],
          res.headers['content-disposition']?.toString().replace(/[^\x20-\x7e]/g, ''),
          'the header is ASCII',
        );
        assert.match(
          String(res.headers['content-disposition']),
          new RegExp(`^attachment; filename="${published.slug}\\.${lang}\\.pdf"; filename\\*=UTF-8''`),
        );
        assert.ok(res.rawPayload.subarray(0, 5).toString() === '%PDF-');
        const pages = pdfPages(res.rawPayload);
        const text = flat(pages.join('\n'));
        for (const p of [
          ...phrases,
          'François Hollande',
          'Président de la République française',
          'Lyudmila Alexeeva, Head, Moscow Helsinki Group',
          'Svetlana Gannushkina, Civic Assistance',
        ]) {
          assert.ok(text.includes(p), `${lang}: "${p}" missing from:\n${text}`);
        }
        assert.ok(
          !text.includes(HIDDEN) && !text.includes('DRAFT') && !text.includes('ПРОЕКТ'),
          `${lang}: an internal name or a draft mark in the published letter`,
        );
        pages.forEach((page, k) =>
          assert.ok(flat(page).includes(String(k + 1)) && pages.length >= 2, `${lang}: page ${k + 1} has its number`),
        );
        assert.ok(
          flat(pages.at(-1)!).includes(
            lang === 'ru'
              ? `Страница ${pages.length} из ${pages.length}`
              : lang === 'fr'
                ? `Page ${pages.length} sur ${pages.length}`
                : `Page ${pages.length} of ${pages.length}`,
          ),
        );
      }
    });

    it('writes the title and language into the document and gives the same bytes every time', async () => {
      const a = await app.inject({ url: `/appeals/${published.id}/letter.ru.pdf` });
      const b = await app.inject({ url: `/appeals/${published.slug}/letter.ru.pdf`, headers: bearer(editor) });
      assert.equal(a.statusCode, 200);
      assert.ok(a.rawPayload.equals(b.rawPayload), 'the same letter twice is the same file');
      const raw = a.rawPayload.toString('latin1');
      assert.match(raw, /\/Lang \(ru\)/);
      assert.match(raw, /\/DisplayDocTitle true/);
      assert.match(raw, /\/FontName \/[A-Z]{6}\+DejaVuSerif/, 'DejaVu Serif is embedded as a subset');
      if (HAS_PDFTOTEXT) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-pdf-'));
        fs.writeFileSync(path.join(dir, 'l.pdf'), a.rawPayload);
        const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', path.join(dir, 'l.pdf')], { encoding: 'utf8' });
        fs.rmSync(dir, { recursive: true, force: true });
        assert.match(info, /Title:\s+Открытое письмо перед визитом в Казахстан/);
        assert.match(info, new RegExp(`CreationDate:.*${new Date(published.publishedAt!).getUTCFullYear()}`));
      }
    });

    it('answers 404 for a language the appeal is not written in, and for malformed ones', async () => {
      for (const lang of ['de', 'EN', 'x', 'english']) {
        assert.equal(
          (await app.inject({ url: `/appeals/${published.slug}/letter.${lang}.pdf` })).statusCode,
          404,
          lang,
        );
      }
      for (const slug of ['no-such-appeal', 'Bad%20Slug', published.id.toLowerCase()]) {
        assert.equal((await app.inject({ url: `/appeals/${slug}/letter.en.pdf` })).statusCode, 404, slug);
      }
      // A NUL anywhere in the address is refused at the edge, before any lookup.
      assert.equal((await app.inject({ url: `/appeals/${published.slug}/letter.%00.pdf` })).statusCode, 400);
      assert.equal((await app.inject({ url: '/appeals/%00/letter.en.pdf' })).statusCode, 400);
    });

    pdfIt('keeps drafts from the public and viewers, and marks every page of an editor’s copy as a draft', async () => {
      for (const headers of [{}, bearer(viewer)]) {
        for (const a of [draft, internal]) {
          const res = await app.inject({ url: `/appeals/${a.slug}/letter.en.pdf`, headers });
          assert.equal(res.statusCode, 404);
          assert.ok(!res.body.includes('Unfinished draft letter') && !res.body.includes('Internal planning'));
        }
      }
      const res = await app.inject({ url: `/appeals/${draft.slug}/letter.en.pdf`, headers: bearer(editor) });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'private, no-store');
      const pages = pdfPages(res.rawPayload);
      assert.ok(pages.length >= 2, 'the letter and its annex');
      pages.forEach((page, k) => assert.match(page, /DRAFT/, `page ${k + 1} is marked`));
      const text = flat(pages.join('\n'));
      assert.ok(text.includes('Unfinished draft letter') && text.includes('Roza Tuletayeva'));
      assert.ok(!text.includes(HIDDEN), 'the annex never holds a case that is not public');
      assert.ok(!text.includes('Closed planning meeting'), 'an internal occasion is left out');
    });

    it('publishes an Atom feed of published public appeals only, with stable ids, links and dates', async () => {
      const res = await app.inject({ url: '/appeals.atom' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
      assert.equal(XMLValidator.validate(res.body), true, 'well-formed XML');
      assert.ok(!res.body.includes('<script'), 'no markup from a title survives as markup');
      const feed = parser.parse(res.body).feed as {
        '@_xmlns': string;
        id: string;
        title: string;
        updated: string;
        link: AtomLink[];
        author: { name: string };
        entry: AtomEntry[];
      };
      const base = t.config.publicUrl;
      assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
      assert.equal(feed.id, `${base}/appeals.atom`);
      assert.ok(feed.title && feed.author.name);
      assert.equal(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href'], `${base}/appeals.atom`);
      assert.equal(feed.entry.length, 2, 'the two published appeals, not the draft or the internal one');
      const byId = new Map(feed.entry.map((e) => [e.id, e]));
      const host = new URL(base).hostname;
      for (const a of [published, hostile]) {
        const id = `tag:${host},${a.publishedAt!.slice(0, 10)}:appeal:${a.id}`;
        const e = byId.get(id);
        assert.ok(e, `entry ${id}`);
        assert.equal(e.link[0]!['@_href'], `${base}/appeals/${a.slug}`);
        assert.equal(new Date(e.published).toISOString(), a.publishedAt);
        assert.equal(new Date(e.updated).toISOString(), a.updatedAt);
      }
      assert.ok(new Date(feed.updated).getTime() >= new Date(published.updatedAt).getTime());
      const first = byId.get(`tag:${host},${published.publishedAt!.slice(0, 10)}:appeal:${published.id}`)!;
      assert.equal(
        textOf(first.title),
        'Open letter before the visit to Kazakhstan',
        'the title in the first language',
      );
      assert.match(textOf(first.summary!), /^Mr President, The cases We ask you to raise/);
      const evil = feed.entry.find((e) => e.id.endsWith(hostile.id))!;
      assert.equal(unescapeHtml(textOf(evil.title)), HOSTILE, 'a hostile title reads back as the same text');
      assert.ok(!textOf(evil.title).includes('<'), 'and is escaped for readers that treat it as HTML');
      for (const word of ['Unfinished draft letter', 'Internal planning letter', draft.id, internal.id])
        assert.ok(!res.body.includes(word), word);
      const again = await app.inject({ url: '/appeals.atom', headers: bearer(editor) });
      assert.equal(again.body, res.body, 'the feed is the same for every reader');
    });
  });
}
