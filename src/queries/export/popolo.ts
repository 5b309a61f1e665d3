// Popolo (popoloproject.com) shapes for persons, organizations and memberships, both ways and lossless:
// Vigil's own fields that Popolo has no word for travel as extension fields next to the standard ones.
import { z } from 'zod';
import { restrictedOf, type Name } from '../../domain/common.ts';
import type { Membership } from '../../domain/membership.ts';
import type { Organisation } from '../../domain/organisation.ts';
import { displayName, type Person } from '../../domain/person.ts';
import {
  CONFIDENTIALITY,
  GENDERS,
  NAME_KINDS,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  SCRIPTS,
} from '../../domain/vocabulary.ts';

// The schemas check structure and vocabularies only; the record's own input schema checks the rest on import.
// Objects are strict so that a misspelt field is an error rather than silently lost.
const text = z.string();
const nullableText = z.string().nullable();

const PopoloNameSchema = z.strictObject({
  name: text,
  lang: text.optional(),
  note: text.optional(),
  script: z.enum(SCRIPTS),
  kind: z.enum(NAME_KINDS),
  source_org: text.optional(),
});

const base = {
  slug: text,
  confidentiality: z.enum(CONFIDENTIALITY),
  created_at: text,
  updated_at: text,
  // Present only when the record has restricted values and the exporting actor may read them.
  restricted: z.record(z.string(), z.string()).optional(),
};

/** A Popolo person with Vigil's extension fields (slug, birth_date_approx, roles, confidentiality, timestamps). */
export const PopoloPersonSchema = z.strictObject({
  id: text,
  name: text,
  other_names: z.array(PopoloNameSchema),
  given_name: nullableText,
  family_name: nullableText,
  patronymic_name: nullableText,
  birth_date: nullableText,
  gender: z.enum(GENDERS).nullable(),
  national_identity: nullableText,
  summary: nullableText,
  links: z.array(z.strictObject({ url: text, note: text.optional() })),
  birth_date_approx: z.boolean(),
  roles: z.array(z.enum(PERSON_ROLES)),
  ...base,
});
export type PopoloPerson = z.output<typeof PopoloPersonSchema>;

/** A Popolo organization with Vigil's extension fields (country, summary, slug, confidentiality, timestamps). */
export const PopoloOrganizationSchema = z.strictObject({
  id: text,
  name: text,
  other_names: z.array(PopoloNameSchema),
  classification: z.enum(ORGANISATION_KINDS),
  founding_date: nullableText,
  dissolution_date: nullableText,
  country: nullableText,
  summary: nullableText,
  ...base,
});
export type PopoloOrganization = z.output<typeof PopoloOrganizationSchema>;

/** A Popolo membership with Vigil's extension fields (slug, confidentiality, timestamps). */
export const PopoloMembershipSchema = z.strictObject({
  id: text,
  person_id: text,
  organization_id: text,
  role: text,
  start_date: nullableText,
  end_date: nullableText,
  ...base,
});
export type PopoloMembership = z.output<typeof PopoloMembershipSchema>;

type PopoloName = z.output<typeof PopoloNameSchema>;
type PopoloBase = {
  slug: string;
  confidentiality: Person['confidentiality'];
  created_at: string;
  updated_at: string;
  restricted?: Record<string, string>;
};
type VigilBase = Pick<Person, 'slug' | 'confidentiality' | 'createdAt' | 'updatedAt' | 'restricted'>;

/** One Vigil name as a Popolo other_name; the kind doubles as Popolo's free-text note. */
export function nameToPopolo(n: Name): PopoloName {
  return {
    name: n.full,
    ...(n.lang !== undefined ? { lang: n.lang } : {}),
    note: n.kind,
    script: n.script,
    kind: n.kind,
    ...(n.sourceOrg !== undefined ? { source_org: n.sourceOrg } : {}),
  };
}

