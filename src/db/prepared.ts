// Statements of the hot paths (signing, the mail queue, the audit chain, the job worker) built and compiled by Kysely once
// per database and then run again and again with new values. Building a query (its builders, operation nodes, freezing)
// and compiling it cost more than SQLite takes to run most of ours; compiled once, a statement is only its SQL text and
// its values, and the driver reuses the statement it prepared for that text (the SQLite statement cache in
// dialects/sqlite.ts; PostgreSQL parses it again, which is cheap next to the round trip).
//
// A statement is described by a builder over named placeholders: `p.id` stands for the value given as `id` when it runs.
// The placeholders are marker strings that Kysely passes through as parameters, so the SQL is Kysely's own, per dialect.
import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.ts';

// A database or a transaction (Executor in database.ts, which imports this module: named here to avoid a cycle).
type Executor = Kysely<Database>;

/** Rows per multi-row statement at most: more gains nothing measurable, and each prepared statement is kept in memory. */
const MAX_ROWS = 256;

/**
 * Splits `count` rows into statements of power-of-two sizes (at most `maxRows` and MAX_ROWS): the SQL text of a
 * multi-row insert depends on its row count, and SQLite statements are prepared and cached by text, so a handful of
 * sizes keeps the cache small and its statements reused instead of a new one for every batch's remainder.
 */
export function statementSlices(count: number, maxRows: number): [number, number][] {
  let size = 1;
  while (size * 2 <= Math.min(maxRows, MAX_ROWS)) size *= 2;
  const out: [number, number][] = [];
  for (let at = 0; at < count;) {
    while (size > count - at) size /= 2;
    out.push([at, at + size]);
    at += size;
  }
  return out;
}

// Nothing a caller stores starts with a NUL character, so a marker cannot be mistaken for a real value.
const MARK = '\u0000vigil-param:';

/** The placeholders handed to a builder: each stands for the value of that name (typed `never`, so it fits any column). */
export type Placeholders<V> = { readonly [K in keyof V]: never };

type Slot = { name: string } | { value: unknown };

interface Compiled {
  sql: string;
  slots: Slot[];
}

/** Placeholders whose names end in `suffix` (the rows of a multi-row statement: `#0`, `#1`…). */
function placeholdersFor<V>(suffix = ''): Placeholders<V> {
  return new Proxy({}, { get: (_target, name) => `${MARK}${String(name)}${suffix}` }) as Placeholders<V>;
}

const placeholders = placeholdersFor<Record<string, unknown>>();

function compileOnce(query: Compilable<unknown>): Compiled {
  const c = query.compile();
  if (c.sql.includes(MARK)) throw new Error('a placeholder ended up in the SQL text instead of a parameter');
  const slots = c.parameters.map((v): Slot => {
    if (typeof v === 'string' && v.startsWith(MARK)) return { name: v.slice(MARK.length) };
    if (typeof v === 'string' && v.includes(MARK)) throw new Error('a placeholder was embedded in a larger value');
    return { value: v };
  });
  return { sql: c.sql, slots };
}

/**
 * A statement compiled once per database (per dialect adapter, which a database shares with its transactions) for each
 * variant, then run with values. A variant is a number the builder may use for what changes the SQL text (the rows of a
 * multi-row insert): keep the variants few.
 */
export class PreparedQuery<V extends object, R> {
  readonly #build: (db: Executor, p: Placeholders<V>, variant: number) => Compilable<R>;
  readonly #compiled = new WeakMap<object, Map<number, Compiled>>();

  constructor(build: (db: Executor, p: Placeholders<V>, variant: number) => Compilable<R>) {
    this.#build = build;
  }

  /** Runs the statement on `db` (a database or a transaction) with these values. */
  async run(db: Executor, values: V, variant = 0): Promise<QueryResult<R>> {
    const adapter = db.getExecutor().adapter;
    let byVariant = this.#compiled.get(adapter);
    if (!byVariant) {
      byVariant = new Map();
      this.#compiled.set(adapter, byVariant);
    }
    let c = byVariant.get(variant);
    if (!c) {
      c = compileOnce(this.#build(db, placeholders as Placeholders<V>, variant));
      byVariant.set(variant, c);
    }
    const parameters = c.slots.map((s) => {
      if (!('name' in s)) return s.value;
      if (!(s.name in values)) throw new Error(`no value for the statement's parameter "${s.name}"`);
      const v = (values as Record<string, unknown>)[s.name];
      // The drivers take what Kysely would have passed them: undefined is no value for a column.
      return v === undefined ? null : v;
    });
    return db.executeQuery(CompiledQuery.raw(c.sql, parameters) as CompiledQuery<R>);
  }

  /** The first row the statement returns with these values, if any. */
  async first(db: Executor, values: V, variant = 0): Promise<R | undefined> {
    return (await this.run(db, values, variant)).rows[0];
  }
}

/** A statement compiled once per database and run with values (see PreparedQuery). */
export function prepared<V extends object, R>(
  build: (db: Executor, p: Placeholders<V>, variant: number) => Compilable<R>,
): PreparedQuery<V, R> {
  return new PreparedQuery(build);
}

/**
 * A multi-row statement (an insert of many rows) compiled once per database for each of a few row counts: the rows are
 * written in power-of-two slices (statementSlices), so a handful of statements serve any number of rows.
 */
export class PreparedRows<Row extends object> {
  readonly #query: PreparedQuery<Record<string, unknown>, unknown>;

  constructor(
    build: (db: Executor, rows: Placeholders<Row>[]) => Compilable<unknown>,
    readonly maxRows: number,
  ) {
    this.#query = new PreparedQuery((db, _p, count) =>
      build(
        db,
        Array.from({ length: count }, (_, i) => placeholdersFor<Row>(`#${i}`)),
      ),
    );
  }

  /** Writes the rows, in as few statements as the slices allow. */
  async run(db: Executor, rows: readonly Row[]): Promise<void> {
    for (const [from, to] of statementSlices(rows.length, this.maxRows)) {
      const values: Record<string, unknown> = {};
      for (let i = from; i < to; i++) for (const [k, v] of Object.entries(rows[i]!)) values[`${k}#${i - from}`] = v;
      await this.#query.run(db, values, to - from);
    }
  }
}

/** A multi-row statement compiled once per database and row count (see PreparedRows). */
export function preparedRows<Row extends object>(
  build: (db: Executor, rows: Placeholders<Row>[]) => Compilable<unknown>,
  maxRows = 64,
): PreparedRows<Row> {
  return new PreparedRows(build, maxRows);
}
