// Valid inputs for each record type, overridable per test.
import type { CaseInput } from '../../src/domain/case.ts';
import type { EventInput } from '../../src/domain/event.ts';
import type { OrganisationInput } from '../../src/domain/organisation.ts';
import type { PersonInput } from '../../src/domain/person.ts';
import type { SourceInput } from '../../src/domain/source.ts';

/** A person with a Latin and a Cyrillic name. */
export function buildPerson(over: Partial<PersonInput> = {}): PersonInput {
  return {
    names: [
      { full: 'Roza Tuletayeva', kind: 'primary', lang: 'en' },
      { full: 'Роза Тулетаева', kind: 'primary', lang: 'ru' },
    ],
    roles: ['activist'],
    nationality: 'KZ',
    ...over,
  };
}

/** An organisation. */
export function buildOrganisation(over: Partial<OrganisationInput> = {}): OrganisationInput {
  return { names: [{ full: 'Alga', kind: 'primary' }], kind: 'party', country: 'KZ', ...over };
}

/** An event with a month-precision date. */
export function buildEvent(over: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Strike dispersal',
    kind: 'shooting',
    startDate: '2011-12',
    place: { country: 'KZ', locality: 'Zhanaozen' },
    ...over,
  };
}

/** A case against a person. */
export function buildCase(subjectId: string, over: Partial<CaseInput> = {}): CaseInput {
  return {
    title: 'Prosecution after the strike',
    subject: { type: 'person', id: subjectId },
    country: 'KZ',
    status: 'serving_sentence',
    sentence: { kind: 'prison', months: 60 },
    acts: [{ kind: 'torture', certainty: 'alleged' }],
    ...over,
  };
}

/** A source described by URL. */
export function buildSource(over: Partial<SourceInput> = {}): SourceInput {
  return { title: 'Monitoring report', url: 'https://example.org/report', language: 'en', ...over };
}
