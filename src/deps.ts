// What the HTTP app is built from: the one type every route, page and plugin takes, in a module of its own so that
// nothing imports the server to learn it.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Keyring } from './crypto/field-cipher.ts';
import type { Db, PoolStats } from './db/database.ts';
import type { FileStore } from './files.ts';

/** What the app is built from. */
export interface AppDeps {
  readonly config: Config;
  readonly db: Db;
  readonly files: FileStore;
  readonly log: Logger;
  readonly now: () => Date;
  /** The keys of restricted fields, read from the key file once at start. */
  readonly keyring: Keyring;
  /** The database pool's connections, for metrics (PostgreSQL only). */
  readonly poolStats?: () => PoolStats;
}
