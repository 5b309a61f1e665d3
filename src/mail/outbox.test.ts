// The outbox folder listed by name gives the messages in the order they were written, even within one millisecond.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sendMail } from './outbox.ts';

test('outbox file names sort in the order the messages were written', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-outbox-'));
  try {
    const config = { smtp: null, outboxDir: path.join(dir, 'outbox'), mailFrom: 'Vigil <vigil@example.org>' };
    // Many messages in a row: several share a millisecond, which the time alone cannot order.
    for (let i = 0; i < 200; i++)
      await sendMail(config, { to: 'reader@example.org', subject: `message ${i}`, text: `number ${i}` });
    const names = fs.readdirSync(config.outboxDir).sort();
    assert.equal(names.length, 200);
    const order = names.map((n) =>
      Number(/number (\d+)/.exec(fs.readFileSync(path.join(config.outboxDir, n), 'utf8'))![1]),
    );
    assert.deepEqual(order, [...Array(200).keys()]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
