// The names of public signers shown on an appeal's page: confirmed signatures whose signers chose to show their name,
// newest first, a page at a time. Unconfirmed, invalidated and anonymised signatures never appear, nor does anything but
// the name. Only names already in the public count are listed, so the list and the count change together (and the
// page's cached copy, whose version includes the count, is renewed when either changes).
import type { Ctx } from '../../context.ts';
import { countPublicSigners, publicSignerNames } from '../../db/repos/signature.repo.ts';
import { PUBLISHED_STATUSES, type Appeal } from '../../domain/appeal.ts';

/** Names shown per page. */
export const SIGNERS_PER_PAGE = 50;

/** One page of public signers' names, with where it stands among the pages. */
export interface PublicSigners {
  names: string[];
  /** 1-based; a page past the last shows the last. */
  page: number;
  pages: number;
  total: number;
}

/** The asked page of an appeal's public signers (the appeal as its reader may see it); none for an unpublished one. */
export async function publicSigners(ctx: Ctx, appeal: Appeal, page: number): Promise<PublicSigners> {
  if (!appeal.publicSigning || !PUBLISHED_STATUSES.includes(appeal.status) || !appeal.countRefreshedAt)
    return { names: [], page: 1, pages: 1, total: 0 };
  const total = await countPublicSigners(ctx.db, appeal.id, appeal.countRefreshedAt);
  const pages = Math.max(1, Math.ceil(total / SIGNERS_PER_PAGE));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  const names =
    total === 0
      ? []
      : await publicSignerNames(
          ctx.db,
          appeal.id,
          appeal.countRefreshedAt,
          (shown - 1) * SIGNERS_PER_PAGE,
          SIGNERS_PER_PAGE,
        );
  return { names, page: shown, pages, total };
}
