// Signing an appeal (double opt-in). The answer is the same whether the address is new, already signed, or denied: a new
// address gets a pending signature and a confirmation link; a repeat gets no second signature but one message. While
// unconfirmed, the latest signing's details (name, country, comment, public-name choice, the address as typed) replace
// the earlier ones with a fresh link, so a stranger who signs first with someone's address cannot fix what the owner
// confirms (the confirmation page shows the details). Once confirmed, a signature is never changed by a later signing:
// the address gets a note. A denied signer's signature is stored silently invalidated and gets the usual link. Every branch writes one signature row or token, one mail job and one audit entry, in one
// transaction (shared with the signings arriving at the same moment: write-batcher.ts), so the work and its timing do not
// tell the branches apart and a crash loses neither signature nor mail.
import type { Ctx } from '../../context.ts';
import { pooledToken, pooledUlid } from '../../crypto/random-pool.ts';
import {
  findSignatureByEmailHash,
  findSigningAppeal,
  insertSignatureIfNew,
  replacePendingSignature,
  type SigningAppeal,
} from '../../db/repos/signature.repo.ts';
import { sha256Hex } from '../../domain/digest.ts';
import { canonicalDomain, canonicalEmail, emailDomain } from '../../domain/email.ts';
import { networkPrefix, SignInputSchema, signingOpen, type SignInput } from '../../domain/signature.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { AppError, notFound } from '../../errors.ts';
import { isLocale } from '../../i18n/locales.ts';
import { enqueueMail, type TemplateMail } from '../../mail/mail-job.ts';
import type { MailLocale } from '../../mail/templates/signature.ts';
import { auditInput } from '../records/write-support.ts';
import { denyRulesOf } from './deny-cache.ts';
import { batchedWrite } from './write-batcher.ts';

/**
 * A signing as it arrives: the appeal (id or slug, or as already loaded), the body, the caller's address (never stored)
 * and language. The body comes as received (`input`, validated here) or as already parsed by SignInputSchema (`parsed`:
 * the routes' schemas did it, and a second pass cost every signing its time again).
 */
export type SignRequest = {
  appeal: string | SigningAppeal;
  ip: string;
  locale: MailLocale;
} & ({ input: unknown } | { parsed: SignInput });

/** Keyed digests that stand for an address or a network without revealing it. */
export const emailHashOf = (ctx: Ctx, canonical: string): string => ctx.keyring.mac(`signature-email\n${canonical}`);
export const networkHintOf = (ctx: Ctx, prefix: string): string => ctx.keyring.mac(`signature-network\n${prefix}`);

/** The appeal a member of the public may sign now, or the error that says why not. */
export async function openAppealFor(ctx: Ctx, ref: string): Promise<SigningAppeal> {
  const appeal = await findSigningAppeal(ctx.db, ref, ['public']);
  if (!appeal || appeal.status === 'draft' || appeal.status === 'collecting') throw notFound('appeal', ref);
  if (!signingOpen(appeal, ctx.now()))
    throw new AppError('conflict', 'Signing is closed for this appeal', { reason: 'signing_closed' });
  return appeal;
}

/** The link a signer opens to confirm. */
export function confirmLink(ctx: Ctx, slug: string, token: string): string {
  return `${ctx.config.publicUrl}/appeals/${encodeURIComponent(slug)}/confirm/${token}`;
}

/** Signs an appeal for a member of the public; resolves with nothing, whatever happened (see the top of the file). */
export async function signAppeal(ctx: Ctx, req: SignRequest): Promise<void> {
  const input = 'parsed' in req ? req.parsed : parseOrThrow(SignInputSchema, req.input);
  const appeal = typeof req.appeal === 'string' ? await openAppealFor(ctx, req.appeal) : req.appeal;
  const now = ctx.now();
  const nowIso = now.toISOString();
  const domain = canonicalDomain(emailDomain(input.email));
  const emailHash = emailHashOf(ctx, canonicalEmail(input.email));
  const prefix = networkPrefix(req.ip);
  const rules = await denyRulesOf(ctx.db, now);
  const denied = rules.domainDenied(domain) || rules.ipDenied(req.ip);
  const id = pooledUlid(now.getTime());
  const token = pooledToken(32);
  const tokenHash = sha256Hex(token);
  const emailSealed = ctx.keyring.encrypt(input.email, id);
  // The message is queued by name with its values and rendered by the worker when it sends it (mail-job.ts).
  const confirmation = (): TemplateMail => ({
    template: 'signature.confirm',
    locale: req.locale,
    to: input.email,
    appealTitle: appeal.title,
    link: confirmLink(ctx, appeal.slug, token),
  });

  await batchedWrite(ctx.db, ctx.keyring, async (trx) => {
    const inserted = await insertSignatureIfNew(trx, {
      id,
      appealId: appeal.id,
      status: denied ? 'invalidated' : 'pending',
      name: input.name,
      country: input.country,
      comment: input.comment ?? null,
      showName: input.showName,
      emailSealed,
      emailHash,
      emailDomain: domain,
      networkHint: prefix ? networkHintOf(ctx, prefix) : null,
      tokenHash,
      createdAt: nowIso,
      invalidatedReason: denied ? 'deny_rule' : null,
      lang: req.locale,
    });
    if (inserted) {
      await enqueueMail(trx, confirmation(), now, ctx.keyring);
      return [
        auditInput(ctx, 'signature.sign', 'signature', id, null, {
          id,
          appealId: appeal.id,
          status: denied ? 'invalidated' : 'pending',
        }),
      ];
    }
    const existing = await findSignatureByEmailHash(trx, appeal.id, emailHash);
    if (!existing) throw new Error('a signature both exists and does not');
    // Still unconfirmed: the latest details and a new link replace the old ones (the first message may be lost, or the
    // first signing may not have been the owner's). Confirmed: nothing changes; say so, once more.
    let confirmed = existing.confirmedAt !== null;
    if (!confirmed) {
      confirmed = !(await replacePendingSignature(trx, existing.id, {
        name: input.name,
        country: input.country,
        comment: input.comment ?? null,
        showName: input.showName,
        emailSealed: ctx.keyring.encrypt(input.email, existing.id),
        emailDomain: domain,
        networkHint: prefix ? networkHintOf(ctx, prefix) : null,
        tokenHash,
        signedAt: nowIso,
        lang: req.locale,
        invalidatedReason: denied ? 'deny_rule' : null,
      }));
    }
    // The note to a confirmed signer goes out in the language they confirmed in, whoever is signing with their address now.
    const mail: TemplateMail = confirmed
      ? {
          template: 'signature.already',
          locale: isLocale(existing.lang) ? existing.lang : req.locale,
          to: input.email,
          appealTitle: appeal.title,
        }
      : confirmation();
    await enqueueMail(trx, mail, now, ctx.keyring);
    return [
      auditInput(ctx, 'signature.repeat', 'signature', existing.id, null, {
        id: existing.id,
        appealId: appeal.id,
        replaced: !confirmed,
      }),
    ];
  });
}
