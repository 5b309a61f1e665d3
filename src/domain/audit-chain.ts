// The rules of the audit chain, without I/O: what an entry's hash covers, how a walk over the chain finds the first
// bad entry, and what an anchor (the head written down outside the database) looks like.
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { canonicalJson, sha256Hex } from './digest.ts';

/** The first entry's "previous hash". */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry that its hash covers (everything but the hash itself). */
export interface ChainedFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  prevHash: string;
}

/** A keyed hash function (HMAC under the audit key); the key never reaches this module. */
export type ChainMac = (text: string) => string;

function canonicalFields(e: ChainedFields): string {
  return canonicalJson({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    recordType: e.recordType,
    recordId: e.recordId,
    beforeDigest: e.beforeDigest,
    afterDigest: e.afterDigest,
    prevHash: e.prevHash,
  });
}

/** An entry's keyed hash: HMAC over its canonical fields. Only the holder of the key file can compute it. */
export function keyedEntryHash(mac: ChainMac, e: ChainedFields): string {
  return mac(canonicalFields(e));
}

/** An entry's hash as chains written before keyed hashing computed it (plain SHA-256), to check them before re-keying. */
export function plainEntryHash(e: ChainedFields): string {
  return sha256Hex(canonicalFields(e));
}

/**
 * Walks a chain in sequence order, one entry at a time, remembering only the previous hash (constant memory).
 * `check` answers the reason the entry is bad, or null when it follows correctly.
 */
export class ChainWalker {
  #expectedSeq = 1;
  #prevHash = GENESIS_HASH;
  #count = 0;

  constructor(private readonly hashOf: (e: ChainedFields) => string) {}

  /** Checks the next entry; on success it becomes the one the following entry must link to. */
  check(e: ChainedFields & { hash: string }): { seq: number; reason: string } | null {
    if (e.seq !== this.#expectedSeq)
      return { seq: this.#expectedSeq, reason: `entry ${this.#expectedSeq} is missing (next present is ${e.seq})` };
    if (e.prevHash !== this.#prevHash)
      return {
        seq: e.seq,
        reason: `entry ${e.seq} does not follow entry ${e.seq - 1} (chain link broken: removed or reordered)`,
      };
    if (this.hashOf(e) !== e.hash)
      return { seq: e.seq, reason: `entry ${e.seq} was changed (its keyed hash does not match its content)` };
    this.#prevHash = e.hash;
    this.#expectedSeq += 1;
    this.#count += 1;
    return null;
  }

  /** How many entries followed correctly. */
  get count(): number {
    return this.#count;
  }

  /** The hash of the last entry that followed correctly. */
  get lastHash(): string {
    return this.#prevHash;
  }
}

/** The head of the chain written down outside the database: the sequence number, its keyed hash, and when it was taken. */
export const AuditAnchor = z
  .object({
    seq: z.number().int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    at: z.string().datetime(),
  })
  .strict();
export type AuditAnchor = z.infer<typeof AuditAnchor>;

/** Reads an anchor file's text; a file that is not an anchor is a validation error saying so. */
export function parseAnchor(text: string): AuditAnchor {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError(
      'validation_failed',
      'the anchor is not JSON; expected {"seq": <n>, "hash": "<64 hex>", "at": "<ISO time>"}',
    );
  }
  const parsed = AuditAnchor.safeParse(value);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      'the anchor is not one `vigil audit anchor` wrote; expected {"seq": <n>, "hash": "<64 hex>", "at": "<ISO time>"}',
    );
  return parsed.data;
}
