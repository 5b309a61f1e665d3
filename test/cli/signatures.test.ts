// `vigil signatures …` as an operator runs it: deny rules, a dry run then a real bulk invalidation, pausing, anonymising.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { tempDataDir, vigil } from '../support/cli.ts';

describe('vigil signatures', () => {
  const env = { VIGIL_DATA_DIR: tempDataDir() };
  let handle: DatabaseHandle;
  const appealId = '01JDCLISIGNATURES000000000';

  before(async () => {
    assert.equal(vigil(['migrate'], env).code, 0);
    handle = openDatabase(loadConfig(env).database);
    const now = new Date().toISOString();
    const closedLongAgo = new Date(Date.now() - 400 * 24 * 3600 * 1000).toISOString();
    await handle.db
      .insertInto('appeals')
      .values({
        id: appealId,
        slug: 'cli-appeal',
        confidentiality: 'public',
        created_at: now,
        updated_at: now,
        created_by: 'system:test',
        title: 'CLI appeal',
        status: 'closed',
        occasion_event_id: null,
        deadline: null,
        letter_date: null,
        addressees: '[]',
        public_signing: 1,
        signing_paused: 0,
        counting_paused: 0,
        published_at: now,
        closed_at: closedLongAgo,
        annex_frozen: null,
        signature_count: 0,
        count_refreshed_at: null,
        deliveries: '[]',
        responses: '[]',
        outcomes: '[]',
      })
      .execute();
    const rows = ['a@spam.example', 'b@spam.example', 'c@example.org'].map((email, k) => ({
      id: `01JDCLISIG00000000000000${k}0`,
      appeal_id: appealId,
      status: 'confirmed',
      name: `Name ${k}`,
      country: 'FR',
      comment: null,
      show_name: 0,
      email_sealed: 'v1:x:y',
      email_hash: `hash${k}`,
      email_domain: email.split('@')[1]!,
      network_hint: null,
      token_hash: null,
      created_at: now,
      confirmed_at: now,
      invalidated_at: null,
      invalidated_reason: null,
      anonymised_at: null,
    }));
    await handle.db.insertInto('signatures').values(rows).execute();
  });
  after(async () => {
    await handle?.close();
  });

  it('adds, lists and removes deny rules, refusing a bad value with a one-line reason', () => {
    const add = vigil(['signatures', 'deny', 'add', '--domain', 'spam.example', '--note', 'flood'], env);
    assert.equal(add.code, 0, add.stderr);
    const id = /deny rule (\S+) added/.exec(add.stdout)?.[1];
    assert.ok(id);
    assert.match(vigil(['signatures', 'deny', 'list'], env).stdout, /email_domain\tspam\.example\tflood/);
    const bad = vigil(['signatures', 'deny', 'add', '--ip', '10.0.0.0/99'], env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^vigil: value: expected an IP address or CIDR range/);
    assert.equal(vigil(['signatures', 'deny', 'remove', id], env).code, 0);
    assert.match(vigil(['signatures', 'deny', 'list'], env).stdout, /no deny rules/);
  });

  it('counts with --dry-run, then invalidates', async () => {
    const dry = vigil(
      ['signatures', 'invalidate', '--appeal', 'cli-appeal', '--domain', 'spam.example', '--dry-run'],
      env,
    );
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /dry run: 2 signatures would be invalidated/);
    const still = await handle.db
      .selectFrom('signatures')
      .select('status')
      .where('status', '=', 'invalidated')
      .execute();
    assert.equal(still.length, 0);
    const run = vigil(
      ['signatures', 'invalidate', '--appeal', 'cli-appeal', '--domain', 'spam.example', '--reason', 'flood'],
      env,
    );
    assert.match(run.stdout, /2 signatures invalidated/);
    assert.equal(vigil(['signatures', 'invalidate', '--appeal', 'cli-appeal'], env).code, 1, 'a criterion is required');
  });

  it('pauses, summarises and anonymises', async () => {
    assert.match(vigil(['signatures', 'pause', '--appeal', 'cli-appeal', '--counting'], env).stdout, /counting paused/);
    assert.match(
      vigil(['signatures', 'summary', '--appeal', appealId], env).stdout,
      /1 confirmed, 0 pending, 2 invalidated/,
    );
    assert.match(vigil(['signatures', 'anonymise'], env).stdout, /3 signatures anonymised in 1 appeals/);
    const names = await handle.db.selectFrom('signatures').select('name').where('name', 'is not', null).execute();
    assert.equal(names.length, 0);
  });
});
