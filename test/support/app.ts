// The app over a test database, driven through inject().
import type { FastifyInstance } from 'fastify';
import { addUser } from '../../src/commands/users/add-user.ts';
import type { UserRole } from '../../src/domain/vocabulary.ts';
import { FileStore } from '../../src/files.ts';
import { buildApp } from '../../src/server.ts';
import { silentLog, testCtx, type TestDb } from './db.ts';

/** Builds the app on the test database; `now` lets a test move the app's clock (sessions, lockouts, TOTP). */
export async function testApp(t: TestDb, now: () => Date = () => new Date()): Promise<FastifyInstance> {
  return buildApp({
    config: t.config,
    db: t.handle.db,
    files: new FileStore(t.config.filesDir),
    log: silentLog,
    now,
    keyring: t.keyring,
  });
}

let counter = 0;
/** Creates a user of the role and returns an API token for it. */
export async function tokenFor(t: TestDb, role: UserRole): Promise<string> {
  counter += 1;
  const { secret } = await addUser(testCtx(t), { email: `${role}${counter}@example.org`, role }, true);
  if (!secret) throw new Error('no token issued');
  return secret;
}

/** Authorization header for a token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
