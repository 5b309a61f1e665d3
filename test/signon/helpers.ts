// What the sign-on tests share: an appeal row open for signing, the worker's context, and the outbox read back.
import fs from 'node:fs';
import path from 'node:path';
import { ulid } from 'ulid';
import type { FastifyInstance } from 'fastify';
import { readMail } from '../support/mail.ts';
import type { Config, SignonConfig } from '../../src/config.ts';
import type { Ctx } from '../../src/context.ts';
import { FileStore } from '../../src/files.ts';
import { buildApp } from '../../src/server.ts';
import { runDueJobs, scheduleRecurringJobs } from '../../src/jobs/worker.ts';
import { silentLog, testCtx, type TestDb } from '../support/db.ts';

/** The appeal columns a test may set. */
export interface AppealOver {
  status?: string;
  confidentiality?: string;
  public_signing?: number;
  signing_paused?: number;
  counting_paused?: number;
  deadline?: string | null;
  closed_at?: string | null;
  title?: string;
}

/** Inserts an appeal (published, public, open for signing unless overridden) straight into its table. */
export async function insertAppeal(
  t: TestDb,
  over: AppealOver = {},
): Promise<{ id: string; slug: string; title: string }> {
  const id = ulid();
  const slug = `appeal-${id.toLowerCase()}`;
  const now = new Date().toISOString();
  const title = over.title ?? 'Free the defenders before the state visit';
  await t.handle.db
    .insertInto('appeals')
    .values({
      id,
      slug,
      confidentiality: over.confidentiality ?? 'public',
      created_at: now,
      updated_at: now,
      created_by: 'system:test',
      title,
      status: over.status ?? 'published',
      occasion_event_id: null,
      deadline: over.deadline ?? null,
      letter_date: null,
      addressees: '[]',
      public_signing: over.public_signing ?? 1,
      signing_paused: over.signing_paused ?? 0,
      counting_paused: over.counting_paused ?? 0,
      published_at: now,
      closed_at: over.closed_at ?? null,
      annex_frozen: null,
      signature_count: 0,
      count_refreshed_at: null,
      deliveries: '[]',
      responses: '[]',
      outcomes: '[]',
    })
    .execute();
  return { id, slug, title };
}

/** The worker's context on the test database, on the given clock. */
export function workerCtx(t: TestDb, now: () => Date = () => new Date()): Ctx {
  return testCtx(t, { kind: 'system', name: 'worker' }, now);
}

/** Runs what a worker would: schedules the recurring jobs, then polls until nothing is due. Returns how many jobs ran. */
export async function drainJobs(ctx: Ctx, workerId = 'test-worker'): Promise<number> {
  await scheduleRecurringJobs(ctx);
  let total = 0;
  for (;;) {
    const n = await runDueJobs(ctx, { workerId, limit: 200 });
    total += n;
    if (n === 0) return total;
  }
}

/** A message read back from an .eml file of the outbox. */
export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Every message in the outbox, oldest first (the text part of multipart messages). */
export function outbox(t: TestDb): OutboxMail[] {
  const dir = t.config.outboxDir;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const m = readMail(path.join(dir, f));
      return { file: f, to: m.to, subject: m.subject, text: m.text, html: m.html };
    });
}

/** The confirmation link's path in a message. */
export function confirmPathIn(text: string): string {
  const m = /https?:\/\/[^/\s]+(\/appeals\/[^\s]+\/confirm\/[A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no confirmation link in:\n${text}`);
  return m[1]!;
}

/** The app on the test database with sign-on settings overridden (the tests all come from one address: limits off by default). */
export async function signonApp(
  t: TestDb,
  now: () => Date = () => new Date(),
  signon: Partial<SignonConfig> = {},
): Promise<FastifyInstance> {
  const config: Config = { ...t.config, signon: { ...t.config.signon, ipLimit: 0, appealLimit: 0, ...signon } };
  return buildApp({
    config,
    db: t.handle.db,
    files: new FileStore(config.filesDir),
    log: silentLog,
    now,
    keyring: t.keyring,
  });
}
