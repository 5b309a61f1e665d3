// The audit chain from the command line: an anchor written outside the database, and verification against it, with exit
// codes and one-line reasons when the chain was tampered with.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { plainEntryHash, GENESIS_HASH } from '../../src/domain/audit-chain.ts';
import { tempDataDir, vigil } from '../support/cli.ts';

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_type: string;
  record_id: string;
  before_digest: string | null;
  after_digest: string | null;
  prev_hash: string;
  hash: string;
}

describe('vigil audit anchor and verify (SQLite)', () => {
  it('anchors the head, verifies against it, and fails with one line on truncation, rewriting or a bad anchor', () => {
    const dir = tempDataDir();
    const env = { VIGIL_DATA_DIR: dir };
    assert.equal(vigil(['demo'], env).code, 0);
    const anchorFile = path.join(dir, 'anchor.json');
    const anchored = vigil(['audit', 'anchor', '--out', anchorFile], env);
    assert.equal(anchored.code, 0, anchored.stderr);
    const anchor = JSON.parse(fs.readFileSync(anchorFile, 'utf8')) as { seq: number; hash: string; at: string };
    assert.ok(anchor.seq > 5);
    assert.match(anchor.hash, /^[0-9a-f]{64}$/);
    assert.equal(fs.statSync(anchorFile).mode & 0o777, 0o600);
    const printed = vigil(['audit', 'anchor'], env);
    assert.equal(printed.code, 0);
    assert.equal((JSON.parse(printed.stdout) as { hash: string }).hash, anchor.hash, 'stdout carries the same head');
    const again = vigil(['audit', 'anchor', '--out', anchorFile], env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^vigil: audit anchor: cannot write .* it exists already\n$/);

    const ok = vigil(['audit', 'verify', '--anchor', anchorFile], env);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`contains the anchor of entry ${anchor.seq}`));

    const junk = path.join(dir, 'junk.json');
    fs.writeFileSync(junk, '{"seq": "x"}');
    const bad = vigil(['audit', 'verify', '--anchor', junk], env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^vigil: the anchor is not one `vigil audit anchor` wrote; .*\n$/);
    assert.equal(vigil(['audit', 'verify', '--anchor', path.join(dir, 'missing.json')], env).code, 1);

    // Someone with the database but not the key file removes the two newest entries and moves the head back.
    const raw = new SqliteDatabase(path.join(dir, 'vigil.db'));
    const keep = anchor.seq - 2;
    const kept = raw.prepare('select hash from audit_log where seq = ?').get(keep) as { hash: string };
    raw.prepare('delete from record_versions where seq > ?').run(keep);
    raw.prepare('delete from audit_log where seq > ?').run(keep);
    raw.prepare('update audit_head set seq = ?, hash = ? where id = 1').run(keep, kept.hash);
    assert.equal(vigil(['audit', 'verify'], env).code, 0, 'alone, a clean truncation looks intact');
    const truncated = vigil(['audit', 'verify', '--anchor', anchorFile], env);
    assert.equal(truncated.code, 1);
    assert.match(
      truncated.stderr,
      new RegExp(
        `^vigil: audit chain broken at entry ${keep + 1}: the chain ends at entry ${keep}, before entry ${anchor.seq} anchored on .*\\n$`,
      ),
    );

    // ... then changes entry 3 and recomputes every hash after it with plain SHA-256, head included.
    raw.prepare("update audit_log set actor = 'system:forger' where seq = 3").run();
    let prev = GENESIS_HASH;
    for (const r of raw.prepare('select * from audit_log order by seq').all() as Row[]) {
      if (r.seq >= 3) {
        const hash = plainEntryHash({
          seq: r.seq,
          at: r.at,
          actor: r.actor,
          action: r.action,
          recordType: r.record_type,
          recordId: r.record_id,
          beforeDigest: r.before_digest,
          afterDigest: r.after_digest,
          prevHash: prev,
        });
        raw.prepare('update audit_log set prev_hash = ?, hash = ? where seq = ?').run(prev, hash, r.seq);
        prev = hash;
      } else prev = r.hash;
    }
    raw.prepare('update audit_head set hash = ? where id = 1').run(prev);
    raw.close();
    const forged = vigil(['audit', 'verify'], env);
    assert.equal(forged.code, 1);
    assert.match(
      forged.stderr,
      /^vigil: audit chain broken at entry 3: entry 3 was changed \(its keyed hash does not match its content\)\n$/,
    );
    const noAnchor = vigil(['audit', 'anchor'], env);
    assert.equal(noAnchor.code, 1);
    assert.match(noAnchor.stderr, /^vigil: no anchor written: audit chain broken at entry 3: /);
    assert.equal(noAnchor.stdout, '');
  });
});
