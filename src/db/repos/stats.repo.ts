// Whole-register counts for progress bars and summaries (not filtered: callers are the CLI's system actor).
import type { Executor } from '../database.ts';
import type { RecordTable } from './shared.ts';

const TABLES: RecordTable[] = ['persons', 'organisations', 'memberships', 'events', 'cases', 'sources', 'citations'];

/** Number of records in each record table. */
export async function countRecords(db: Executor): Promise<Record<RecordTable, number>> {
  const out = {} as Record<RecordTable, number>;
  for (const table of TABLES) {
    const row = await db.selectFrom(table as 'persons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}
