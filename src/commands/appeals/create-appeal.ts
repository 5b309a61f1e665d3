// Creates an appeal as a draft: validate, check references, slug, insert and audit in one transaction.
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { actorLabel } from '../../context.ts';
import { AppealInputSchema, appealFields, type Appeal } from '../../domain/appeal.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { authorizeAppeal } from '../../policies/appeal.policy.ts';
import { appealSlug, auditAppeal, checkAppeal } from './appeal-support.ts';

/** Options for creating: a fixed id and time (demo data keeps its own). */
export interface CreateAppealOptions {
  id?: string;
  at?: string;
}

/** Validates and stores a new draft appeal inside the caller's transaction. */
export async function insertAppeal(
  ctx: Ctx,
  trx: Trx,
  input: unknown,
  opts: CreateAppealOptions = {},
): Promise<Appeal> {
  authorizeAppeal(ctx.actor, 'create');
  const parsed = parseOrThrow(AppealInputSchema, input);
  const at = opts.at ?? ctx.now().toISOString();
  const draft: Appeal = {
    ...appealFields(parsed),
    id: opts.id ?? ulid(),
    slug: '',
    createdAt: at,
    updatedAt: at,
    createdBy: actorLabel(ctx.actor),
    status: 'draft',
    signingPaused: false,
    countingPaused: false,
    publishedAt: null,
    closedAt: null,
    annexFrozen: null,
    signatureCount: 0,
    countRefreshedAt: null,
  };
  await checkAppeal(ctx, trx, draft);
  const appeal = { ...draft, slug: await appealSlug(trx, draft, parsed.slug) };
  await appealRepo.insert(trx, appeal);
  await auditAppeal(ctx, trx, 'appeal.create', null, appeal);
  return appeal;
}

/** Creates a draft appeal in its own transaction and returns it as stored. */
export async function createAppeal(ctx: Ctx, input: unknown, opts: CreateAppealOptions = {}): Promise<Appeal> {
  authorizeAppeal(ctx.actor, 'create');
  return writeTransaction(ctx.db, (trx) => insertAppeal(ctx, trx, input, opts));
}
