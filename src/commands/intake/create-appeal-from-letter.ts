// Starts a draft appeal from a reviewed letter: its addressees, its occasion and the cases accepted from it, the letter's
// own text, and — for those who may speak for the group to co-signatories — its signatories as confirmed co-signatories.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import type { Appeal } from '../../domain/appeal.ts';
import { AppError } from '../../errors.ts';
import { canAppeal } from '../../policies/appeal.policy.ts';
import { getIntake } from '../../queries/intake/get-intake.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import { insertAppeal } from '../appeals/create-appeal.ts';
import { insertConfirmedCoSignatory } from '../appeals/invite-co-signatory.ts';
import { sourceDef } from '../../records/registry.ts';

/** What was created: the draft appeal and how many co-signatories were recorded on it. */
export interface AppealFromLetter {
  appeal: Appeal;
  coSignatories: number;
}

/** Creates the draft appeal in one transaction; the letter must have been reviewed (its cases and occasion accepted). */
export async function createAppealFromLetter(ctx: Ctx, intakeId: string): Promise<AppealFromLetter> {
  const view = await getIntake(ctx, intakeId);
  const p = view.proposals;
  if (!p.isLetter)
    throw new AppError('validation_failed', 'This document is not a letter: it has no addressee block', {
      field: 'addressees',
    });
  if (view.status !== 'accepted')
    throw new AppError('conflict', 'Review and accept the letter first: the appeal links the records accepted from it');
  const source = await getRecord(ctx, sourceDef, view.sourceId);
  const idOf = (ref: string | null | undefined, type: string) =>
    view.outcome.find((o) => o.type === type && o.ref === ref)?.id ?? null;
  const language = p.language;
  const input = {
    title: p.occasion ? `${source.title} — ${p.occasion.title}`.slice(0, 500) : source.title,
    confidentiality: 'internal',
    addressees: p.addressees.map((a) => ({ name: a.name, title: a.title })),
    occasionEventId: p.occasion ? idOf(p.occasion.eventRef, 'event') : null,
    letterDate: p.documentDate,
    texts: [{ lang: language, title: source.title, body: view.text }],
    caseIds: [...new Set(view.outcome.filter((o) => o.type === 'case').map((o) => o.id))],
  };
  return writeTransaction(ctx.db, async (trx) => {
    const appeal = await insertAppeal(ctx, trx, input);
    let coSignatories = 0;
    // Co-signing speaks for the group: only coordinators and admins record co-signatories; editors leave it to them.
    if (canAppeal(ctx.actor, 'co_sign')) {
      for (const [n, s] of p.signatories.entries()) {
        if (s.kind === 'organisation') {
          // A group is a co-signatory only when its signature was accepted, as the organisation accepted with it.
          const orgId = idOf(`signatory-${n + 1}`, 'organisation');
          if (!orgId) continue;
          await insertConfirmedCoSignatory(ctx, trx, appeal.id, {
            kind: 'organisation',
            name: s.name,
            title: null,
            organisation: null,
            organisationId: orgId,
            lang: language,
          });
          coSignatories++;
          continue;
        }
        const aff = s.affiliations.find((a) => a.organisation === s.organisation);
        await insertConfirmedCoSignatory(ctx, trx, appeal.id, {
          kind: 'person',
          name: s.name,
          title: s.title,
          organisation: s.organisation,
          organisationId: idOf(aff?.organisationRef, 'organisation'),
          lang: language,
        });
        coSignatories++;
      }
    }
    return { appeal, coSignatories };
  });
}
