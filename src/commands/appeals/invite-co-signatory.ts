// A coordinator invites an organisation or person to co-sign by email, or records a co-signature received another way.
// The invitation email is queued in the same transaction, so it is sent even if the process stops right after.
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { actorLabel } from '../../context.ts';
import type { Appeal } from '../../domain/appeal.ts';
import {
  CO_SIGN_LINK_TTL_MS,
  CoSignatoryInviteSchema,
  CoSignatoryRecordSchema,
  type CoSignatory,
} from '../../domain/co-signatory.ts';
import { orNull } from '../../domain/common.ts';
import { parsePartialDate, partialDateRange } from '../../domain/partial-date.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { coSignatoryRepo } from '../../db/repos/co-signatory.repo.ts';
import { recordExists } from '../../db/repos/shared.ts';
import { AppError, notFound } from '../../errors.ts';
import { enqueueMail } from '../../mail/mail-job.ts';
import { coSignInvitation } from '../../mail/templates/co-sign.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { authorizeAppeal } from '../../policies/appeal.policy.ts';
import { newSecret, sha256Hex } from '../../crypto/secrets.ts';
import { auditWrite } from '../records/write-support.ts';

/** The appeal, if the actor may add co-signatories to it now (before publication). */
export async function openForCoSigning(ctx: Ctx, trx: Trx, idOrSlug: string): Promise<Appeal> {
  const appeal = await appealRepo.find(trx, idOrSlug, readableLevels(ctx.actor));
  if (!appeal) throw notFound('appeal', idOrSlug);
  authorizeAppeal(ctx.actor, 'co_sign');
  if (appeal.status !== 'draft' && appeal.status !== 'collecting') {
    throw new AppError('conflict', `status: the appeal is ${appeal.status}; its co-signatories are fixed`, {
      field: 'status',
    });
  }
  return appeal;
}

/** When a link sent now stops working: in 30 days, or at the end of the appeal's deadline if that comes first. */
export function linkExpiry(appeal: Pick<Appeal, 'deadline'>, now: Date): string {
  const ttl = new Date(now.getTime() + CO_SIGN_LINK_TTL_MS).toISOString();
  if (!appeal.deadline) return ttl;
  const parsed = parsePartialDate(appeal.deadline);
  if (!parsed) return ttl;
  const end = `${partialDateRange(parsed).latest}T23:59:59.999Z`;
  return end < ttl ? end : ttl;
}

/** What the audit log keeps of a co-signatory: never the email. */
export function auditedCoSignatory(c: CoSignatory): Record<string, unknown> {
  const { linkOpen: _l, ...rest } = c;
  return rest;
}

async function checkOrganisation(ctx: Ctx, trx: Trx, id: string | null | undefined): Promise<void> {
  if (id && !(await recordExists(trx, 'organisations', id, readableLevels(ctx.actor)))) {
    throw new AppError('validation_failed', `organisationId: no organisation with id "${id}"`, {
      field: 'organisationId',
    });
  }
}

/** Invites a co-signatory by email; the link's token exists only in the queued email. */
export async function inviteCoSignatory(ctx: Ctx, appealIdOrSlug: string, input: unknown): Promise<CoSignatory> {
  const parsed = parseOrThrow(CoSignatoryInviteSchema, input);
  return writeTransaction(ctx.db, async (trx) => {
    const appeal = await openForCoSigning(ctx, trx, appealIdOrSlug);
    await checkOrganisation(ctx, trx, parsed.organisationId);
    const now = ctx.now();
    const token = newSecret();
    const expiresAt = linkExpiry(appeal, now);
    const record: CoSignatory = {
      id: ulid(),
      appealId: appeal.id,
      position: await coSignatoryRepo.nextPosition(trx, appeal.id),
      kind: parsed.kind,
      name: parsed.name,
      title: orNull(parsed.title),
      organisation: orNull(parsed.organisation),
      organisationId: orNull(parsed.organisationId),
      status: 'invited',
      invitedAt: now.toISOString(),
      confirmedAt: null,
      withdrawnAt: null,
      createdBy: actorLabel(ctx.actor),
      lang: parsed.lang,
      linkOpen: true,
    };
    await coSignatoryRepo.insert(
      trx,
      { record, email: parsed.email, tokenHash: sha256Hex(token), tokenExpiresAt: expiresAt },
      ctx.keyring,
    );
    const mail = coSignInvitation(parsed.lang, appeal.title, `${ctx.config.publicUrl}/co-sign/${token}`, expiresAt);
    await enqueueMail(trx, { to: parsed.email, ...mail }, now, ctx.keyring);
    await auditWrite(ctx, trx, 'appeal.co_signatory.invite', 'appeal', appeal.id, null, auditedCoSignatory(record));
    return record;
  });
}

/** Records a co-signature confirmed outside Vigil (a signed letter, a call) as confirmed at once. */
export async function recordCoSignatory(
  ctx: Ctx,
  appealIdOrSlug: string,
  input: unknown,
  opts: { id?: string; at?: string } = {},
): Promise<CoSignatory> {
  return writeTransaction(ctx.db, (trx) => insertConfirmedCoSignatory(ctx, trx, appealIdOrSlug, input, opts));
}

/** The same inside the caller's write transaction. */
export async function insertConfirmedCoSignatory(
  ctx: Ctx,
  trx: Trx,
  appealIdOrSlug: string,
  input: unknown,
  opts: { id?: string; at?: string } = {},
): Promise<CoSignatory> {
  const parsed = parseOrThrow(CoSignatoryRecordSchema, input);
  const appeal = await openForCoSigning(ctx, trx, appealIdOrSlug);
  await checkOrganisation(ctx, trx, parsed.organisationId);
  const at = opts.at ?? ctx.now().toISOString();
  const record: CoSignatory = {
    id: opts.id ?? ulid(),
    appealId: appeal.id,
    position: await coSignatoryRepo.nextPosition(trx, appeal.id),
    kind: parsed.kind,
    name: parsed.name,
    title: orNull(parsed.title),
    organisation: orNull(parsed.organisation),
    organisationId: orNull(parsed.organisationId),
    status: 'confirmed',
    invitedAt: at,
    confirmedAt: at,
    withdrawnAt: null,
    createdBy: actorLabel(ctx.actor),
    lang: parsed.lang,
    linkOpen: false,
  };
  await coSignatoryRepo.insert(
    trx,
    { record, email: orNull(parsed.email), tokenHash: null, tokenExpiresAt: null },
    ctx.keyring,
  );
  await auditWrite(ctx, trx, 'appeal.co_signatory.record', 'appeal', appeal.id, null, auditedCoSignatory(record));
  return record;
}
