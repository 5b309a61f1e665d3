// The key file (VIGIL_SECRET_KEY_FILE): created owner-only for a new, empty database, refused when others may read it,
// replaced atomically (temporary file, fsync, rename) when keys are rotated.
import fs from 'node:fs';
import path from 'node:path';
import { FieldCipherError, generateKeyring, Keyring, parseKeyFile } from './field-cipher.ts';

/** Permission bits for group and others: the key file must have none of them. */
const OTHERS = 0o077;

/** Reads the key file, refusing it when group or others have any access to it. */
export function loadKeyring(file: string): Keyring {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new FieldCipherError(`secret key file ${file} does not exist`);
  }
  if (!stat.isFile()) throw new FieldCipherError(`secret key file ${file} is not a regular file`);
  if (process.platform !== 'win32' && (stat.mode & OTHERS) !== 0) {
    const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
    throw new FieldCipherError(
      `secret key file ${file} is readable or writable by others (mode ${mode}); run: chmod 600 ${file}`,
    );
  }
  try {
    return parseKeyFile(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new FieldCipherError(`secret key file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Creates the key file with one new key (mode 0600, its folder 0700 when the folder is created) and returns the keyring
 * now in the file. Never replaces a file: if another process created it meanwhile, that file's key is the one returned.
 */
export function createKeyFile(file: string): Keyring {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, `${JSON.stringify(Keyring.keyFileOf(generateKeyring()), null, 2)}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return loadKeyring(file);
}

/**
 * Reads the key file, or creates it when missing. Only for a folder known to be new (tests, benchmarks): the app and the
 * CLI go through openKeyring (commands/keys/open-keyring.ts), which creates a key for an empty database only.
 */
export function loadOrCreateKeyring(file: string): Keyring {
  return fs.existsSync(file) ? loadKeyring(file) : createKeyFile(file);
}

/** Replaces the key file atomically: a 0600 temporary file next to it is written, flushed to disk and renamed over it. */
export function writeKeyFile(file: string, keyring: Keyring): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.rmSync(tmp, { force: true });
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(Keyring.keyFileOf(keyring), null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
  // The rename itself is durable only once the folder is flushed too.
  try {
    const dir = fs.openSync(path.dirname(file), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch {
    // Some platforms cannot open or fsync a folder; the rename has still happened.
  }
}
