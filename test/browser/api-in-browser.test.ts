// What a browser does with Vigil's answers: no request leaves the server, and stored originals are never rendered.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';

const skip = browserSkipReason();

describe('the API in a real browser', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  const env = { VIGIL_DATA_DIR: tempDataDir() };

  before(async () => {
    assert.equal(vigil(['demo'], env).code, 0);
    token = vigil(['user', 'add', '--email', 'b@example.org', '--role', 'editor', '--token'], env)
      .stdout.trim()
      .split('\n')
      .pop()!;
    server = await startServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reads the register with every request going to the server only', async () => {
    const page = await browser.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    const res = await page.goto(`${server.url}/api/v1/cases?country=KZ`);
    assert.equal(res?.status(), 200);
    const body = JSON.parse(await page.locator('body').innerText()) as {
      data: { sentence: { months: number } | null }[];
    };
    assert.ok(body.data.length >= 4);
    assert.deepEqual([...hosts], [new URL(server.url).host]);
    await page.close();
  });

  it('downloads an uploaded HTML original instead of rendering it', async () => {
    const created = await fetch(`${server.url}/api/v1/sources`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Suspicious attachment', language: 'en' }),
    });
    const id = ((await created.json()) as { data: { id: string } }).data.id;
    const html = '<html><body><script>document.title = "executed"</script><h1>rendered</h1></body></html>';
    const up = await fetch(`${server.url}/api/v1/sources/${id}/file?name=lure.html`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/html' },
      body: html,
    });
    assert.equal(up.status, 200);
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const download = page.waitForEvent('download', { timeout: 10_000 });
    await page.goto(`${server.url}/api/v1/sources/${id}/file`).catch(() => undefined); // navigation is aborted by the download
    const d = await download;
    assert.equal(d.suggestedFilename(), 'lure.html');
    assert.notEqual(await page.title(), 'executed');
    await context.close();
  });
});
