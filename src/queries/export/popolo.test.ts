import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { restrictedOf, type Name } from '../../domain/common.ts';
import type { Membership } from '../../domain/membership.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Person } from '../../domain/person.ts';
import {
  CONFIDENTIALITY,
  GENDERS,
  NAME_KINDS,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  SCRIPTS,
} from '../../domain/vocabulary.ts';
import {
  membershipFromPopolo,
  membershipToPopolo,
  organisationFromPopolo,
  organisationToPopolo,
  personFromPopolo,
  personToPopolo,
  PopoloMembershipSchema,
  PopoloOrganizationSchema,
  PopoloPersonSchema,
} from './popolo.ts';

const id = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/);
const time = fc.integer({ min: 0, max: 4102444800000 }).map((ms) => new Date(ms).toISOString());
const date = fc.constantFrom('1972', '2011-12', '2011-12-16');
const cyrillic = fc.string({
  unit: fc.integer({ min: 0x410, max: 0x44f }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 20,
});
const anyText = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }), cyrillic);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

// Optional name fields are absent (not undefined) in about half the names, as the repositories return them;
// plain prototypes, because deepStrictEqual compares prototypes too.
const name: fc.Arbitrary<Name> = fc.record(
  {
    full: anyText,
    script: fc.constantFrom(...SCRIPTS),
    kind: fc.constantFrom(...NAME_KINDS),
    lang: fc.constantFrom('ru', 'kk', 'en', 'en-GB'),
    sourceOrg: anyText,
  },
  { requiredKeys: ['full', 'script', 'kind'], noNullPrototype: true },
);
// Restricted values travel as an extension field, only when there are some.
const restricted = fc
  .dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,39}$/), anyText, { maxKeys: 3, noNullPrototype: true })
  .map(restrictedOf);
const base = {
  id,
  slug: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  confidentiality: fc.constantFrom(...CONFIDENTIALITY),
  createdAt: time,
  updatedAt: time,
  restricted,
};

const person: fc.Arbitrary<Person> = fc.record(
  {
    ...base,
    names: fc.array(name, { minLength: 1, maxLength: 5 }),
    givenName: nullable(anyText),
    familyName: nullable(anyText),
    patronymic: nullable(cyrillic),
    birthDate: nullable(date),
    birthDateApprox: fc.boolean(),
    gender: nullable(fc.constantFrom(...GENDERS)),
    nationality: nullable(fc.constantFrom('KZ', 'RU', 'BY')),
    roles: fc.uniqueArray(fc.constantFrom(...PERSON_ROLES)),
    summary: nullable(fc.string()),
    links: fc.array(
      fc.record({ url: fc.webUrl(), note: fc.string() }, { requiredKeys: ['url'], noNullPrototype: true }),
      { maxLength: 3 },
    ),
  },
  { noNullPrototype: true },
);
const organisation: fc.Arbitrary<Organisation> = fc.record(
  {
    ...base,
    names: fc.array(name, { minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom(...ORGANISATION_KINDS),
    country: nullable(fc.constantFrom('KZ', 'FR')),
    foundedDate: nullable(date),
    dissolvedDate: nullable(date),
    summary: nullable(fc.string()),
  },
  { noNullPrototype: true },
);
const membership: fc.Arbitrary<Membership> = fc.record(
  {
    ...base,
    personId: id,
    organisationId: id,
    role: anyText,
    startDate: nullable(date),
    endDate: nullable(date),
  },
  { noNullPrototype: true },
);

/** What an export file holds and an import reads back: JSON text, checked by the import's schema. */
const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('Popolo mapping', () => {
  it('round-trips persons exactly, directly and through JSON and the import schema', () => {
    fc.assert(
      fc.property(person, (p) => {
        const popolo = personToPopolo(p);
        assert.deepStrictEqual(personFromPopolo(popolo), p);
        assert.deepStrictEqual(personFromPopolo(PopoloPersonSchema.parse(viaJson(popolo))), p);
        assert.equal(popolo.other_names.length, p.names.length);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips organisations and memberships exactly', () => {
    fc.assert(
      fc.property(organisation, membership, (o, m) => {
        assert.deepStrictEqual(organisationFromPopolo(organisationToPopolo(o)), o);
        assert.deepStrictEqual(
          organisationFromPopolo(PopoloOrganizationSchema.parse(viaJson(organisationToPopolo(o)))),
          o,
        );
        assert.deepStrictEqual(membershipFromPopolo(membershipToPopolo(m)), m);
        assert.deepStrictEqual(membershipFromPopolo(PopoloMembershipSchema.parse(viaJson(membershipToPopolo(m)))), m);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a fixed person in Popolo terms, with the extension fields after the standard ones', () => {
    const p: Person = {
      id: '01HZY7S0000000000000000000',
      slug: 'roza-tuletayeva',
      confidentiality: 'public',
      restricted: {},
      createdAt: '2024-01-02T03:04:05.000Z',
      updatedAt: '2024-01-03T03:04:05.000Z',
      names: [
        { full: 'Роза Тулетаева', script: 'Cyrl', kind: 'primary', lang: 'ru' },
        {
          full: 'Roza Tuletayeva',
          script: 'Latn',
          kind: 'transliteration',
          lang: 'en',
          sourceOrg: 'Amnesty International',
        },
        { full: 'Роза', script: 'Cyrl', kind: 'alias' },
      ],
      givenName: 'Роза',
      familyName: 'Тулетаева',
      patronymic: null,
      birthDate: '1975',
      birthDateApprox: true,
      gender: 'female',
      nationality: 'KZ',
      roles: ['activist', 'worker'],
      summary: null,
      links: [{ url: 'https://example.org/roza' }],
    };
    const popolo = personToPopolo(p);
    assert.deepStrictEqual(popolo, {
      id: p.id,
      name: 'Роза Тулетаева',
      other_names: [
        { name: 'Роза Тулетаева', lang: 'ru', note: 'primary', script: 'Cyrl', kind: 'primary' },
        {
          name: 'Roza Tuletayeva',
          lang: 'en',
          note: 'transliteration',
          script: 'Latn',
          kind: 'transliteration',
          source_org: 'Amnesty International',
        },
        { name: 'Роза', note: 'alias', script: 'Cyrl', kind: 'alias' },
      ],
      given_name: 'Роза',
      family_name: 'Тулетаева',
      patronymic_name: null,
      birth_date: '1975',
      gender: 'female',
      national_identity: 'KZ',
      summary: null,
      links: [{ url: 'https://example.org/roza' }],
      birth_date_approx: true,
      roles: ['activist', 'worker'],
      slug: 'roza-tuletayeva',
      confidentiality: 'public',
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    });
    assert.deepEqual(Object.keys(popolo).slice(0, 3), ['id', 'name', 'other_names']);
    assert.deepStrictEqual(personFromPopolo(popolo), p);
    assert.equal('lang' in personFromPopolo(popolo).names[2]!, false);
  });

  it('refuses a Popolo person with an unknown field or an unknown name kind', () => {
    const popolo = viaJson(personToPopolo(fc.sample(person, { numRuns: 1, seed: 1 })[0]!)) as Record<string, unknown>;
    assert.equal(PopoloPersonSchema.safeParse({ ...popolo, nickname: 'x' }).success, false);
    assert.equal(
      PopoloPersonSchema.safeParse({ ...popolo, other_names: [{ name: 'x', script: 'Latn', kind: 'nickname' }] })
        .success,
      false,
    );
  });
});
