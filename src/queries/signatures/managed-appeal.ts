// What the management commands share: loading an appeal the actor may manage.
import type { Ctx } from '../../context.ts';
import { findSigningAppeal, type SigningAppeal } from '../../db/repos/signature.repo.ts';
import { notFound } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { authorizeSignatureManagement } from '../../policies/signature.policy.ts';

/** The appeal (id or slug) after checking that the actor manages signatures and may read it; 404 when not visible. */
export async function managedAppeal(ctx: Ctx, ref: string): Promise<SigningAppeal> {
  authorizeSignatureManagement(ctx.actor);
  const appeal = await findSigningAppeal(ctx.db, ref, readableLevels(ctx.actor));
  if (!appeal) throw notFound('appeal', ref);
  return appeal;
}
