// Crash safety, shared by the short test (crash.test.ts, both dialects, a few kills) and the long run (`npm run test:crash`,
// at least 20 kills): `vigil serve` runs in a child process; this process fires public signings and record writes at it,
// SIGKILLs it at a random moment, restarts it, and so on. Afterwards every request that got a success answer must be
// stored, nothing may be half-written (each signature and record has its audit entry and each signing its mail job),
// SQLite's integrity_check must say ok and `vigil audit verify` must pass. `vigil import` killed midway must leave the
// database as it was or with the whole file imported.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { generate } from '../../bench/generate.ts';
import { loadConfig } from '../../src/config.ts';
import { loadOrCreateKeyring } from '../../src/crypto/key-file.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { canonicalEmail } from '../../src/domain/email.ts';
import { PG_URL } from '../support/env.ts';
import { vigil } from '../support/cli.ts';
import { builtBin } from '../support/dist.ts';

const BIN = builtBin();
export const DEMO_SLUG = 'hollande-kazakhstan-2014';

/** A database for child processes: the environment they run with, and a way to open it here. */
export interface CrashDb {
  dialect: 'sqlite' | 'postgres';
  dir: string;
  env: Record<string, string>;
  open(): DatabaseHandle;
  cleanup(): Promise<void>;
}

/** A fresh, migrated database (a SQLite file, or a schema of its own in the test PostgreSQL) that child processes can use. */
export async function crashDb(dialect: 'sqlite' | 'postgres'): Promise<CrashDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-crash-'));
  const base = { VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'warn' };
  if (dialect === 'sqlite') {
    const config = loadConfig(base);
    const h = openDatabase(config.database);
    await migrateToLatest(h.db);
    await h.close();
    return {
      dialect,
      dir,
      env: base,
      open: () => openDatabase(config.database),
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!PG_URL) throw new Error('VIGIL_TEST_PG_URL is not set');
  const schema = `crash_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  // The children reach the schema through the URL's options; the schema is migrated here, naming it, because the
  // migrator otherwise looks for its lock table in every schema of the database (other tests have theirs).
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const config = loadConfig({ ...base, VIGIL_DATABASE_URL: PG_URL });
  const open = () => openDatabase(config.database, { searchPath: schema });
  const h = open();
  await migrateToLatest(h.db, { schema });
  await h.close();
  return {
    dialect,
    dir,
    env: { ...base, VIGIL_DATABASE_URL: url, VIGIL_PG_POOL_SIZE: '4' },
    open,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the CLI, again when its start-up migration check failed on PostgreSQL: the migrator looks at the tables of every
 * schema, and other tests create and drop theirs meanwhile ("schema … does not exist"). Nothing is written by then.
 */
export function cli(db: CrashDb, args: string[]): ReturnType<typeof vigil> {
  for (let attempt = 1; ; attempt++) {
    const r = vigil(args, db.env);
    if (r.code === 0 || attempt === 3 || db.dialect !== 'postgres' || !/migration .* failed/.test(r.stderr)) return r;
  }
}

/** Loads the demo register (its appeal is open for public signing) and adds an editor with an API token; returns the token. */
export function seed(db: CrashDb): string {
  const demo = cli(db, ['demo']);
  assert.equal(demo.code, 0, demo.stderr);
  const user = cli(db, [
    'user',
    'add',
    '--email',
    `editor-${randomBytes(3).toString('hex')}@example.org`,
    '--role',
    'editor',
    '--token',
  ]);
  assert.equal(user.code, 0, user.stderr);
  return user.stdout.trim().split('\n').at(-1)!.trim();
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** A running `vigil serve`. */
export interface Running {
  url: string;
  child: ChildProcess;
}

/** Starts `vigil serve` (web and worker) with signing limits off, and resolves once /healthz answers 200. */
export async function serve(db: CrashDb, extra: Record<string, string> = {}): Promise<Running> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await serveOnce(db, extra);
    } catch (err) {
      // The same start-up migration race as in cli() above.
      if (attempt === 3 || db.dialect !== 'postgres' || !/migration .* failed/.test(String(err))) throw err;
    }
  }
}

async function serveOnce(db: CrashDb, extra: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      ...db.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      VIGIL_SIGN_IP_LIMIT: '0',
      VIGIL_SIGN_APPEAL_LIMIT: '0',
      VIGIL_WORKER_POLL_MS: '200',
      ...extra,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  for (const t0 = Date.now(); ; await new Promise((r) => setTimeout(r, 25))) {
    if (child.exitCode !== null) throw new Error(`vigil serve exited with ${child.exitCode}: ${err}`);
    if (Date.now() - t0 > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`vigil serve did not answer within 60 s: ${err}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      if (res.status === 200) return { url, child };
    } catch {
      // not listening yet
    }
  }
}

