// Deny rules: signatures from these IP ranges or email domains are accepted with the usual answer and stored silently
// invalidated, so a flood's author learns nothing. Coordinators and admins manage them; every change is audited.
import { ulid } from 'ulid';
import { actorLabel, type Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import {
  deleteDenyRule,
  findDenyRule,
  insertDenyRule,
  listDenyRules,
  type DenyRule,
} from '../../db/repos/deny-rule.repo.ts';
import { DenyRuleInputSchema } from '../../domain/signature.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { AppError } from '../../errors.ts';
import { authorizeSignatureManagement } from '../../policies/signature.policy.ts';
import { auditWrite } from '../records/write-support.ts';
import { forgetDenyRules } from './deny-cache.ts';

/** Every deny rule. */
export async function listDenyRulesFor(ctx: Ctx): Promise<DenyRule[]> {
  authorizeSignatureManagement(ctx.actor);
  return listDenyRules(ctx.db);
}

/** Adds a deny rule; a rule of the same kind and value is a conflict. */
export async function addDenyRule(ctx: Ctx, input: unknown): Promise<DenyRule> {
  authorizeSignatureManagement(ctx.actor);
  const parsed = parseOrThrow(DenyRuleInputSchema, input);
  const rule: DenyRule = {
    id: ulid(),
    kind: parsed.kind,
    value: parsed.value,
    note: parsed.note ?? null,
    createdBy: actorLabel(ctx.actor),
    createdAt: ctx.now().toISOString(),
  };
  await writeTransaction(ctx.db, async (trx) => {
    if (!(await insertDenyRule(trx, rule)))
      throw new AppError('conflict', `value: a ${rule.kind} rule for "${rule.value}" exists already`, {
        field: 'value',
      });
    await auditWrite(ctx, trx, 'deny_rule.create', 'deny_rule', rule.id, null, rule);
  });
  forgetDenyRules(ctx.db);
  return rule;
}

/** Removes a deny rule by id. */
export async function removeDenyRule(ctx: Ctx, id: string): Promise<void> {
  authorizeSignatureManagement(ctx.actor);
  const rule = await findDenyRule(ctx.db, id);
  if (!rule) throw new AppError('not_found', `No deny rule with id "${id}"`);
  await writeTransaction(ctx.db, async (trx) => {
    if (!(await deleteDenyRule(trx, id))) throw new AppError('not_found', `No deny rule with id "${id}"`);
    await auditWrite(ctx, trx, 'deny_rule.delete', 'deny_rule', id, rule, null);
  });
  forgetDenyRules(ctx.db);
}
