// Encryption of restricted values at rest: AES-256-GCM under keys kept in a file outside the database.
// A blob is "v1:<keyId>:<base64url(iv | tag | ciphertext)>"; the record id is the additional authenticated data,
// so a blob copied onto another record does not decrypt. Only the repositories and this module ever see ciphertext.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { inspect } from 'node:util';
import { pooledBytes } from './random-pool.ts';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** What a key id may look like: it is written into every blob, between colons. */
export const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A blob that cannot be decrypted (unknown key, wrong record, changed bytes) or a key that cannot be used. */
export class FieldCipherError extends Error {
  override name = 'FieldCipherError';
}

/** The key file's content: which key encrypts, every key that may still decrypt, and the audit chain's key. */
export interface KeyFile {
  current: string;
  keys: Record<string, string>;
  /** The key of the audit chain (base64); never rotated, since every entry ever written is checked with it. */
  audit?: string;
}

/**
 * The keys of one installation. The key bytes live in a private field: they are never enumerable, logged or serialised
 * except through keyFileOf (which writes the key file).
 */
export class Keyring {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #macKey: Buffer;
  readonly #auditKey: Buffer;
  // The same keys as key objects, made once: every signing seals and digests with them.
  readonly #currentKeyObject: KeyObject;
  readonly #macKeyObject: KeyObject;
  readonly #auditKeyObject: KeyObject;

