import { z } from 'zod';
import { isPossibleInterval } from './partial-date.ts';
import {
  ConfidentialitySchema,
  RestrictedSchema,
  restrictedOf,
  IdSchema,
  PartialDateSchema,
  orNull,
  shortText,
  type Base,
  type RecordBase,
} from './common.ts';

/** What a client sends to record that a person belongs to an organisation, with a role or title. */
export const MembershipInputSchema = z.object({
  personId: IdSchema,
  organisationId: IdSchema,
  role: shortText(200).describe('Role or title, e.g. "Head", "Member", "Coordinator"'),
  startDate: PartialDateSchema.nullish(),
  endDate: PartialDateSchema.nullish(),
  confidentiality: ConfidentialitySchema.default('public'),
  restricted: RestrictedSchema,
});
export type MembershipInput = z.input<typeof MembershipInputSchema>;

/** A stored membership. Its slug is derived from its id. */
export interface Membership extends RecordBase {
  personId: string;
  organisationId: string;
  role: string;
  startDate: string | null;
  endDate: string | null;
}

/** Cross-field rules of a membership. */
export function membershipProblems(m: Pick<Membership, 'startDate' | 'endDate'>): [string, string][] {
  if (m.startDate && m.endDate && !isPossibleInterval(m.startDate, m.endDate))
    return [['endDate', 'must not be before startDate']];
  return [];
}

/** Turns validated input into the stored membership. */
export function buildMembership(m: z.output<typeof MembershipInputSchema>, base: Base): Membership {
  return {
    ...base,
    confidentiality: m.confidentiality,
    restricted: restrictedOf(m.restricted),
    personId: m.personId,
    organisationId: m.organisationId,
    role: m.role,
    startDate: orNull(m.startDate),
    endDate: orNull(m.endDate),
  };
}