/** Kills a child with SIGKILL and waits until it is gone. */
export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await gone;
}

/** What the clients were told: the signings answered 202 and the records answered 201. */
export interface Acknowledged {
  emails: string[];
  records: string[];
  sent: number;
}

/** Fires signings and person creations at the server from `clients` loops until `stopAt`, noting every success. */
export async function fire(
  url: string,
  token: string,
  clients: number,
  stopAt: () => boolean,
  tag: string,
  ack: Acknowledged,
): Promise<void> {
  let n = 0;
  const one = async (i: number): Promise<void> => {
    while (!stopAt()) {
      const k = n++;
      ack.sent++;
      try {
        if (i % 4 === 3) {
          const res = await fetch(`${url}/api/v1/persons`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              names: [{ full: `Crash Person ${tag} ${k}`, kind: 'primary', lang: 'en' }],
              roles: ['activist'],
              nationality: 'KZ',
            }),
          });
          const body = await res.text();
          if (res.status === 201) ack.records.push((JSON.parse(body) as { data: { id: string } }).data.id);
        } else {
          const email = `crash.${tag}.${k}@example.org`;
          const res = await fetch(`${url}/api/v1/appeals/${DEMO_SLUG}/signatures`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: `Signer ${k}`, country: 'FR', email }),
          });
          await res.arrayBuffer();
          if (res.status === 202) ack.emails.push(email);
        }
      } catch {
        // the connection died with the server: no answer, no promise made
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => one(i)));
}

/** One crash cycle: start the server, load it, kill it after `afterMs`. */
export async function crashOnce(
  db: CrashDb,
  token: string,
  afterMs: number,
  tag: string,
  ack: Acknowledged,
): Promise<void> {
  const s = await serve(db);
  let stop = false;
  const load = fire(s.url, token, 8, () => stop, tag, ack);
  await new Promise((r) => setTimeout(r, afterMs));
  await kill(s.child);
  stop = true;
  await load;
}

