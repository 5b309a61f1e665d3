// The countries a reader can have a briefing on: those with cases the reader may see, with how many.
import type { Ctx } from '../../context.ts';
import { caseFacets, type FacetCount } from '../../db/repos/facet.repo.ts';
import { CaseFilterSchema } from '../../domain/filters.ts';
import { readableLevels } from '../../policies/authorize.ts';

/** Countries with cases visible to the reader, most cases first. */
export async function briefingCountries(ctx: Ctx): Promise<FacetCount[]> {
  return (await caseFacets(ctx.db, CaseFilterSchema.parse({}), readableLevels(ctx.actor))).country;
}
