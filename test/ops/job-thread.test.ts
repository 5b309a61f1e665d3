// `vigil serve` (role all) runs its job worker in a thread of its own: the built command is started as users start it,
// a signing's confirmation reaches the outbox, and a stop waits for the thread before the process ends.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { restartDelayMs, runJobThread } from '../../src/jobs/job-thread.ts';
import { builtBin } from '../support/dist.ts';
import { tempDataDir, vigil } from '../support/cli.ts';

const DEMO_SLUG = 'hollande-kazakhstan-2014';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The `msg` of each JSON log line written so far. */
const messages = (log: string): string[] =>
  log
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => (JSON.parse(l) as { msg?: string }).msg ?? '');

describe('the job thread of vigil serve', () => {
  let dataDir: string;
  before(() => {
    dataDir = tempDataDir();
    for (const args of [['migrate'], ['demo']]) {
      const r = vigil(args, { VIGIL_DATA_DIR: dataDir });
      assert.equal(r.code, 0, r.stderr);
    }
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('sends a signing’s confirmation from its thread and ends with the process', async () => {
    const child = spawn(process.execPath, [builtBin(), 'serve'], {
      env: {
        ...process.env,
        VIGIL_DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        VIGIL_LOG_LEVEL: 'info',
        VIGIL_WORKER_POLL_MS: '50',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 30_000;
      let url: string | undefined;
      while (!(url = /"url":"(http:\/\/[^"]+)"/.exec(log)?.[1]) && Date.now() < deadline) await sleep(50);
      assert.ok(url, `the server did not start: ${log}`);
      const res = await fetch(`${url}/api/v1/appeals/${DEMO_SLUG}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Thread Test', country: 'FR', email: 'thread.test@example.org', showName: false }),
      });
      assert.equal(res.status, 202);
      const outbox = path.join(dataDir, 'outbox');
      const eml = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []);
      while (eml().length === 0 && Date.now() < deadline) await sleep(50);
      assert.equal(eml().length, 1, log);
      assert.match(fs.readFileSync(path.join(outbox, eml()[0]!), 'utf8'), /thread\.test@example\.org/);
      // The worker announced itself from the thread, once, after the server listened.
      const msgs = messages(log);
      assert.equal(msgs.filter((m) => m === 'job thread started').length, 1);
      assert.ok(msgs.indexOf('vigil is listening') < msgs.indexOf('job thread started'));
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, log);
    const msgs = messages(log);
    // The stop waited for the thread's jobs in hand before closing the database.
    assert.ok(msgs.indexOf('jobs finished') > msgs.indexOf('requests finished'), log);
    assert.ok(msgs.indexOf('stopped') > msgs.indexOf('jobs finished'), log);
    assert.ok(!msgs.includes('job thread ended; starting it again'), log);
  });

  it('waits longer after each death of the thread, at most a minute', () => {
    assert.deepEqual([1, 2, 3, 4, 7, 20].map(restartDelayMs), [1000, 2000, 4000, 8000, 60_000, 60_000]);
  });

  it('refuses to run the thread’s side outside a job thread', async () => {
    await assert.rejects(runJobThread(), /not in a job thread/);
  });
});
