// The form of each record type, field by field, in the order an editor fills it in. Names match the zod input schemas.
import type { RecordType } from '../../../domain/vocabulary.ts';
import {
  ACT_KINDS,
  PARTICIPANT_ROLES,
  CASE_STATUSES,
  CERTAINTIES,
  CONFIDENTIALITY,
  DESIGNATION_KINDS,
  EVENT_KINDS,
  EVENT_RELATION_KINDS,
  GENDERS,
  INVOLVEMENT_DEGREES,
  NAME_KINDS,
  ORGANISATION_KINDS,
  PACE_CRITERIA,
  PERSON_ROLES,
  RELIABILITY,
  SCRIPTS,
  SENTENCE_KINDS,
  TIMELINE_KINDS,
} from '../../../domain/vocabulary.ts';
import { CITABLE_TYPES } from '../../../domain/source.ts';
import { RECORD_LANGUAGES } from '../../../domain/localized.ts';
import type { FieldSpec, FormSpec } from './spec.ts';

const slug: FieldSpec = { kind: 'text', name: 'slug', label: 'edit.f.slug', hint: 'edit.hint.slug' };
const confidentiality: FieldSpec = {
  kind: 'select',
  name: 'confidentiality',
  label: 'edit.f.confidentiality',
  options: CONFIDENTIALITY,
  labels: { vocab: 'confidentiality' },
  default: 'public',
};
/** Persons and cases name people who may be at risk: they stay internal until an editor chooses to publish them. */
const internalFirst: FieldSpec = { ...confidentiality, default: 'internal' };
const date = (name: string, label: FieldSpec['label'], required = false): FieldSpec => ({
  kind: 'date',
  name,
  label,
  hint: 'edit.hint.date',
  required,
});
const approx = (name: string, label: FieldSpec['label']): FieldSpec => ({ kind: 'checkbox', name, label });

/** The language of a record's plain values (title, summary …); left blank, it is taken from the text. */
const recordLang: FieldSpec = {
  kind: 'select',
  name: 'lang',
  label: 'edit.f.recordLang',
  hint: 'edit.hint.recordLang',
  options: RECORD_LANGUAGES,
  labels: { language: true },
  blank: 'edit.form.detect',
};

/** Values of one field in other languages: a row per language, its language chosen from a list. */
const otherLanguages = (
  name: string,
  long: boolean,
  label: FieldSpec['label'],
  item: FieldSpec['label'],
  add: FieldSpec['label'],
): FieldSpec => ({
  kind: 'group',
  name,
  label,
  item,
  add,
  map: true,
  fields: [
    {
      kind: 'select',
      name: 'lang',
      label: 'edit.f.translationLang',
      options: RECORD_LANGUAGES,
      labels: { language: true },
      required: true,
    },
    { kind: long ? 'textarea' : 'text', name: 'text', label: 'edit.f.translationText', required: true },
  ],
});

const names: FieldSpec = {
  kind: 'group',
  name: 'names',
  label: 'edit.group.names',
  item: 'edit.item.names',
  add: 'edit.add.names',
  required: true,
  fields: [
    { kind: 'text', name: 'full', label: 'edit.f.fullName', required: true },
    {
      kind: 'select',
      name: 'script',
      label: 'edit.f.script',
      options: SCRIPTS,
      labels: { vocab: 'script' },
      blank: 'edit.form.detect',
    },
    { kind: 'text', name: 'lang', label: 'edit.f.lang', hint: 'edit.hint.lang' },
    {
      kind: 'select',
      name: 'kind',
      label: 'edit.f.nameKind',
      options: NAME_KINDS,
      labels: { vocab: 'nameKind' },
      default: 'primary',
    },
    { kind: 'text', name: 'sourceOrg', label: 'edit.f.sourceOrg' },
  ],
};

const place: FieldSpec = {
  kind: 'object',
  name: 'place',
  label: 'edit.group.place',
  fields: [
    { kind: 'country', name: 'country', label: 'edit.f.country' },
    { kind: 'text', name: 'locality', label: 'edit.f.locality' },
    { kind: 'number', name: 'lat', label: 'edit.f.lat' },
    { kind: 'number', name: 'lon', label: 'edit.f.lon' },
  ],
};

