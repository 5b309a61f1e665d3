// Popolo JSON (https://www.popoloproject.com/specs/): persons, organizations and memberships as other tools write them
// (EveryPolitician and the like). Fields Vigil has no place for (contact details, posts, areas, images) are left out;
// other_names in any script become names, with their language when the file gives one.
import { z } from 'zod';
import { parsePartialDate } from '../../domain/partial-date.ts';
import { GENDERS, NAME_KINDS, ORGANISATION_KINDS } from '../../domain/vocabulary.ts';
import { AppError } from '../../errors.ts';
import type { Draft } from './import-rows.ts';

const Text = z.string().nullish();
const Links = z.array(z.looseObject({ url: z.string(), note: Text })).nullish();
const OtherName = z.looseObject({ name: z.string(), lang: Text, note: Text });
const PopoloPerson = z.looseObject({
  id: z.string().nullish(),
  name: z.string(),
  other_names: z.array(OtherName).nullish(),
  given_name: Text,
  family_name: Text,
  patronymic_name: Text,
  birth_date: Text,
  gender: Text,
  national_identity: Text,
  summary: Text,
  biography: Text,
  links: Links,
  sources: Links,
});
const PopoloOrganization = z.looseObject({
  id: z.string().nullish(),
  name: z.string(),
  other_names: z.array(OtherName).nullish(),
  classification: Text,
  founding_date: Text,
  dissolution_date: Text,
  summary: Text,
  links: Links,
  sources: Links,
});
const PopoloMembership = z.looseObject({
  person_id: z.string(),
  organization_id: z.string(),
  role: Text,
  label: Text,
  start_date: Text,
  end_date: Text,
  sources: Links,
});
const PopoloDocument = z.looseObject({
  persons: z.array(z.unknown()).default([]),
  organizations: z.array(z.unknown()).default([]),
  memberships: z.array(z.unknown()).default([]),
});

/** A Popolo date (ISO 8601, possibly with a time) as a partial date; undefined when empty. */
function popoloDate(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const day = text.slice(0, 10);
  return parsePartialDate(day) ? day : text;
}

/** Popolo's free-text gender in Vigil's vocabulary. */
function gender(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase();
  if ((GENDERS as readonly string[]).includes(t)) return t;
  if (['m', 'man'].includes(t)) return 'male';
  if (['f', 'w', 'woman'].includes(t)) return 'female';
  return 'other';
}

/** Popolo's free-text classification in Vigil's kinds: the kind itself, a word that names one, or "other". */
function organisationKind(text: string | null | undefined): string {
  const t = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((ORGANISATION_KINDS as readonly string[]).includes(t)) return t;
  const words: [RegExp, string][] = [
    [/part(y|ei|ia|ido)|парти/, 'party'],
    [/court|tribunal|суд/, 'court'],
    [/media|newspaper|outlet|сми|газет/, 'media_outlet'],
    [/ngo|non.?governmental|ассоциац|фонд/, 'ngo'],
    [/ministry|government|police|agency|министер|комитет/, 'state_body'],
    [/movement|движени/, 'movement'],
  ];
  return words.find(([re]) => re.test(t))?.[1] ?? 'other';
}

/** A name kind from Popolo's free-text note, when the note is one of Vigil's kinds; otherwise an alias. */
const nameKind = (note: string | null | undefined) =>
  (NAME_KINDS as readonly string[]).includes(note ?? '') && note !== 'primary' ? note! : 'alias';

function names(primary: string, others: z.output<typeof OtherName>[] | null | undefined): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ full: primary, kind: 'primary' }];
  for (const o of others ?? []) {
    if (o.name.trim() === '' || o.name === primary) continue;
    out.push({ full: o.name, kind: nameKind(o.note), ...(o.lang ? { lang: o.lang } : {}) });
  }
  return out;
}

const sourcesOf = (list: z.output<typeof Links>) =>
  (list ?? []).filter((s) => /^https?:\/\//i.test(s.url)).map((s) => ({ title: s.note?.trim() || s.url, url: s.url }));

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));

function parseItem<S extends z.ZodType>(schema: S, value: unknown, problems: string[]): z.output<S> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  problems.push(`${i?.path.join('.') || '(item)'}: ${i?.message ?? 'invalid'}`);
  return undefined;
}

const READ = ['persons', 'organizations', 'memberships'];

/**
 * The drafts of a Popolo document: organisations and persons keyed by their Popolo id, memberships referring to them.
 * `unmapped` names the document's other sections (posts, areas, events …), which are not read.
 */
export function draftsFromPopolo(json: unknown): { drafts: Draft[]; unmapped: string[] } {
  const doc = PopoloDocument.safeParse(json);
  if (!doc.success)
    throw new AppError(
      'validation_failed',
      'Popolo JSON: expected an object with "persons", "organizations" and/or "memberships" arrays',
    );
  const drafts: Draft[] = [];
  doc.data.persons.forEach((value, i) => {
    const at = `persons[${i}]`;
    const problems: string[] = [];
    const p = parseItem(PopoloPerson, value, problems);
    const input = p
      ? defined({
          names: names(p.name, p.other_names),
          givenName: p.given_name,
          familyName: p.family_name,
          patronymic: p.patronymic_name,
          birthDate: popoloDate(p.birth_date),
          gender: gender(p.gender),
          nationality: p.national_identity?.length === 2 ? p.national_identity : undefined,
          summary: p.summary ?? p.biography,
          links: (p.links ?? []).map((l) => defined({ url: l.url, note: l.note })),
        })
      : {};
    const sources = p ? sourcesOf(p.sources) : [];
    drafts.push({
      at: p?.id ? `${at} (id ${p.id})` : at,
      type: 'person',
      key: p?.id ? `person:${p.id}` : undefined,
      input,
      problems,
      ...(sources.length ? { sources } : {}),
    });
  });
  doc.data.organizations.forEach((value, i) => {
    const at = `organizations[${i}]`;
    const problems: string[] = [];
    const o = parseItem(PopoloOrganization, value, problems);
    const input = o
      ? defined({
          names: names(o.name, o.other_names),
          kind: organisationKind(o.classification),
          foundedDate: popoloDate(o.founding_date),
          dissolvedDate: popoloDate(o.dissolution_date),
          summary: o.summary,
        })
      : {};
    const sources = o ? sourcesOf(o.sources) : [];
    drafts.push({
      at: o?.id ? `${at} (id ${o.id})` : at,
      type: 'organisation',
      key: o?.id ? `organization:${o.id}` : undefined,
      input,
      problems,
      ...(sources.length ? { sources } : {}),
    });
  });
  doc.data.memberships.forEach((value, i) => {
    const at = `memberships[${i}]`;
    const problems: string[] = [];
    const m = parseItem(PopoloMembership, value, problems);
    const input = m
      ? defined({
          role: m.role || m.label || 'member',
          startDate: popoloDate(m.start_date),
          endDate: popoloDate(m.end_date),
        })
      : {};
    const refs = m
      ? [
          { field: 'personId' as const, keys: [`person:${m.person_id}`] },
          { field: 'organisationId' as const, keys: [`organization:${m.organization_id}`] },
        ]
      : [];
    const sources = m ? sourcesOf(m.sources) : [];
    drafts.push({ at, type: 'membership', input, refs, problems, ...(sources.length ? { sources } : {}) });
  });
  return { drafts, unmapped: Object.keys(doc.data).filter((k) => !READ.includes(k)) };
}
