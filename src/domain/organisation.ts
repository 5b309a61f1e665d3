import { z } from 'zod';
import { isPossibleInterval } from './partial-date.ts';
import {
  ConfidentialitySchema,
  RestrictedSchema,
  restrictedOf,
  CountrySchema,
  NameSchema,
  PartialDateSchema,
  SlugSchema,
  completeName,
  longText,
  orNull,
  type Base,
  type Name,
  type RecordBase,
} from './common.ts';
import { detectScript } from './script.ts';
import { ORGANISATION_KINDS } from './vocabulary.ts';

/** What a client sends to create an organisation (party, NGO, media outlet, court, state body …). */
export const OrganisationInputSchema = z.object({
  slug: SlugSchema.optional(),
  names: z.array(NameSchema).min(1, 'an organisation needs at least one name').max(50),
  kind: z.enum(ORGANISATION_KINDS),
  country: CountrySchema.nullish(),
  foundedDate: PartialDateSchema.nullish(),
  dissolvedDate: PartialDateSchema.nullish(),
  summary: longText().nullish(),
  confidentiality: ConfidentialitySchema.default('public'),
  restricted: RestrictedSchema,
});
export type OrganisationInput = z.input<typeof OrganisationInputSchema>;

/** A stored organisation. */
export interface Organisation extends RecordBase {
  names: Name[];
  kind: (typeof ORGANISATION_KINDS)[number];
  country: string | null;
  foundedDate: string | null;
  dissolvedDate: string | null;
  summary: string | null;
}

/** Cross-field rules the schema alone cannot state; returns [field, message] pairs. */
export function organisationProblems(o: Pick<Organisation, 'foundedDate' | 'dissolvedDate'>): [string, string][] {
  if (o.foundedDate && o.dissolvedDate && !isPossibleInterval(o.foundedDate, o.dissolvedDate)) {
    return [['dissolvedDate', 'must not be before foundedDate']];
  }
  return [];
}

/** Turns validated input into the stored organisation. */
export function buildOrganisation(o: z.output<typeof OrganisationInputSchema>, base: Base): Organisation {
  return {
    ...base,
    confidentiality: o.confidentiality,
    restricted: restrictedOf(o.restricted),
    names: o.names.map((n) => completeName(n, detectScript)),
    kind: o.kind,
    country: orNull(o.country),
    foundedDate: orNull(o.foundedDate),
    dissolvedDate: orNull(o.dissolvedDate),
    summary: orNull(o.summary),
  };
}