const person: FormSpec = {
  type: 'person',
  fields: [
    names,
    { kind: 'text', name: 'givenName', label: 'edit.f.givenName' },
    { kind: 'text', name: 'familyName', label: 'edit.f.familyName' },
    { kind: 'text', name: 'patronymic', label: 'edit.f.patronymic' },
    date('birthDate', 'edit.f.birthDate'),
    approx('birthDateApprox', 'edit.f.birthDateApprox'),
    { kind: 'select', name: 'gender', label: 'edit.f.gender', options: GENDERS, labels: { vocab: 'gender' } },
    { kind: 'country', name: 'nationality', label: 'edit.f.nationality' },
    {
      kind: 'checkboxes',
      name: 'roles',
      label: 'edit.f.roles',
      options: PERSON_ROLES,
      labels: { vocab: 'personRole' },
    },
    { kind: 'textarea', name: 'summary', label: 'edit.f.summary' },
    {
      kind: 'group',
      name: 'links',
      label: 'edit.group.links',
      item: 'edit.item.links',
      add: 'edit.add.links',
      fields: [
        { kind: 'url', name: 'url', label: 'edit.f.url', hint: 'edit.hint.url', required: true },
        { kind: 'text', name: 'note', label: 'edit.f.note' },
      ],
    },
    slug,
    internalFirst,
  ],
};

const organisation: FormSpec = {
  type: 'organisation',
  fields: [
    names,
    {
      kind: 'select',
      name: 'kind',
      label: 'edit.f.organisationKind',
      options: ORGANISATION_KINDS,
      labels: { vocab: 'organisationKind' },
      required: true,
    },
    { kind: 'country', name: 'country', label: 'edit.f.country' },
    date('foundedDate', 'edit.f.foundedDate'),
    date('dissolvedDate', 'edit.f.dissolvedDate'),
    { kind: 'textarea', name: 'summary', label: 'edit.f.summary' },
    slug,
    confidentiality,
  ],
};

const membership: FormSpec = {
  type: 'membership',
  fields: [
    { kind: 'ref', name: 'personId', label: 'edit.f.personId', to: ['person'], required: true },
    { kind: 'ref', name: 'organisationId', label: 'edit.f.organisationId', to: ['organisation'], required: true },
    { kind: 'text', name: 'role', label: 'edit.f.role', required: true },
    date('startDate', 'edit.f.startDate'),
    date('endDate', 'edit.f.endDate'),
    confidentiality,
  ],
};

const event: FormSpec = {
  type: 'event',
  fields: [
    { kind: 'text', name: 'title', label: 'edit.f.title', required: true },
    recordLang,
    {
      kind: 'select',
      name: 'kind',
      label: 'edit.f.eventKind',
      options: EVENT_KINDS,
      labels: { vocab: 'eventKind' },
      required: true,
    },
    date('startDate', 'edit.f.startDate'),
    approx('startApprox', 'edit.f.startApprox'),
    date('endDate', 'edit.f.endDate'),
    approx('endApprox', 'edit.f.endApprox'),
    place,
    { kind: 'textarea', name: 'description', label: 'edit.f.description' },
    {
      kind: 'object',
      name: 'translations',
      label: 'edit.group.translations',
      hint: 'edit.hint.translations',
      fields: [
        otherLanguages(
          'title',
          false,
          'edit.group.titleTranslations',
          'edit.item.titleTranslations',
          'edit.add.titleTranslations',
        ),
        otherLanguages(
          'description',
          true,
          'edit.group.descriptionTranslations',
          'edit.item.descriptionTranslations',
          'edit.add.descriptionTranslations',
        ),
      ],
    },
    {
      kind: 'group',
      name: 'relations',
      label: 'edit.group.relations',
      item: 'edit.item.relations',
      add: 'edit.add.relations',
      fields: [
        {
          kind: 'select',
          name: 'kind',
          label: 'edit.f.relationKind',
          options: EVENT_RELATION_KINDS,
          labels: { vocab: 'eventRelation' },
          required: true,
        },
        { kind: 'ref', name: 'eventId', label: 'edit.f.eventId', to: ['event'], required: true },
      ],
    },
    {
      kind: 'group',
      name: 'countries',
      label: 'edit.group.countries',
      item: 'edit.item.countries',
      add: 'edit.add.countries',
      scalar: true,
      fields: [{ kind: 'country', name: 'code', label: 'edit.f.country', required: true }],
    },
    {
      kind: 'group',
      name: 'participants',
      label: 'edit.group.participants',
      item: 'edit.item.participants',
      add: 'edit.add.participants',
      fields: [
        {
          kind: 'select',
          name: 'role',
          label: 'edit.f.participantRole',
          options: PARTICIPANT_ROLES,
          labels: { vocab: 'participantRole' },
          required: true,
        },
        { kind: 'ref', name: 'personId', label: 'edit.f.participantPerson', to: ['person'] },
        { kind: 'text', name: 'name', label: 'edit.f.participantName' },
      ],
    },
    { kind: 'text', name: 'timeZone', label: 'edit.f.timeZone', hint: 'edit.hint.timeZone' },
    slug,
    confidentiality,
  ],
};

