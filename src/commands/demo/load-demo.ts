// Loads the sample register; records already present (by fixed id) are left exactly as they are.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { CONFIDENTIALITY } from '../../domain/vocabulary.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { insertRecord } from '../records/create-record.ts';
import { insertAppeal } from '../appeals/create-appeal.ts';
import { insertConfirmedCoSignatory } from '../appeals/invite-co-signatory.ts';
import { moveAppeal } from '../appeals/transition-appeal.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { DEMO_APPEAL, DEMO_APPEAL_ID, DEMO_CO_SIGNATORIES, DEMO_CO_SIGNATORY_IDS } from './demo-appeal.ts';
import { indexMissing } from '../search/index-record.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
  type RecordDef,
} from '../../records/registry.ts';
import {
  DEMO_CASES,
  DEMO_CITATIONS,
  DEMO_CREATED_AT,
  DEMO_EVENTS,
  DEMO_MEMBERSHIPS,
  DEMO_ORGANISATIONS,
  DEMO_PERSONS,
  DEMO_SOURCES,
  type DemoRecord,
} from './demo-data.ts';

/** How many demo records this run stored and how many were already there. */
export interface DemoResult {
  created: number;
  unchanged: number;
}

async function loadAll<T extends RecordBase, F>(
  ctx: Ctx,
  trx: Trx,
  def: RecordDef<T, F>,
  records: readonly DemoRecord<unknown>[],
  result: DemoResult,
): Promise<void> {
  for (const { id, input } of records) {
    // Every level, whatever the actor may read: a demo record someone made restricted still exists and must not be re-created.
    if (await def.repo.find(trx, id, CONFIDENTIALITY, null)) {
      result.unchanged++;
      continue;
    }
    await insertRecord(ctx, trx, def, input, { id, createdAt: DEMO_CREATED_AT, updatedAt: DEMO_CREATED_AT });
    result.created++;
  }
}

/** Loads the demo appeal, its co-signatories, and publishes it, unless it is already there. */
async function loadAppeal(realCtx: Ctx, trx: Trx, result: DemoResult): Promise<void> {
  // The letter was published on the register's date, the eve of the visit.
  const ctx: Ctx = { ...realCtx, now: () => new Date(DEMO_CREATED_AT) };
  if (await appealRepo.find(trx, DEMO_APPEAL_ID, CONFIDENTIALITY)) {
    result.unchanged++;
    return;
  }
  await insertAppeal(ctx, trx, DEMO_APPEAL, { id: DEMO_APPEAL_ID, at: DEMO_CREATED_AT });
  for (const [i, c] of DEMO_CO_SIGNATORIES.entries()) {
    await insertConfirmedCoSignatory(ctx, trx, DEMO_APPEAL_ID, c, {
      id: DEMO_CO_SIGNATORY_IDS[i],
      at: DEMO_CREATED_AT,
    });
  }
  await moveAppeal(ctx, trx, DEMO_APPEAL_ID, 'collecting');
  await moveAppeal(ctx, trx, DEMO_APPEAL_ID, 'published');
  result.created++;
}

/** Loads the sample register built from the December 2014 open letter; a second run changes nothing and writes no audit entries. */
export async function loadDemo(ctx: Ctx): Promise<DemoResult> {
  const result: DemoResult = { created: 0, unchanged: 0 };
  // One transaction: the sample register arrives whole or not at all.
  await writeTransaction(ctx.db, async (trx) => {
    // Referenced records come first, so each write's reference check finds its targets; events are ordered so relations point back.
    await loadAll(ctx, trx, organisationDef, DEMO_ORGANISATIONS, result);
    await loadAll(ctx, trx, personDef, DEMO_PERSONS, result);
    await loadAll(ctx, trx, membershipDef, DEMO_MEMBERSHIPS, result);
    await loadAll(ctx, trx, eventDef, DEMO_EVENTS, result);
    await loadAll(ctx, trx, caseDef, DEMO_CASES, result);
    await loadAll(ctx, trx, sourceDef, DEMO_SOURCES, result);
    await loadAll(ctx, trx, citationDef, DEMO_CITATIONS, result);
    await loadAppeal(ctx, trx, result);
    // Records stored before the search index existed get their documents now (new ones were indexed as written).
    await indexMissing(trx);
  });
  return result;
}
