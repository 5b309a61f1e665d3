// The appeal forms as field lists for the form engine (views/forms): the letter before publication, the follow-up after
// it, and the co-signatory forms. Names match AppealInputSchema and the co-signatory schemas.
import { RECORD_LANGUAGES } from '../../../domain/localized.ts';
import { DELIVERY_METHODS, OUTCOME_KINDS, RESPONSE_KINDS } from '../../../domain/appeal.ts';
import { CO_SIGNATORY_KINDS } from '../../../domain/co-signatory.ts';
import { CONFIDENTIALITY } from '../../../domain/vocabulary.ts';
import type { FieldSpec } from '../forms/spec.ts';

const dateField = (name: string, label: FieldSpec['label'], required = false): FieldSpec => ({
  kind: 'date',
  name,
  label,
  hint: 'edit.hint.date',
  required,
});

/** Whether the public may sign, and until when: settings a coordinator may still change after publication. */
export const SIGNING_FIELDS: readonly FieldSpec[] = [
  dateField('deadline', 'appeals.f.deadline'),
  { kind: 'checkbox', name: 'publicSigning', label: 'appeals.f.publicSigning' },
];

/** The letter: everything publication fixes, plus the signing settings. */
export const LETTER_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'title', label: 'appeals.f.title', required: true },
  { kind: 'text', name: 'slug', label: 'edit.f.slug', hint: 'edit.hint.slug' },
  {
    kind: 'select',
    name: 'confidentiality',
    label: 'edit.f.confidentiality',
    options: CONFIDENTIALITY,
    labels: { vocab: 'confidentiality' },
    default: 'internal',
  },
  {
    kind: 'group',
    name: 'addressees',
    label: 'appeals.f.addressees',
    item: 'appeals.f.addressee',
    add: 'appeals.f.addAddressee',
    fields: [
      { kind: 'text', name: 'name', label: 'appeals.f.name', required: true },
      { kind: 'text', name: 'title', label: 'appeals.f.personTitle' },
      {
        kind: 'select',
        name: 'lang',
        label: 'appeals.f.personTitleLang',
        options: RECORD_LANGUAGES,
        labels: { language: true },
        blank: 'edit.form.detect',
      },
      { kind: 'text', name: 'organisation', label: 'appeals.f.organisation' },
      {
        kind: 'object',
        name: 'translations',
        label: 'edit.group.translations',
        fields: [
          {
            kind: 'group',
            name: 'title',
            label: 'appeals.f.personTitleOther',
            item: 'appeals.f.personTitleItem',
            add: 'appeals.f.personTitleAdd',
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
              { kind: 'text', name: 'text', label: 'edit.f.translationText', required: true },
            ],
          },
        ],
      },
    ],
  },
  { kind: 'ref', name: 'occasionEventId', label: 'appeals.f.occasion', to: ['event'] },
  dateField('letterDate', 'appeals.f.letterDate'),
  ...SIGNING_FIELDS,
  {
    kind: 'group',
    name: 'texts',
    label: 'appeals.f.texts',
    item: 'appeals.f.text',
    add: 'appeals.f.addText',
    fields: [
      { kind: 'text', name: 'lang', label: 'appeals.f.lang', hint: 'appeals.hint.lang', required: true },
      { kind: 'text', name: 'title', label: 'appeals.f.title', required: true },
      { kind: 'textarea', name: 'body', label: 'appeals.f.body', hint: 'appeals.hint.body', required: true },
    ],
  },
  {
    kind: 'group',
    name: 'caseIds',
    label: 'appeals.f.caseIds',
    item: 'appeals.f.case',
    add: 'appeals.f.addCase',
    scalar: true,
    hint: 'appeals.hint.caseIds',
    fields: [{ kind: 'ref', name: 'id', label: 'appeals.f.caseId', to: ['case'] }],
  },
];

/** What follows a published letter: deliveries, responses and outcomes per linked case. */
export const FOLLOW_UP_FIELDS: readonly FieldSpec[] = [
  {
    kind: 'group',
    name: 'deliveries',
    label: 'appeals.f.deliveries',
    item: 'appeals.f.delivery',
    add: 'appeals.f.addDelivery',
    fields: [
      dateField('date', 'appeals.f.date', true),
      {
        kind: 'select',
        name: 'method',
        label: 'appeals.f.method',
        options: DELIVERY_METHODS,
        labels: { prefix: 'appeals.method.' },
        required: true,
      },
      { kind: 'text', name: 'to', label: 'appeals.f.to', required: true },
      { kind: 'textarea', name: 'note', label: 'appeals.f.note' },
    ],
  },
  {
    kind: 'group',
    name: 'responses',
    label: 'appeals.f.responses',
    item: 'appeals.f.response',
    add: 'appeals.f.addResponse',
    fields: [
      dateField('date', 'appeals.f.date', true),
      {
        kind: 'select',
        name: 'kind',
        label: 'appeals.f.kind',
        options: RESPONSE_KINDS,
        labels: { prefix: 'appeals.response.' },
        required: true,
      },
      { kind: 'ref', name: 'sourceId', label: 'appeals.f.sourceId', to: ['source'] },
      { kind: 'textarea', name: 'text', label: 'appeals.f.text.body' },
    ],
  },
  {
    kind: 'group',
    name: 'outcomes',
    label: 'appeals.f.outcomes',
    item: 'appeals.f.outcome',
    add: 'appeals.f.addOutcome',
    fields: [
      { kind: 'ref', name: 'caseId', label: 'appeals.f.caseId', to: ['case'], required: true },
      {
        kind: 'select',
        name: 'kind',
        label: 'appeals.f.kind',
        options: OUTCOME_KINDS,
        labels: { prefix: 'appeals.outcome.' },
        required: true,
      },
      dateField('date', 'appeals.f.date'),
      { kind: 'textarea', name: 'note', label: 'appeals.f.note' },
    ],
  },
];

const wording: FieldSpec[] = [
  {
    kind: 'select',
    name: 'kind',
    label: 'appeals.co.kind',
    options: CO_SIGNATORY_KINDS,
    labels: { prefix: 'appeals.kind.' },
    default: 'organisation',
  },
  { kind: 'text', name: 'name', label: 'appeals.f.name', required: true },
  { kind: 'text', name: 'title', label: 'appeals.f.personTitle' },
  { kind: 'text', name: 'organisation', label: 'appeals.f.organisation' },
];
const emailLang: FieldSpec = {
  kind: 'select',
  name: 'lang',
  label: 'appeals.f.emailLang',
  options: ['en', 'ru', 'fr', 'kk'],
  labels: { prefix: 'appeals.langName.' },
  default: 'en',
};

/** Inviting a co-signatory by email. */
export const INVITE_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'email', label: 'appeals.f.email', required: true },
  ...wording,
  emailLang,
];

/** Recording a co-signature received another way (the email is optional). */
export const RECORD_FIELDS: readonly FieldSpec[] = [
  ...wording,
  { kind: 'text', name: 'email', label: 'appeals.f.email' },
  emailLang,
];

/** The co-signatory's own wording on the co-sign page. */
export const ANSWER_FIELDS: readonly FieldSpec[] = wording.slice(1);
