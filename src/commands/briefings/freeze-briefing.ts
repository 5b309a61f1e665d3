// Freezing a briefing keeps it as generated (with the date it describes), and a frozen briefing can start an appeal whose
// case annex is the briefing's cases. Both are for those who may draft appeals.
import { ulid } from 'ulid';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { actorLabel } from '../../context.ts';
import type { Appeal } from '../../domain/appeal.ts';
import { CountrySchema, DaySchema, IdSchema } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction } from '../../db/database.ts';
import { briefingRepo, type FrozenBriefing } from '../../db/repos/briefing.repo.ts';
import { AppError } from '../../errors.ts';
import { authorizeAppeal } from '../../policies/appeal.policy.ts';
import { countryBriefing } from '../../queries/briefings/country-briefing.ts';
import { insertAppeal } from '../appeals/create-appeal.ts';
import { auditWrite } from '../records/write-support.ts';

const Day = DaySchema;

/** What a briefing is asked for, from a form or the API. */
export const BriefingRequestSchema = z.object({
  country: CountrySchema,
  asOf: Day,
  since: Day.optional(),
  lang: z.enum(['en', 'ru', 'fr', 'kk']).default('en'),
  occasionEventId: IdSchema.optional(),
});

/** Generates the briefing now and stores it as it is. */
export async function freezeBriefing(ctx: Ctx, input: unknown): Promise<FrozenBriefing> {
  authorizeAppeal(ctx.actor, 'create');
  const req = parseOrThrow(BriefingRequestSchema, input);
  const briefing = await countryBriefing(ctx, req);
  return writeTransaction(ctx.db, async (trx) => {
    const frozen: FrozenBriefing = {
      id: ulid(),
      briefing,
      createdAt: ctx.now().toISOString(),
      createdBy: actorLabel(ctx.actor),
      appealId: null,
    };
    await briefingRepo.insert(trx, frozen);
    await auditWrite(ctx, trx, 'briefing.freeze', 'briefing', frozen.id, null, {
      country: req.country,
      asOf: req.asOf,
      cases: briefing.totals.cases,
    });
    return frozen;
  });
}

/** Starts a draft appeal from a frozen briefing: its cases (people first) become the appeal's linked cases. */
export async function appealFromBriefing(ctx: Ctx, id: string): Promise<Appeal> {
  authorizeAppeal(ctx.actor, 'create');
  return writeTransaction(ctx.db, async (trx) => {
    const frozen = await briefingRepo.find(trx, id);
    if (!frozen) throw new AppError('not_found', `No briefing with id "${id}"`);
    if (frozen.appealId)
      throw new AppError('conflict', 'This briefing has already started an appeal', { appealId: frozen.appealId });
    const b = frozen.briefing;
    const appeal = await insertAppeal(ctx, trx, {
      title: `Appeal on ${b.country}: cases as of ${b.asOf}`,
      occasionEventId: b.occasion?.id ?? null,
      caseIds: [...b.people, ...b.organisations].map((c) => c.caseId).slice(0, 500),
      confidentiality: 'internal',
    });
    await briefingRepo.setAppeal(trx, frozen.id, appeal.id);
    await auditWrite(ctx, trx, 'briefing.appeal', 'briefing', frozen.id, null, { appealId: appeal.id });
    return appeal;
  });
}
