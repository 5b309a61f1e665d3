import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Log levels pino understands. */
const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  VIGIL_DATA_DIR: z.string().min(1).default('./data'),
  VIGIL_DATABASE_URL: z.string().min(1).optional(),
  VIGIL_SECRET_KEY_FILE: z.string().min(1).optional(),
  VIGIL_LOG_LEVEL: LogLevel.default('info'),
  VIGIL_PG_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  VIGIL_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(50 * 1024 * 1024),
  VIGIL_TRUST_PROXY: z.string().optional(),
  VIGIL_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('Vigil <vigil@localhost>'),
  // Public sign-on and the job worker (docs/readme-parts/signing.md).
  VIGIL_SIGN_IP_LIMIT: z.coerce.number().int().min(0).default(10),
  VIGIL_SIGN_IP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  VIGIL_SIGN_APPEAL_LIMIT: z.coerce.number().int().min(0).default(12000),
  VIGIL_SIGN_APPEAL_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  VIGIL_SIGNER_RETENTION_DAYS: z.coerce.number().int().min(0).max(36500).default(180),
  VIGIL_COUNT_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  VIGIL_WORKER_POLL_MS: z.coerce.number().int().min(50).max(60000).default(1000),
  VIGIL_JOB_RETRY_SECONDS: z.coerce.number().int().min(1).max(86400).default(30),
  VIGIL_JOB_LOCK_SECONDS: z.coerce.number().int().min(5).max(86400).default(300),
  // Operations: who may read /metrics (unset: the route does not exist), how long a stop may wait for work in hand.
  VIGIL_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  VIGIL_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
});

/** Every environment variable Vigil reads (deployment files are checked against this list). */
export const ENV_NAMES: readonly string[] = Object.freeze(Object.keys(EnvSchema.shape));

/** Where mail goes: an SMTP server when SMTP_HOST is set (port 465 means TLS from the start, others STARTTLS). */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly pass?: string;
}

/** Where the data lives: an embedded SQLite file or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly poolSize: number };

/** Public sign-on and the job worker: rate limits (0 = none), retention of signers' data, the worker's rhythm. */
export interface SignonConfig {
  readonly ipLimit: number;
  readonly ipWindowMs: number;
  readonly appealLimit: number;
  readonly appealWindowMs: number;
  readonly retentionDays: number;
  readonly countIntervalMs: number;
  readonly pollMs: number;
  readonly retryBaseMs: number;
  readonly lockMs: number;
}

/** Which reverse proxies may speak for the client (X-Forwarded-For/-Proto/-Host): none, all, a hop count, or these addresses/networks. */
export type TrustProxy = boolean | number | readonly string[];

/** The validated, frozen configuration every part of the app receives. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly filesDir: string;
  readonly database: DatabaseConfig;
  readonly secretKeyFile: string;
  readonly logLevel: z.infer<typeof LogLevel>;
  readonly maxUploadBytes: number;
  /** The address people use to reach the app, for links in emails (no trailing slash). */
  readonly publicUrl: string;
  /** Handed to Fastify's trustProxy; false (the default) ignores every X-Forwarded-* header. */
  readonly trustProxy: TrustProxy;
  /** True when VIGIL_PUBLIC_URL is https: cookies are then always Secure, whatever the proxy says. */
  readonly publicHttps: boolean;
  /** Without SMTP, emails are written here as .eml files. */
  readonly outboxDir: string;
  readonly smtp: SmtpConfig | null;
  readonly mailFrom: string;
  readonly signon: SignonConfig;
  /** The bearer token /metrics asks for; null keeps /metrics answering 404. */
  readonly metricsToken: string | null;
  /** How long a stop waits for requests and jobs in hand before it gives up. */
  readonly shutdownTimeoutMs: number;
}

