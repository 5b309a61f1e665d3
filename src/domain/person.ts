import { z } from 'zod';
import {
  ConfidentialitySchema,
  RestrictedSchema,
  restrictedOf,
  CountrySchema,
  NameSchema,
  PartialDateSchema,
  SlugSchema,
  UrlSchema,
  completeName,
  longText,
  orNull,
  shortText,
  type Base,
  type Name,
  type RecordBase,
} from './common.ts';
import { detectScript } from './script.ts';
import { GENDERS, PERSON_ROLES } from './vocabulary.ts';

const LinkSchema = z.object({ url: UrlSchema, note: shortText(300).optional() });

/** What a client sends to create a person. */
export const PersonInputSchema = z.object({
  slug: SlugSchema.optional(),
  names: z.array(NameSchema).min(1, 'a person needs at least one name').max(50),
  givenName: shortText(200).nullish(),
  familyName: shortText(200).nullish(),
  patronymic: shortText(200).nullish(),
  birthDate: PartialDateSchema.nullish(),
  birthDateApprox: z.boolean().default(false),
  gender: z.enum(GENDERS).nullish(),
  nationality: CountrySchema.nullish(),
  roles: z.array(z.enum(PERSON_ROLES)).max(20).default([]),
  summary: longText().nullish(),
  links: z.array(LinkSchema).max(50).default([]),
  confidentiality: ConfidentialitySchema.default('public'),
  restricted: RestrictedSchema,
});
export type PersonInput = z.input<typeof PersonInputSchema>;

/** A stored person. The original-script form of every name is kept. */
export interface Person extends RecordBase {
  names: Name[];
  givenName: string | null;
  familyName: string | null;
  patronymic: string | null;
  birthDate: string | null;
  birthDateApprox: boolean;
  gender: (typeof GENDERS)[number] | null;
  nationality: string | null;
  roles: (typeof PERSON_ROLES)[number][];
  summary: string | null;
  links: { url: string; note?: string }[];
}

/** Turns validated input into the stored person. */
export function buildPerson(p: z.output<typeof PersonInputSchema>, base: Base): Person {
  return {
    ...base,
    confidentiality: p.confidentiality,
    restricted: restrictedOf(p.restricted),
    names: p.names.map((n) => completeName(n, detectScript)),
    givenName: orNull(p.givenName),
    familyName: orNull(p.familyName),
    patronymic: orNull(p.patronymic),
    birthDate: orNull(p.birthDate),
    birthDateApprox: p.birthDateApprox,
    gender: orNull(p.gender),
    nationality: orNull(p.nationality),
    roles: [...new Set(p.roles)],
    summary: orNull(p.summary),
    links: p.links.map((l) => ({ url: l.url, ...(l.note ? { note: l.note } : {}) })),
  };
}

/** The name a person is known by: the first primary name, else the first name. */
export function displayName(names: Name[]): string {
  return (names.find((n) => n.kind === 'primary') ?? names[0])?.full ?? '';
}
