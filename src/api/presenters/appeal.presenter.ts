// Appeals as the API shows them. The public sees the letter, its confirmed co-signatories and counts; those who edit
// appeals also see who created it, the pause switches and every co-signatory's status.
import type { Actor } from '../../context.ts';
import { signingOpen, type Appeal } from '../../domain/appeal.ts';
import type { CoSignatory } from '../../domain/co-signatory.ts';
import { canAppeal } from '../../policies/appeal.policy.ts';
import type { ShownAnnex } from '../../queries/appeals/annex.ts';

/** One appeal as JSON; references in `hidden` (records the actor may not see, from appealReferences) are left out. */
export function presentAppeal(
  a: Appeal,
  actor: Actor,
  now: Date,
  hidden: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const editor = canAppeal(actor, 'update');
  const keep = (id: string | null) => (id !== null && hidden.has(id) ? null : id);
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    status: a.status,
    confidentiality: a.confidentiality,
    addressees: a.addressees,
    occasionEventId: keep(a.occasionEventId),
    deadline: a.deadline,
    letterDate: a.letterDate,
    languages: a.texts.map((t) => t.lang),
    texts: a.texts,
    ...(editor ? { caseIds: a.caseIds.filter((id) => !hidden.has(id)) } : {}),
    publicSigning: a.publicSigning,
    signingOpen: signingOpen(a, now),
    signatureCount: a.signatureCount,
    countRefreshedAt: a.countRefreshedAt,
    publishedAt: a.publishedAt,
    closedAt: a.closedAt,
    annexFrozenAt: a.annexFrozen?.at ?? null,
    deliveries: a.deliveries,
    responses: a.responses.map((r) => ({ ...r, sourceId: keep(r.sourceId) })),
    outcomes: a.outcomes.filter((o) => !hidden.has(o.caseId)),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    ...(editor ? { createdBy: a.createdBy, signingPaused: a.signingPaused, countingPaused: a.countingPaused } : {}),
  };
}

/** One co-signatory as JSON: the public sees the confirmed wording only. */
export function presentCoSignatory(c: CoSignatory, actor: Actor): Record<string, unknown> {
  const base = {
    id: c.id,
    kind: c.kind,
    name: c.name,
    title: c.title,
    organisation: c.organisation,
    organisationId: c.organisationId,
    position: c.position,
  };
  if (!canAppeal(actor, 'update')) return base;
  return {
    ...base,
    status: c.status,
    lang: c.lang,
    invitedAt: c.invitedAt,
    confirmedAt: c.confirmedAt,
    withdrawnAt: c.withdrawnAt,
    linkOpen: c.linkOpen,
  };
}

/** An annex as JSON. */
export function presentAnnex(lang: string, annex: ShownAnnex): Record<string, unknown> {
  return { lang, frozenAt: annex.frozenAt, entries: annex.entries };
}
