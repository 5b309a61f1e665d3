// The pause switches of an appeal's sign-on: pausing signing refuses new signatures and confirmations; pausing counting
// freezes the public count (signatures are still accepted), e.g. while a flood is examined. Coordinators and admins only.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { setAppealSwitches } from '../../db/repos/signature.repo.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { auditWrite } from '../records/write-support.ts';
import { managedAppeal } from '../../queries/signatures/managed-appeal.ts';

/** The switches to set (either or both). */
export const SwitchesSchema = z
  .strictObject({
    signingPaused: z.boolean().optional().describe('refuse new signatures and confirmations'),
    countingPaused: z.boolean().optional().describe('freeze the public count'),
  })
  .refine((s) => s.signingPaused !== undefined || s.countingPaused !== undefined, {
    message: 'set signingPaused, countingPaused or both',
  });

/** The switches as they stand after a change. */
export interface Switches {
  signingPaused: boolean;
  countingPaused: boolean;
}

/** Sets an appeal's switches and records the change in the audit log. */
export async function setSigningSwitches(ctx: Ctx, ref: string, input: unknown): Promise<Switches> {
  const set = parseOrThrow(SwitchesSchema, input);
  const appeal = await managedAppeal(ctx, ref);
  const before: Switches = { signingPaused: appeal.signingPaused, countingPaused: appeal.countingPaused };
  const after: Switches = {
    signingPaused: set.signingPaused ?? before.signingPaused,
    countingPaused: set.countingPaused ?? before.countingPaused,
  };
  await writeTransaction(ctx.db, async (trx) => {
    await setAppealSwitches(trx, appeal.id, set);
    await auditWrite(ctx, trx, 'appeal.signing_switches', 'appeal', appeal.id, before, after);
  });
  return after;
}
