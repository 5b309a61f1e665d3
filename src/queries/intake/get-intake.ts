// Reading intake documents back: one with its text and proposals, or the latest few.
import type { Ctx } from '../../context.ts';
import { findIntake, listIntakes } from '../../db/repos/intake.repo.ts';
import { notFound } from '../../errors.ts';
import type { OutcomeItem } from '../../intake/types.ts';
import { authorizeIntake } from '../../policies/intake.policy.ts';
import type { Proposals } from '../../intake/types.ts';
import { readableLevels } from '../../policies/authorize.ts';

/** An intake document as the API and the review screen show it. */
export interface IntakeView {
  id: string;
  sourceId: string;
  status: 'open' | 'accepted' | 'closed';
  format: string;
  createdAt: string;
  text: string;
  proposals: Proposals;
  outcome: OutcomeItem[];
}

/** One intake document, for those who may use intake. */
export async function getIntake(ctx: Ctx, id: string): Promise<IntakeView> {
  authorizeIntake(ctx.actor);
  const row = /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id) ? await findIntake(ctx.db, id, readableLevels(ctx.actor)) : undefined;
  if (!row) throw notFound('intake document', id);
  return {
    id: row.id,
    sourceId: row.source_id,
    status: row.status as IntakeView['status'],
    format: row.format,
    createdAt: row.created_at,
    text: row.body,
    proposals: JSON.parse(row.proposals) as Proposals,
    outcome: JSON.parse(row.outcome) as OutcomeItem[],
  };
}

/** The latest intake documents, newest first. */
export async function latestIntakes(ctx: Ctx, limit = 20) {
  authorizeIntake(ctx.actor);
  return listIntakes(ctx.db, readableLevels(ctx.actor), limit);
}