/** Raised when the environment holds a value the app cannot run with. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses a database URL: postgres:// or postgresql:// for PostgreSQL, a path or sqlite: URL otherwise. */
function parseDatabaseUrl(url: string, dataDir: string, poolSize: number): DatabaseConfig {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError('VIGIL_DATABASE_URL: not a valid postgres:// URL');
    }
    return { dialect: 'postgres', url, poolSize };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^sqlite:/i.test(url) && !/^file:/i.test(url)) {
    throw new ConfigError(
      `VIGIL_DATABASE_URL: unsupported scheme in "${url.split(':')[0]}:" (use a file path, sqlite: or postgres://)`,
    );
  }
  let file = url.replace(/^sqlite:(\/\/)?/i, '').replace(/^file:(\/\/)?/i, '');
  if (file === '') throw new ConfigError('VIGIL_DATABASE_URL: the SQLite path is empty');
  if (file !== ':memory:') file = path.resolve(dataDir, file);
  return { dialect: 'sqlite', file };
}

/** True for an IPv4/IPv6 address or a network in CIDR notation with a prefix length that fits it. */
function isAddressOrNetwork(entry: string): boolean {
  const [addr = '', prefix, extra] = entry.split('/');
  const family = isIP(addr);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Parses VIGIL_TRUST_PROXY: unset/false/0 trusts nobody, true everybody, a number that many hops, else a comma-separated list of addresses/CIDRs. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || /^(false|0|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 100) throw new ConfigError('VIGIL_TRUST_PROXY: a hop count must be at most 100');
    return hops;
  }
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = list.find((s) => !isAddressOrNetwork(s));
  if (bad !== undefined)
    throw new ConfigError(
      `VIGIL_TRUST_PROXY: "${bad}" is not an address or CIDR network (use true, a hop count or a comma-separated list)`,
    );
  return Object.freeze(list);
}

/** Validates an environment (process.env or a test's own) into a frozen Config; throws ConfigError naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable is an unset one: environment files and compose write `NAME=` for "use the default".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.VIGIL_DATA_DIR);
  const database = parseDatabaseUrl(e.VIGIL_DATABASE_URL ?? 'vigil.db', dataDir, e.VIGIL_PG_POOL_SIZE);
  const trustProxy = parseTrustProxy(e.VIGIL_TRUST_PROXY);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    filesDir: path.join(dataDir, 'files'),
    database: Object.freeze(database),
    secretKeyFile: path.resolve(e.VIGIL_SECRET_KEY_FILE ?? path.join(dataDir, 'secret.key')),
    logLevel: e.VIGIL_LOG_LEVEL,
    maxUploadBytes: e.VIGIL_MAX_UPLOAD_BYTES,
    publicUrl: (e.VIGIL_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    trustProxy,
    publicHttps: /^https:/i.test(e.VIGIL_PUBLIC_URL ?? ''),
    outboxDir: path.join(dataDir, 'outbox'),
    smtp: e.SMTP_HOST
      ? Object.freeze({
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          ...(e.SMTP_USER ? { user: e.SMTP_USER } : {}),
          ...(e.SMTP_PASS ? { pass: e.SMTP_PASS } : {}),
        })
      : null,
    mailFrom: e.SMTP_FROM,
    signon: Object.freeze({
      ipLimit: e.VIGIL_SIGN_IP_LIMIT,
      ipWindowMs: e.VIGIL_SIGN_IP_WINDOW_SECONDS * 1000,
      appealLimit: e.VIGIL_SIGN_APPEAL_LIMIT,
      appealWindowMs: e.VIGIL_SIGN_APPEAL_WINDOW_SECONDS * 1000,
      retentionDays: e.VIGIL_SIGNER_RETENTION_DAYS,
      countIntervalMs: e.VIGIL_COUNT_INTERVAL_SECONDS * 1000,
      pollMs: e.VIGIL_WORKER_POLL_MS,
      retryBaseMs: e.VIGIL_JOB_RETRY_SECONDS * 1000,
      lockMs: e.VIGIL_JOB_LOCK_SECONDS * 1000,
    }),
    metricsToken: e.VIGIL_METRICS_TOKEN ?? null,
    shutdownTimeoutMs: e.VIGIL_SHUTDOWN_TIMEOUT_SECONDS * 1000,
  });
}

/** Reads the process environment once; the only place that touches process.env. */
export function loadConfigFromProcess(): Config {
  return loadConfig(process.env);
}