/** One Popolo other_name back as a Vigil name (the note is derived from the kind and not kept separately). */
export function nameFromPopolo(n: PopoloName): Name {
  return {
    full: n.name,
    script: n.script,
    kind: n.kind,
    ...(n.lang !== undefined ? { lang: n.lang } : {}),
    ...(n.source_org !== undefined ? { sourceOrg: n.source_org } : {}),
  };
}

const baseToPopolo = (r: VigilBase): PopoloBase => ({
  slug: r.slug,
  confidentiality: r.confidentiality,
  created_at: r.createdAt,
  updated_at: r.updatedAt,
  ...(Object.keys(r.restricted).length > 0 ? { restricted: { ...r.restricted } } : {}),
});
const baseFromPopolo = (p: PopoloBase): VigilBase => ({
  slug: p.slug,
  confidentiality: p.confidentiality,
  createdAt: p.created_at,
  updatedAt: p.updated_at,
  restricted: restrictedOf(p.restricted),
});

/** A person's link as written in a Popolo person: url, then the note when there is one. */
export function linkToPopolo(l: Person['links'][number]): PopoloPerson['links'][number] {
  return { url: l.url, ...(l.note !== undefined ? { note: l.note } : {}) };
}

/** A person as a Popolo person; `name` is the display name and other_names holds every name, the primary ones too. */
export function personToPopolo(p: Person): PopoloPerson {
  return {
    id: p.id,
    name: displayName(p.names),
    other_names: p.names.map(nameToPopolo),
    given_name: p.givenName,
    family_name: p.familyName,
    patronymic_name: p.patronymic,
    birth_date: p.birthDate,
    gender: p.gender,
    national_identity: p.nationality,
    summary: p.summary,
    links: p.links.map(linkToPopolo),
    birth_date_approx: p.birthDateApprox,
    roles: [...p.roles],
    ...baseToPopolo(p),
  };
}

/** A Popolo person (as written by personToPopolo) back as a Vigil person. */
export function personFromPopolo(p: PopoloPerson): Person {
  return {
    id: p.id,
    ...baseFromPopolo(p),
    names: p.other_names.map(nameFromPopolo),
    givenName: p.given_name,
    familyName: p.family_name,
    patronymic: p.patronymic_name,
    birthDate: p.birth_date,
    birthDateApprox: p.birth_date_approx,
    gender: p.gender,
    nationality: p.national_identity,
    roles: [...p.roles],
    summary: p.summary,
    links: p.links.map((l) => ({ url: l.url, ...(l.note !== undefined ? { note: l.note } : {}) })),
  };
}

/** An organisation as a Popolo organization; the kind is Popolo's classification. */
export function organisationToPopolo(o: Organisation): PopoloOrganization {
  return {
    id: o.id,
    name: displayName(o.names),
    other_names: o.names.map(nameToPopolo),
    classification: o.kind,
    founding_date: o.foundedDate,
    dissolution_date: o.dissolvedDate,
    country: o.country,
    summary: o.summary,
    ...baseToPopolo(o),
  };
}

/** A Popolo organization (as written by organisationToPopolo) back as a Vigil organisation. */
export function organisationFromPopolo(o: PopoloOrganization): Organisation {
  return {
    id: o.id,
    ...baseFromPopolo(o),
    names: o.other_names.map(nameFromPopolo),
    kind: o.classification,
    country: o.country,
    foundedDate: o.founding_date,
    dissolvedDate: o.dissolution_date,
    summary: o.summary,
  };
}

/** A membership as a Popolo membership. */
export function membershipToPopolo(m: Membership): PopoloMembership {
  return {
    id: m.id,
    person_id: m.personId,
    organization_id: m.organisationId,
    role: m.role,
    start_date: m.startDate,
    end_date: m.endDate,
    ...baseToPopolo(m),
  };
}

/** A Popolo membership (as written by membershipToPopolo) back as a Vigil membership. */
export function membershipFromPopolo(m: PopoloMembership): Membership {
  return {
    id: m.id,
    ...baseFromPopolo(m),
    personId: m.person_id,
    organisationId: m.organization_id,
    role: m.role,
    startDate: m.start_date,
    endDate: m.end_date,
  };
}