  /**
   * `auditKey` is the audit chain's key; key files written before it existed lack it, and it is then derived from the
   * current key — deterministically, so every process reading the same file agrees — and written out at the next rotation.
   */
  constructor(
    readonly current: string,
    keys: ReadonlyMap<string, Buffer>,
    auditKey?: Buffer,
  ) {
    if (!keys.has(current)) throw new FieldCipherError(`the current key "${current}" is not among the keys`);
    for (const [id, key] of keys) {
      if (!KEY_ID.test(id))
        throw new FieldCipherError(`key id "${id}" may only use letters, digits, _ and - (at most 64)`);
      if (key.length !== KEY_BYTES)
        throw new FieldCipherError(`key "${id}" must be ${KEY_BYTES} bytes, found ${key.length}`);
    }
    this.#keys = new Map(keys);
    this.#macKey = Buffer.from(
      hkdfSync('sha256', keys.get(current)!, Buffer.alloc(0), 'vigil audit digest of restricted fields', 32),
    );
    if (auditKey !== undefined && auditKey.length !== KEY_BYTES)
      throw new FieldCipherError(`the audit key must be ${KEY_BYTES} bytes, found ${auditKey.length}`);
    this.#auditKey =
      auditKey ?? Buffer.from(hkdfSync('sha256', keys.get(current)!, Buffer.alloc(0), 'vigil audit chain', KEY_BYTES));
    this.#currentKeyObject = createSecretKey(this.#keys.get(current)!);
    this.#macKeyObject = createSecretKey(this.#macKey);
    this.#auditKeyObject = createSecretKey(this.#auditKey);
  }

  /** The ids of every key, the current one included. */
  get ids(): string[] {
    return [...this.#keys.keys()];
  }

  /** Encrypts `plaintext` under the current key, bound to `aad` (the record id). */
  encrypt(plaintext: string, aad: string): string {
    // A fresh random IV per seal, from the process's pool of system randomness (one system call per 8 KiB, not per seal).
    const iv = pooledBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#currentKeyObject, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${VERSION}:${this.current}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** Decrypts a blob made by encrypt() with the same `aad`; throws FieldCipherError when it cannot be authenticated. */
  decrypt(blob: string, aad: string): string {
    const [version, keyId, data, ...rest] = blob.split(':');
    if (version !== VERSION || keyId === undefined || data === undefined || rest.length > 0)
      throw new FieldCipherError('not an encrypted value this version of Vigil wrote');
    const key = this.#keys.get(keyId);
    if (!key) throw new FieldCipherError(`encrypted under key "${keyId}", which is not in the key file`);
    const bytes = Buffer.from(data, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new FieldCipherError('the encrypted value is truncated');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError('the encrypted value does not authenticate (changed, or moved from another record)');
    }
  }

  /** The key id a blob was encrypted under (to find blobs still under an old key). */
  static keyIdOf(blob: string): string | undefined {
    return blob.split(':')[1];
  }

  /**
   * A keyed digest (HMAC-SHA256 under a key derived from the current key) of a text. The audit log uses it instead of a
   * plain hash of restricted values, which anyone holding the database could confirm guesses against.
   */
  mac(text: string): string {
    return createHmac('sha256', this.#macKeyObject).update(text, 'utf8').digest('hex');
  }

  /**
   * A fingerprint of each key: an HMAC under the key of a fixed text. Stored in the database, it lets a start tell the
   * right key file from another one; it reveals nothing of the key.
   */
  fingerprints(): Map<string, string> {
    return new Map(
      [...this.#keys].map(([id, key]) => [
        id,
        createHmac('sha256', key).update('vigil key fingerprint v1', 'utf8').digest('hex').slice(0, 32),
      ]),
    );
  }

  /**
   * The keyed hash (HMAC-SHA256 under the audit key) that links the audit chain: without the key file, nobody who can
   * write the database can compute it, so a rewritten chain does not verify.
   */
  chainMac(text: string): string {
    return createHmac('sha256', this.#auditKeyObject).update(text, 'utf8').digest('hex');
  }

  /** A keyring with a freshly generated key as the current one; the old keys and the audit key stay. */
  withNewKey(id: string = newKeyId()): Keyring {
    if (this.#keys.has(id)) throw new FieldCipherError(`key id "${id}" is already used`);
    return new Keyring(id, new Map([...this.#keys, [id, randomBytes(KEY_BYTES)]]), this.#auditKey);
  }

  /** The same keys with another of them as the current one. */
  withCurrent(id: string): Keyring {
    return new Keyring(id, this.#keys, this.#auditKey);
  }

  /** A keyring with only the current key (after every blob was re-encrypted under it); the audit key stays. */
  withoutOldKeys(): Keyring {
    return new Keyring(this.current, new Map([[this.current, this.#keys.get(this.current)!]]), this.#auditKey);
  }

  /** Never shows key bytes, whatever logs or prints the keyring. */
  toJSON(): { current: string; ids: string[] } {
    return { current: this.current, ids: this.ids };
  }

  [inspect.custom](): string {
    return `Keyring { current: ${this.current}, ids: ${this.ids.join(', ')} }`;
  }

  /** The key file's content, keys in base64: only for writing the key file. */
  static keyFileOf(keyring: Keyring): KeyFile {
    return {
      current: keyring.current,
      keys: Object.fromEntries([...keyring.#keys].map(([id, key]) => [id, key.toString('base64')])),
      audit: keyring.#auditKey.toString('base64'),
    };
  }
}

/** A new key id: the date and a random suffix, e.g. "20261127-9f3a1c". */
export function newKeyId(now = new Date()): string {
  return `${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
}

/** A keyring with one freshly generated key. */
export function generateKeyring(): Keyring {
  const id = newKeyId();
  return new Keyring(id, new Map([[id, randomBytes(KEY_BYTES)]]), randomBytes(KEY_BYTES));
}

/** Parses a key file's text; throws FieldCipherError naming what is wrong (never the key bytes). */
export function parseKeyFile(text: string): Keyring {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FieldCipherError(
      'not JSON; expected {"current": "<keyId>", "keys": {"<keyId>": "<base64 of 32 bytes>"}}',
    );
  }
  const v = value as Partial<KeyFile> | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof v.current !== 'string' ||
    typeof v.keys !== 'object' ||
    v.keys === null ||
    Array.isArray(v.keys)
  ) {
    throw new FieldCipherError('expected {"current": "<keyId>", "keys": {"<keyId>": "<base64 of 32 bytes>"}}');
  }
  const keys = new Map<string, Buffer>();
  for (const [id, b64] of Object.entries(v.keys)) {
    if (typeof b64 !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64))
      throw new FieldCipherError(`key "${id}" is not base64`);
    keys.set(id, Buffer.from(b64, 'base64'));
  }
  if (v.audit !== undefined && (typeof v.audit !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(v.audit)))
    throw new FieldCipherError('the audit key is not base64');
  return new Keyring(v.current, keys, v.audit === undefined ? undefined : Buffer.from(v.audit, 'base64'));
}
