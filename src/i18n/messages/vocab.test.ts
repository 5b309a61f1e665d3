import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
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
  USER_ROLES,
} from '../../domain/vocabulary.ts';
import { VOCABULARY_NAMES, type VocabularyName } from '../i18n.ts';
import { LOCALES } from '../locales.ts';
import { vocabMessages } from './vocab.ts';
import { kkVocab } from './kk/vocab.ts';

/** Each vocabulary name of the message keys, with the values it labels. */
const VALUES: Record<VocabularyName, readonly string[]> = {
  confidentiality: CONFIDENTIALITY,
  script: SCRIPTS,
  nameKind: NAME_KINDS,
  personRole: PERSON_ROLES,
  gender: GENDERS,
  organisationKind: ORGANISATION_KINDS,
  eventKind: EVENT_KINDS,
  participantRole: PARTICIPANT_ROLES,
  eventRelation: EVENT_RELATION_KINDS,
  actKind: ACT_KINDS,
  involvement: INVOLVEMENT_DEGREES,
  certainty: CERTAINTIES,
  sentenceKind: SENTENCE_KINDS,
  caseStatus: CASE_STATUSES,
  timelineKind: TIMELINE_KINDS,
  designationKind: DESIGNATION_KINDS,
  paceCriterion: PACE_CRITERIA,
  reliability: RELIABILITY,
  userRole: USER_ROLES,
};

const catalogue: Record<(typeof LOCALES)[number], Record<string, string>> = { ...vocabMessages, kk: kkVocab };
const expectedKeys = VOCABULARY_NAMES.flatMap((name) => VALUES[name].map((value) => `vocab.${name}.${value}`)).sort();

describe('vocabulary labels', () => {
  it('label every value of every vocabulary in every locale', () => {
    for (const locale of LOCALES) {
      for (const name of VOCABULARY_NAMES) {
        for (const value of VALUES[name]) {
          const label = catalogue[locale][`vocab.${name}.${value}`];
          assert.ok(typeof label === 'string' && label.trim() !== '', `${locale}: no label for vocab.${name}.${value}`);
        }
      }
    }
  });

  it('have the same keys in every locale, and only vocabulary keys', () => {
    for (const locale of LOCALES) assert.deepEqual(Object.keys(catalogue[locale]).sort(), expectedKeys, locale);
  });

  it('parse as ICU messages and format to themselves (no quoting, no placeholders)', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogue[locale])) {
        let text = '';
        assert.doesNotThrow(() => {
          text = String(new IntlMessageFormat(message, locale).format());
        }, `${locale}: ${key}`);
        assert.equal(text, message, `${locale}: ${key}`);
      }
    }
  });
});
