// An appeal from draft to publication in a real browser with JavaScript switched off: an editor writes it in English and
// Russian and links a case, a coordinator records and invites co-signatories, the invitee confirms on their page, the
// coordinator publishes, and the public reads the Russian text with its co-signatories. axe checks the three kinds of page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { loadOrCreateKeyring } from '../../src/crypto/key-file.ts';
import { openDatabase } from '../../src/db/database.ts';
import { listJobs } from '../../src/db/repos/job.repo.ts';
import { MAIL_JOB, runMailJob } from '../../src/mail/mail-job.ts';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';
import { testCtx } from '../support/db.ts';
import { sessionForEmail } from '../support/session.ts';

const skip = browserSkipReason();

describe('appeals in a browser without JavaScript', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const env = { VIGIL_DATA_DIR: tempDataDir() };
  const outbox = path.join(env.VIGIL_DATA_DIR, 'outbox');

  /** A context signed in as the user with this email, JavaScript off unless it is for axe. */
  async function contextFor(email: string | null, opts: { axe?: boolean } = {}): Promise<BrowserContext> {
    const context = await browser.newContext(opts.axe ? { bypassCSP: true } : { javaScriptEnabled: false });
    if (email)
      await context.addCookies([
        {
          name: 'vigil_session',
          value: await sessionForEmail(env, email),
          url: server.url,
          httpOnly: true,
          sameSite: 'Strict',
        },
      ]);
    return context;
  }

  /** The co-sign paths in the outbox, oldest first. */
  const outboxLinks = (): string[] =>
    (fs.existsSync(outbox) ? fs.readdirSync(outbox).sort() : [])
      .map(
        (f) =>
          /\/co-sign\/[A-Za-z0-9_-]{20,}/.exec(
            fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, ''),
          )?.[0],
      )
      .filter((x): x is string => x !== undefined);

  /**
   * The co-sign path of the newest invitation: the server's worker sends queued mail; if no worker runs beside the server,
   * the test sends what is still queued itself, as the worker would.
   */
  async function coSignPathFromOutbox(known: number): Promise<string> {
    for (let n = 0; n < 30 && outboxLinks().length <= known; n++) await new Promise((r) => setTimeout(r, 100));
    if (outboxLinks().length <= known) {
      const config = loadConfig({ VIGIL_LOG_LEVEL: 'silent', ...env });
      const handle = openDatabase(config.database);
      try {
        const ctx = testCtx({
          handle,
          config,
          keyring: loadOrCreateKeyring(config.secretKeyFile),
          dir: config.dataDir,
          cleanup: async () => undefined,
        });
        for (const job of await listJobs(handle.db, MAIL_JOB))
          if (job.doneAt === null && job.failedAt === null) await runMailJob(ctx, job.payload, job.id);
      } finally {
        await handle.close();
      }
    }
    return outboxLinks().pop() ?? assert.fail('no co-sign link in the outbox');
  }

  /** axe's violations on a page, as readable lines. */
  async function violations(page: Page, url: string): Promise<string[]> {
    const res = await page.goto(url);
    assert.equal(res?.status(), 200, url);
    return (await axeViolations(page)).map((v) => `${url}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
  }

  before(async () => {
    assert.equal(vigil(['demo'], env).code, 0);
    assert.equal(vigil(['user', 'add', '--email', 'editor@example.org', '--role', 'editor'], env).code, 0);
    assert.equal(vigil(['user', 'add', '--email', 'coordinator@example.org', '--role', 'coordinator'], env).code, 0);
    server = await startServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('drafts, co-signs and publishes an appeal, then shows the Russian text with its co-signatories; axe finds nothing', async () => {
    const problems: string[] = [];
    const hosts = new Set<string>();

    // The editor writes the letter in two languages and links a case.
    const editorContext = await contextFor('editor@example.org');
    const editor = await editorContext.newPage();
    editor.on('request', (r) => hosts.add(new URL(r.url()).host));
    await editor.goto(`${server.url}/appeals`);
    await editor.click('a[href="/edit/appeals/new"]');
    assert.equal(new URL(editor.url()).pathname, '/edit/appeals/new');
    await editor.fill('#f-title', 'Before the visit to Astana');
    await editor.fill('#f-slug', 'before-the-visit-to-astana');
    await editor.selectOption('#f-confidentiality', 'public');
    await editor.fill('#f-addressees-0-name', 'The President of the Republic');
    await editor.fill('#f-addressees-0-title', 'Head of State');
    await editor.fill('#f-texts-0-lang', 'en');
    await editor.fill('#f-texts-0-title', 'Open letter before the visit');
    await editor.fill('#f-texts-0-body', 'Dear Mr President,\n\nWe ask you to raise **these cases**.');
    await editor.fill('#f-texts-1-lang', 'ru');
    await editor.fill('#f-texts-1-title', 'Открытое письмо перед визитом');
    await editor.fill('#f-texts-1-body', 'Уважаемый господин Президент,\n\nПросим вас поднять **эти дела**.');
    const caseId = await editor.locator('#f-caseIds-0-id option').nth(1).getAttribute('value');
    assert.ok(caseId, 'the demo cases are offered');
    await editor.selectOption('#f-caseIds-0-id', caseId);
    await editor.locator('button[value="save"]').first().click();
    const editPath = new URL(editor.url()).pathname;
    assert.match(editPath, /^\/edit\/appeals\/[A-Z0-9]+$/);
    assert.equal(await editor.locator('[role="status"]').count(), 1, 'saved');
    await editor.click('button[name="to"][value="collecting"]');
    assert.match(await editor.locator('main').innerText(), /collecting co-signatures/);

    // The coordinator records one co-signature and invites another by email.
    const coordinatorContext = await contextFor('coordinator@example.org');
    const coordinator = await coordinatorContext.newPage();
    coordinator.on('request', (r) => hosts.add(new URL(r.url()).host));
    await coordinator.goto(server.url + editPath);
    await coordinator.selectOption('#f-record-kind', 'person');
    await coordinator.fill('#f-record-name', 'Lev Ponomarev');
    await coordinator.fill('#f-record-organisation', 'For Human Rights');
    await coordinator.click(`form[action="${editPath}/co-signatories/record"] button[type="submit"]`);
    await coordinator.selectOption('#f-invite-kind', 'person');
    const known = outboxLinks().length;
    await coordinator.fill('#f-invite-email', 'svetlana@example.org');
    await coordinator.fill('#f-invite-name', 'S. Gannushkina');
    await coordinator.click(`form[action="${editPath}/co-signatories/invite"] button[type="submit"]`);
    assert.match(await coordinator.locator('main').innerText(), /invited/);

    // The invitee opens the link, corrects the wording and confirms.
    const link = await coSignPathFromOutbox(known);
    const inviteeContext = await contextFor(null);
    const invitee = await inviteeContext.newPage();
    invitee.on('request', (r) => hosts.add(new URL(r.url()).host));
    await invitee.goto(server.url + link);
    assert.equal(await invitee.inputValue('#f-name'), 'S. Gannushkina');
    await invitee.fill('#f-name', 'Svetlana Gannushkina');
    await invitee.fill('#f-organisation', 'Civic Assistance');
    const axeContext = await contextFor(null, { axe: true });
    problems.push(...(await violations(await axeContext.newPage(), server.url + link)));
    await invitee.click('button[value="confirm"]');
    assert.match(await invitee.locator('main').innerText(), /confirmed/);

    // The coordinator publishes.
    await coordinator.goto(server.url + editPath);
    await coordinator.click('button[name="to"][value="published"]');
    // A summary of what becomes public comes first; publishing happens only on its confirmation.
    assert.match(await coordinator.locator('main').innerText(), /Once published, all of this is public/);
    await coordinator.click('button[type="submit"]:has-text("Publish now")');
    assert.match(await coordinator.locator('main').innerText(), /no longer change/);

    // The public reads the Russian text with the co-signatories.
    const publicContext = await contextFor(null);
    const reader = await publicContext.newPage();
    reader.on('request', (r) => hosts.add(new URL(r.url()).host));
    await reader.goto(`${server.url}/appeals/before-the-visit-to-astana`);
    await reader.click('a[hreflang="ru"][href*="?lang=ru"]');
    assert.equal(await reader.locator('h1').innerText(), 'Открытое письмо перед визитом');
    assert.match(await reader.locator('.letter-text').innerText(), /Просим вас поднять эти дела/);
    const lines = await reader.locator('ol.co-signatories li').allInnerTexts();
    assert.deepEqual(lines, ['Lev Ponomarev, For Human Rights', 'Svetlana Gannushkina, Civic Assistance']);
    assert.equal(await reader.locator('.annex-entry').count(), 1);
    assert.deepEqual([...hosts], [new URL(server.url).host], 'no request leaves the server');

    // axe on the public page and the edit screen (the co-sign page was checked before publication).
    const axeEditor = await contextFor('editor@example.org', { axe: true });
    problems.push(
      ...(await violations(await axeContext.newPage(), `${server.url}/appeals/before-the-visit-to-astana?lang=ru`)),
    );
    problems.push(...(await violations(await axeContext.newPage(), `${server.url}/appeals`)));
    // The demo's published appeal has public signing open: its page carries the sign-on form.
    const demo = await axeContext.newPage();
    problems.push(...(await violations(demo, `${server.url}/appeals/hollande-kazakhstan-2014`)));
    assert.equal(
      await demo.locator('form.sign-form').count(),
      1,
      'the sign-on form is on the page while signing is open',
    );
    problems.push(...(await violations(await axeEditor.newPage(), server.url + editPath)));
    problems.push(...(await violations(await axeEditor.newPage(), `${server.url}/edit/appeals/new`)));
    assert.deepEqual(problems, []);
    for (const c of [editorContext, coordinatorContext, inviteeContext, publicContext, axeContext, axeEditor])
      await c.close();
  });
});