const caseSpec: FormSpec = {
  type: 'case',
  fields: [
    { kind: 'text', name: 'title', label: 'edit.f.title', required: true },
    recordLang,
    {
      kind: 'object',
      name: 'subject',
      label: 'edit.group.subject',
      required: true,
      fields: [
        {
          kind: 'select',
          name: 'type',
          label: 'edit.f.subjectType',
          options: ['person', 'organisation'],
          labels: { prefix: 'edit.recordType.' },
          default: 'person',
        },
        { kind: 'ref', name: 'id', label: 'edit.f.subjectId', to: ['person', 'organisation'], required: true },
      ],
    },
    { kind: 'country', name: 'country', label: 'edit.f.caseCountry', required: true },
    {
      kind: 'select',
      name: 'status',
      label: 'edit.f.status',
      options: CASE_STATUSES,
      labels: { vocab: 'caseStatus' },
      default: 'unknown',
    },
    { kind: 'date', name: 'statusSince', label: 'edit.f.statusSince', hint: 'edit.hint.statusSince' },
    { kind: 'text', name: 'court', label: 'edit.f.court' },
    {
      kind: 'object',
      name: 'sentence',
      label: 'edit.group.sentence',
      optional: true,
      fields: [
        {
          kind: 'select',
          name: 'kind',
          label: 'edit.f.sentenceKind',
          options: SENTENCE_KINDS,
          labels: { vocab: 'sentenceKind' },
        },
        { kind: 'duration', name: 'months', label: 'edit.f.sentenceLength' },
        date('startDate', 'edit.f.sentenceStart'),
      ],
    },
    { kind: 'textarea', name: 'summary', label: 'edit.f.summary' },
    {
      kind: 'object',
      name: 'translations',
      label: 'edit.group.translations',
      hint: 'edit.hint.translations',
      fields: [
        otherLanguages(
          'title',
          false,
          'edit.group.titleTranslations',
          'edit.item.titleTranslations',
          'edit.add.titleTranslations',
        ),
        otherLanguages(
          'summary',
          true,
          'edit.group.summaryTranslations',
          'edit.item.summaryTranslations',
          'edit.add.summaryTranslations',
        ),
      ],
    },
    {
      kind: 'group',
      name: 'acts',
      label: 'edit.group.acts',
      item: 'edit.item.acts',
      add: 'edit.add.acts',
      fields: [
        {
          kind: 'select',
          name: 'kind',
          label: 'edit.f.actKind',
          options: ACT_KINDS,
          labels: { vocab: 'actKind' },
          required: true,
        },
        date('date', 'edit.f.date'),
        approx('dateApprox', 'edit.f.dateApprox'),
        { kind: 'ref', name: 'perpetratorId', label: 'edit.f.perpetratorId', to: ['organisation'] },
        {
          kind: 'select',
          name: 'involvement',
          label: 'edit.f.involvement',
          options: INVOLVEMENT_DEGREES,
          labels: { vocab: 'involvement' },
        },
        {
          kind: 'select',
          name: 'certainty',
          label: 'edit.f.certainty',
          options: CERTAINTIES,
          labels: { vocab: 'certainty' },
          default: 'alleged',
        },
        place,
        { kind: 'textarea', name: 'description', label: 'edit.f.description' },
      ],
    },
    {
      kind: 'group',
      name: 'charges',
      label: 'edit.group.charges',
      item: 'edit.item.charges',
      add: 'edit.add.charges',
      fields: [
        { kind: 'text', name: 'law', label: 'edit.f.law' },
        { kind: 'text', name: 'article', label: 'edit.f.article' },
        { kind: 'textarea', name: 'text', label: 'edit.f.chargeText' },
        {
          kind: 'object',
          name: 'translations',
          label: 'edit.group.translations',
          fields: [
            otherLanguages(
              'text',
              true,
              'edit.group.chargeTranslations',
              'edit.item.chargeTranslations',
              'edit.add.chargeTranslations',
            ),
          ],
        },
      ],
    },
    {
      kind: 'group',
      name: 'timeline',
      label: 'edit.group.timeline',
      item: 'edit.item.timeline',
      add: 'edit.add.timeline',
      fields: [
        date('date', 'edit.f.date', true),
        approx('dateApprox', 'edit.f.dateApprox'),
        {
          kind: 'select',
          name: 'kind',
          label: 'edit.f.timelineKind',
          options: TIMELINE_KINDS,
          labels: { vocab: 'timelineKind' },
          required: true,
        },
        { kind: 'textarea', name: 'description', label: 'edit.f.description' },
      ],
    },
    {
      kind: 'group',
      name: 'designations',
      label: 'edit.group.designations',
      item: 'edit.item.designations',
      add: 'edit.add.designations',
      fields: [
        {
          kind: 'select',
          name: 'kind',
          label: 'edit.f.designationKind',
          options: DESIGNATION_KINDS,
          labels: { vocab: 'designationKind' },
          required: true,
        },
        { kind: 'ref', name: 'issuerId', label: 'edit.f.issuerId', to: ['organisation'] },
        { kind: 'text', name: 'issuerName', label: 'edit.f.issuerName' },
        date('date', 'edit.f.date'),
        {
          kind: 'checkboxes',
          name: 'criteria',
          label: 'edit.f.criteria',
          options: PACE_CRITERIA,
          labels: { vocab: 'paceCriterion' },
        },
      ],
    },
    {
      kind: 'group',
      name: 'eventIds',
      label: 'edit.group.eventIds',
      item: 'edit.item.eventIds',
      add: 'edit.add.eventIds',
      scalar: true,
      fields: [{ kind: 'ref', name: 'id', label: 'edit.f.eventId', to: ['event'], required: true }],
    },
    slug,
    internalFirst,
  ],
};

