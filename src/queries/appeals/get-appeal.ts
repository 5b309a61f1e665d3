// Reading appeals: one with everything its page shows, or a list. The public sees published appeals only; drafts and
// appeals still collecting co-signatures are visible to those who may edit appeals.
import { filterNamesUnseen } from '../records/unseen-references.ts';
import type { Ctx } from '../../context.ts';
import { PUBLISHED_STATUSES, type Appeal, type AppealStatus, type AppealText } from '../../domain/appeal.ts';
import type { CoSignatory } from '../../domain/co-signatory.ts';
import type { Event } from '../../domain/event.ts';
import { appealRepo, type AppealFilter } from '../../db/repos/appeal.repo.ts';
import { coSignatoryRepo } from '../../db/repos/co-signatory.repo.ts';
import { eventRepo } from '../../db/repos/event.repo.ts';
import { notFound } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { canAppeal } from '../../policies/appeal.policy.ts';
import { annexToShow, type ShownAnnex } from './annex.ts';

/** Whether the actor sees unpublished appeals (and the co-signatories' statuses): those who may edit appeals. */
export function seesDrafts(ctx: Ctx): boolean {
  return canAppeal(ctx.actor, 'update');
}

/** One appeal by id or slug; not_found when missing or not visible to the actor. */
export async function getAppeal(ctx: Ctx, idOrSlug: string): Promise<Appeal> {
  const appeal = await appealRepo.find(ctx.db, idOrSlug, readableLevels(ctx.actor));
  if (!appeal || (!seesDrafts(ctx) && !PUBLISHED_STATUSES.includes(appeal.status))) throw notFound('appeal', idOrSlug);
  return appeal;
}

/** A page of appeals, newest first, and the cursor of the next page. */
export async function listAppeals(
  ctx: Ctx,
  filter: AppealFilter,
  page: { cursor?: string; limit: number },
): Promise<{ data: Appeal[]; nextCursor: string | null }> {
  // A filter by a case the reader may not see answers like a filter by an unknown id.
  if (await filterNamesUnseen(ctx, filter as Record<string, unknown>)) return { data: [], nextCursor: null };
  const levels = readableLevels(ctx.actor);
  const out: Appeal[] = [];
  let before = page.cursor;
  // Unpublished appeals are dropped for readers who may not see them; keep reading until the page is full.
  for (;;) {
    const batch = await appealRepo.list(ctx.db, filter, levels, { before, limit: page.limit + 1 });
    for (const a of batch) if (seesDrafts(ctx) || PUBLISHED_STATUSES.includes(a.status)) out.push(a);
    if (batch.length <= page.limit || out.length > page.limit) break;
    before = batch[batch.length - 1]!.id;
  }
  const data = out.slice(0, page.limit);
  return { data, nextCursor: out.length > page.limit ? data[data.length - 1]!.id : null };
}

/** Everything an appeal's page shows, in one language. */
export interface AppealView {
  appeal: Appeal;
  /** The language shown and the text in it (the first text when the asked language has none). */
  lang: string;
  text: AppealText | null;
  occasion: Event | null;
  /** Confirmed co-signatories in order (for editors: every co-signatory with its status). */
  coSignatories: CoSignatory[];
  annex: ShownAnnex;
}

/** Assembles an appeal's page in the asked language. */
export async function appealView(ctx: Ctx, idOrSlug: string, wantedLang?: string): Promise<AppealView> {
  const appeal = await getAppeal(ctx, idOrSlug);
  const text = appeal.texts.find((t) => t.lang === wantedLang) ?? appeal.texts[0] ?? null;
  const lang = text?.lang ?? wantedLang ?? 'en';
  const occasion = appeal.occasionEventId
    ? ((await eventRepo.find(ctx.db, appeal.occasionEventId, readableLevels(ctx.actor), null)) ?? null)
    : null;
  const statuses: readonly CoSignatory['status'][] | undefined = seesDrafts(ctx) ? undefined : ['confirmed'];
  const coSignatories = await coSignatoryRepo.ofAppeal(ctx.db, appeal.id, statuses);
  return { appeal, lang, text, occasion, coSignatories, annex: await annexToShow(ctx.db, appeal, lang) };
}

/** Appeals that name a case (for the case's page), as the actor may see them. */
export async function appealsOfCase(ctx: Ctx, caseId: string): Promise<Appeal[]> {
  return (await listAppeals(ctx, { caseId }, { limit: 50 })).data;
}

/** The statuses a filter may ask for. */
export type { AppealStatus };
