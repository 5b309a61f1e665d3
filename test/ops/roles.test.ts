// Process roles of `vigil serve`: a web-only process takes signings but sends no mail (the jobs wait in the database);
// a worker-only process opens no port and sends what is waiting.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { loadConfig, type Config } from '../../src/config.ts';
import { serve } from '../../src/main.ts';
import { tempDataDir, vigil } from '../support/cli.ts';

const DEMO_SLUG = 'hollande-kazakhstan-2014';

/** The .eml files in the outbox folder. */
function outbox(config: Config): string[] {
  return fs.existsSync(config.outboxDir) ? fs.readdirSync(config.outboxDir).filter((f) => f.endsWith('.eml')) : [];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('vigil serve --role', () => {
  let dataDir: string;
  let config: Config;

  before(() => {
    dataDir = tempDataDir();
    for (const args of [['migrate'], ['demo']]) {
      const r = vigil(args, { VIGIL_DATA_DIR: dataDir });
      assert.equal(r.code, 0, r.stderr);
    }
    config = loadConfig({
      VIGIL_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      VIGIL_LOG_LEVEL: 'silent',
      VIGIL_WORKER_POLL_MS: '50',
    });
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('web takes a signing and sends no mail; worker then sends it without listening', async () => {
    const web = await serve(config, { role: 'web' });
    try {
      const res = await fetch(`${web.url}/api/v1/appeals/${DEMO_SLUG}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Role Test', country: 'FR', email: 'role.test@example.org', showName: false }),
      });
      assert.equal(res.status, 202);
      // Many worker polls' worth of time: a worker in this process would have written the message by now.
      await sleep(1000);
      assert.deepEqual(outbox(config), []);
    } finally {
      await web.stop();
    }

    const worker = await serve(config, { role: 'worker' });
    try {
      assert.equal(worker.url, '');
      const deadline = Date.now() + 15_000;
      while (outbox(config).length === 0 && Date.now() < deadline) await sleep(50);
      const files = outbox(config);
      assert.equal(files.length, 1);
      const message = fs.readFileSync(`${config.outboxDir}/${files[0]}`, 'utf8');
      assert.match(message, /role\.test@example\.org/);
      assert.match(message, new RegExp(`/appeals/${DEMO_SLUG}/confirm/`));
    } finally {
      await worker.stop();
    }
  });
});