/** Checks everything acknowledged is stored, nothing is half-written, the database is sound and the audit chain verifies. */
export async function verifyAfterCrashes(
  db: CrashDb,
  ack: Acknowledged,
): Promise<{ signatures: number; records: number }> {
  // A last clean start and stop: the server must come up on whatever the kills left.
  const s = await serve(db);
  await kill(s.child);
  const h = db.open();
  try {
    const keyring = loadOrCreateKeyring(path.join(db.dir, 'secret.key'));
    const hashes = new Set(
      (await sql<{ email_hash: string }>`select email_hash from signatures`.execute(h.db)).rows.map(
        (r) => r.email_hash,
      ),
    );
    const missing = ack.emails.filter((e) => !hashes.has(keyring.mac(`signature-email\n${canonicalEmail(e)}`)));
    assert.deepEqual(missing, [], `${missing.length} of ${ack.emails.length} acknowledged signatures are missing`);
    const ids = new Set((await sql<{ id: string }>`select id from persons`.execute(h.db)).rows.map((r) => r.id));
    const lost = ack.records.filter((id) => !ids.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${ack.records.length} acknowledged records are missing`);
    // Half-written: a signature without its audit entry or mail job, a person without its audit entry.
    const noAudit = await sql<{
      id: string;
    }>`select s.id from signatures s where not exists (select 1 from audit_log a where a.record_id = s.id)`.execute(
      h.db,
    );
    assert.deepEqual(noAudit.rows, [], 'signatures without an audit entry');
    const persons = await sql<{
      id: string;
    }>`select p.id from persons p where not exists (select 1 from audit_log a where a.record_id = p.id)`.execute(h.db);
    assert.deepEqual(persons.rows, [], 'persons without an audit entry');
    const sigs = Number(
      (await sql<{ n: number | string }>`select count(*) as n from signatures`.execute(h.db)).rows[0]!.n,
    );
    const mails = Number(
      (await sql<{ n: number | string }>`select count(*) as n from jobs where kind = 'mail.send'`.execute(h.db))
        .rows[0]!.n,
    );
    assert.ok(mails >= sigs, `${sigs} signatures but only ${mails} mail jobs`);
    if (db.dialect === 'sqlite') {
      const ic = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(h.db);
      assert.deepEqual(
        ic.rows.map((r) => r.integrity_check),
        ['ok'],
      );
    }
    const verify = cli(db, ['audit', 'verify']);
    assert.equal(verify.code, 0, `vigil audit verify: ${verify.stdout}${verify.stderr}`);
    return { signatures: sigs, records: ids.size };
  } finally {
    await h.close();
  }
}

const IMPORTED = ['persons', 'cases', 'sources', 'organisations'] as const;

/** Counts the rows of the tables an import writes. */
async function importCounts(h: DatabaseHandle): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of IMPORTED)
    out[t] = Number(
      (await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t)}`.execute(h.db)).rows[0]!.n,
    );
  return out;
}

/**
 * Kills `vigil import` of a generated register at random moments (a few hundred ms to a few s in): after each kill the
 * database holds exactly what it held before, or that plus the whole file; once complete, the loop ends.
 */
export async function importCrashes(
  db: CrashDb,
  kills: number,
  n: number,
  rnd: () => number,
): Promise<{ unchanged: number; complete: number }> {
  const file = path.join(db.dir, 'register.json');
  const gen = generate(file, n, 7);
  const h0 = db.open();
  const before = await importCounts(h0);
  await h0.close();
  const whole = {
    persons: before.persons! + gen.counts.persons,
    cases: before.cases! + gen.counts.cases,
    sources: before.sources! + gen.counts.sources,
    organisations: before.organisations! + gen.counts.organizations,
  };
  const result = { unchanged: 0, complete: 0 };
  // The kills spread further each time (an import's length depends on the machine), so later ones land late in it.
  let spread = 2500;
  for (let i = 0; i < kills; i++, spread *= 1.7) {
    const child = spawn(process.execPath, [BIN, 'import', file], {
      env: { ...process.env, ...db.env },
      stdio: 'ignore',
    });
    await new Promise((r) => setTimeout(r, 300 + rnd() * spread));
    await kill(child);
    const h = db.open();
    try {
      const now = await importCounts(h);
      if (db.dialect === 'sqlite')
        assert.equal(
          (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(h.db)).rows[0]!.integrity_check,
          'ok',
        );
      if (now.persons === before.persons) {
        assert.deepEqual(now, before, 'an interrupted import left part of the file');
        result.unchanged++;
      } else {
        assert.deepEqual(now, whole, 'an interrupted import left part of the file');
        result.complete++;
        break;
      }
    } finally {
      await h.close();
    }
  }
  if (result.complete === 0) {
    // Never completed before a kill: let it run to the end, which must give the whole file.
    const done = cli(db, ['import', file]);
    assert.equal(done.code, 0, done.stderr);
    const h = db.open();
    try {
      assert.deepEqual(await importCounts(h), whole);
    } finally {
      await h.close();
    }
  }
  const audit = cli(db, ['audit', 'verify']);
  assert.equal(audit.code, 0, audit.stdout + audit.stderr);
  return result;
}

/** A small seeded random generator, so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
