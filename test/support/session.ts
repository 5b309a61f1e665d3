// Signed-in browsers for tests: a session opened directly by the session command (no password or TOTP round trip), for an
// app in this process (a TestDb) or for a `vigil serve` in another process (the SQLite file of its data folder).
import { addUser } from '../../src/commands/users/add-user.ts';
import { startSession } from '../../src/commands/users/sessions.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { findUserByEmail } from '../../src/db/repos/user.repo.ts';
import { loadOrCreateKeyring } from '../../src/crypto/key-file.ts';
import type { UserRole } from '../../src/domain/vocabulary.ts';
import { SYSTEM, testCtx, type TestDb } from './db.ts';

let counter = 0;

/** A full session (second factor passed) for an existing user, on the test's clock; returns the secret for the vigil_session cookie. */
export async function sessionFor(t: TestDb, userId: string, now: () => Date = () => new Date()): Promise<string> {
  return (
    await startSession(testCtx(t, SYSTEM, now), userId, { secondFactor: true, pending: false, userAgent: 'test' })
  ).secret;
}

/** Creates a user of the role and returns the cookie secret of a full session for it. */
export async function signedIn(t: TestDb, role: UserRole): Promise<string> {
  counter += 1;
  const { user } = await addUser(testCtx(t), { email: `${role}-s${counter}@example.org`, role }, false);
  return sessionFor(t, user.id);
}

/** A full session for the user with this email in the database of a data folder (a server started with the same environment). */
export async function sessionForEmail(env: Record<string, string>, email: string): Promise<string> {
  const config = loadConfig({ VIGIL_LOG_LEVEL: 'silent', ...env });
  const handle = openDatabase(config.database);
  try {
    const user = await findUserByEmail(handle.db, email);
    if (!user) throw new Error(`no user ${email}`);
    // Through testCtx, so the context has whatever it needs as the app grows; the keys are the server's, from its key file.
    const ctx = testCtx({
      handle,
      config,
      keyring: loadOrCreateKeyring(config.secretKeyFile),
      dir: config.dataDir,
      cleanup: async () => undefined,
    });
    return (await startSession(ctx, user.id, { secondFactor: true, pending: false, userAgent: 'test' })).secret;
  } finally {
    await handle.close();
  }
}
