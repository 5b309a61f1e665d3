// The key file a process starts with. A new key is made only for an empty database (the first `migrate` or start); a
// database that already holds data and finds no key file, or a key file whose keys it does not know, stops the process
// with one line naming the file and how to restore it: a silently new key would leave every sealed value unreadable and
// let earlier signers sign again.
import fs from 'node:fs';
import type { Ctx } from '../../context.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { createKeyFile, loadKeyring } from '../../crypto/key-file.ts';
import type { Db } from '../../db/database.ts';
import { readKeyState, recordKeyFingerprints } from '../../db/repos/key.repo.ts';

/** The key file cannot be used with this database; the message says which file and what to do. */
export class KeyFileRefused extends Error {
  override name = 'KeyFileRefused';
}

const restore = (file: string) =>
  `restore this database's key file from your backup to ${file} (or set VIGIL_SECRET_KEY_FILE to where it is)`;

/** Refuses a keyring when the database knows other keys, or the same key ids with other fingerprints. */
function checkFingerprints(file: string, keyring: Keyring, stored: Map<string, string>): void {
  if (stored.size === 0) return;
  const mine = keyring.fingerprints();
  for (const [id, fingerprint] of mine) {
    const known = stored.get(id);
    if (known !== undefined && known !== fingerprint) {
      throw new KeyFileRefused(
        `the key file ${file} (VIGIL_SECRET_KEY_FILE) is not this database's: its key "${id}" differs from the one the database was written with; ${restore(file)}`,
      );
    }
  }
  if (![...mine.keys()].some((id) => stored.has(id))) {
    throw new KeyFileRefused(
      `the key file ${file} (VIGIL_SECRET_KEY_FILE) is not this database's: none of its keys (${[...mine.keys()].join(', ')}) is one the database was written with (${[...stored.keys()].join(', ')}); ${restore(file)}`,
    );
  }
}

/**
 * Reads the key file for this database, before it is migrated. Creates it (mode 0600) only when the database is empty;
 * throws KeyFileRefused when the file is missing for a database with data, or when its keys are not the database's.
 */
export async function openKeyring(db: Db, file: string): Promise<Keyring> {
  const state = await readKeyState(db);
  let keyring: Keyring;
  if (fs.existsSync(file)) {
    keyring = loadKeyring(file);
  } else if (state.hasData) {
    throw new KeyFileRefused(
      `the key file ${file} (VIGIL_SECRET_KEY_FILE) is missing, and this database holds data sealed with it; ${restore(file)}. A new key is made only for an empty database`,
    );
  } else {
    keyring = createKeyFile(file);
  }
  checkFingerprints(file, keyring, state.fingerprints);
  return keyring;
}

/**
 * Records the fingerprints of the context's keys the database does not know yet (after migrating). Like the migrations,
 * this is bookkeeping of the installation, not a change to its records, so it has no audit entry: a command that fails
 * on a new database leaves its audit log empty.
 */
export async function rememberKeyring(ctx: Pick<Ctx, 'db' | 'keyring' | 'now'>): Promise<string[]> {
  return recordKeyFingerprints(ctx.db, ctx.keyring.fingerprints(), ctx.now().toISOString());
}