const source: FormSpec = {
  type: 'source',
  fields: [
    { kind: 'text', name: 'title', label: 'edit.f.title', required: true },
    { kind: 'url', name: 'url', label: 'edit.f.url', hint: 'edit.hint.url' },
    { kind: 'url', name: 'archivedUrl', label: 'edit.f.archivedUrl', hint: 'edit.hint.url' },
    { kind: 'text', name: 'publisher', label: 'edit.f.publisher' },
    date('publishedDate', 'edit.f.publishedDate'),
    { kind: 'text', name: 'retrievedAt', label: 'edit.f.retrievedAt', hint: 'edit.hint.retrievedAt' },
    { kind: 'text', name: 'language', label: 'edit.f.language', hint: 'edit.hint.lang' },
    {
      kind: 'select',
      name: 'reliability',
      label: 'edit.f.reliability',
      options: RELIABILITY,
      labels: { vocab: 'reliability' },
      default: 'unknown',
    },
    { kind: 'textarea', name: 'notes', label: 'edit.f.notes' },
    {
      kind: 'group',
      name: 'counts',
      label: 'edit.group.counts',
      item: 'edit.item.counts',
      add: 'edit.add.counts',
      hint: 'edit.hint.counts',
      fields: [
        { kind: 'number', name: 'number', label: 'edit.f.countNumber', required: true },
        { kind: 'checkbox', name: 'approximate', label: 'edit.f.countApproximate' },
        { kind: 'text', name: 'what', label: 'edit.f.countWhat', required: true },
        { kind: 'textarea', name: 'passage', label: 'edit.f.countPassage' },
      ],
    },
    slug,
    confidentiality,
  ],
};

const citation: FormSpec = {
  type: 'citation',
  fields: [
    { kind: 'ref', name: 'sourceId', label: 'edit.f.sourceId', to: ['source'], required: true },
    {
      kind: 'object',
      name: 'record',
      label: 'edit.group.record',
      required: true,
      fields: [
        {
          kind: 'select',
          name: 'type',
          label: 'edit.f.recordType',
          options: CITABLE_TYPES,
          labels: { prefix: 'edit.recordType.' },
          required: true,
        },
        { kind: 'text', name: 'id', label: 'edit.f.recordId', hint: 'edit.hint.refId', required: true },
      ],
    },
    { kind: 'text', name: 'field', label: 'edit.f.field', hint: 'edit.hint.field' },
    { kind: 'text', name: 'locator', label: 'edit.f.locator', hint: 'edit.hint.locator' },
    { kind: 'textarea', name: 'quote', label: 'edit.f.quote' },
    {
      kind: 'select',
      name: 'certainty',
      label: 'edit.f.certainty',
      options: CERTAINTIES,
      labels: { vocab: 'certainty' },
      default: 'alleged',
    },
    confidentiality,
  ],
};

/** Restricted fields, last in every form; the edit screens leave the group out for anyone not cleared to read them. */
export const RESTRICTED_GROUP: FieldSpec = {
  kind: 'group',
  name: 'restricted',
  label: 'edit.group.restricted',
  item: 'edit.item.restricted',
  add: 'edit.add.restricted',
  hint: 'edit.hint.restricted',
  map: true,
  fields: [
    { kind: 'text', name: 'key', label: 'edit.f.restrictedKey', hint: 'edit.hint.restrictedKey', required: true },
    { kind: 'textarea', name: 'value', label: 'edit.f.restrictedValue', required: true },
  ],
};

const withRestricted = (spec: FormSpec): FormSpec => ({ ...spec, fields: [...spec.fields, RESTRICTED_GROUP] });

/** The form of every record type. */
export const FORM_SPECS: Readonly<Record<RecordType, FormSpec>> = {
  person: withRestricted(person),
  organisation: withRestricted(organisation),
  membership: withRestricted(membership),
  event: withRestricted(event),
  case: withRestricted(caseSpec),
  source: withRestricted(source),
  citation: withRestricted(citation),
};
