// Controlled vocabularies, after the HURIDOCS Events Standard Formats and PACE Resolution 1900 (2012).
// Values are stable identifiers stored in the database and used in the API; labels belong to the UI.

/** Who may see a record: public readers, signed-in members of the group, or only those cleared for restricted data. */
export const CONFIDENTIALITY = ['public', 'internal', 'restricted'] as const;

/** ISO 15924 script codes for names. */
export const SCRIPTS = ['Latn', 'Cyrl', 'Arab', 'Grek', 'Geor', 'Armn', 'Hebr', 'Hani', 'Other'] as const;

/** How a name relates to the person or organisation it belongs to. */
export const NAME_KINDS = ['primary', 'alias', 'transliteration', 'birth', 'former', 'abbreviation'] as const;

/** What a person does, as far as it explains their persecution. */
export const PERSON_ROLES = [
  'activist',
  'journalist',
  'human_rights_defender',
  'politician',
  'lawyer',
  'businessperson',
  'worker',
  'religious_figure',
  'academic',
  'artist',
  'blogger',
  'civil_servant',
  'student',
  'relative',
  'other',
] as const;

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;

export const ORGANISATION_KINDS = [
  'party',
  'ngo',
  'media_outlet',
  'company',
  'state_body',
  'court',
  'movement',
  'international_body',
  'religious_group',
  'other',
] as const;

export const EVENT_KINDS = [
  'protest',
  'strike',
  'shooting',
  'election',
  'trial',
  'hearing',
  'conference',
  'state_visit',
  'raid',
  'report',
  'referendum',
  'summit',
  'un_review',
  'anniversary',
  'verdict',
  'other',
] as const;

/** Kinds of event that are occasions: moments advocates work towards, shown in the calendar. */
export const OCCASION_KINDS = [
  'state_visit',
  'summit',
  'hearing',
  'trial',
  'verdict',
  'un_review',
  'election',
  'referendum',
  'anniversary',
  'conference',
] as const;

/** What a participant does at an occasion. */
export const PARTICIPANT_ROLES = ['visitor', 'host', 'judge', 'defendant', 'speaker', 'delegation', 'other'] as const;

/** How two events relate: the first event (the owner of the relation) precedes, is part of, or is a consequence of the other. */
export const EVENT_RELATION_KINDS = ['precedes', 'part_of', 'consequence_of', 'commemorates'] as const;

/** Kinds of persecution act. A state's "extremist" or "foreign agent" label is an act, never an attribute of its target. */
export const ACT_KINDS = [
  'arrest',
  'detention',
  'torture',
  'ill_treatment',
  'sentence',
  'charge',
  'extradition_request',
  'extradition_decision',
  'deportation',
  'travel_ban',
  'search',
  'designation_extremist',
  'designation_terrorist',
  'designation_foreign_agent',
  'closure_of_outlet',
  'blocking',
  'threats',
  'surveillance',
  'dismissal',
  'fine',
  'disappearance',
  'killing',
  'death_in_custody',
  'other',
] as const;

/** Degree of a perpetrator's involvement in an act (ESF). */
export const INVOLVEMENT_DEGREES = ['direct', 'indirect', 'ordered', 'complicit', 'failed_to_act', 'unknown'] as const;

/** Whether a claim is alleged by a source or confirmed. */
export const CERTAINTIES = ['alleged', 'confirmed'] as const;

export const SENTENCE_KINDS = ['prison', 'suspended', 'restricted_freedom', 'fine', 'other'] as const;

export const CASE_STATUSES = [
  'at_large',
  'detained_pre_trial',
  'serving_sentence',
  'released',
  'in_exile',
  'extradition_pending',
  'deceased',
  'unknown',
] as const;

export const TIMELINE_KINDS = [
  'arrest',
  'charge',
  'verdict',
  'appeal',
  'transfer',
  'release',
  'extradition_decision',
  'hearing',
  'other',
] as const;

export const DESIGNATION_KINDS = ['political_prisoner', 'prisoner_of_conscience', 'persecuted'] as const;

/** The five criteria of PACE Resolution 1900 (2012), paragraph 3. */
export const PACE_CRITERIA = ['a', 'b', 'c', 'd', 'e'] as const;

/** How far a source can be relied on. */
export const RELIABILITY = ['high', 'medium', 'low', 'unknown'] as const;

/** Account roles, from most to least powerful. The public has no account. */
export const USER_ROLES = ['admin', 'coordinator', 'editor', 'researcher', 'viewer'] as const;

/** The record types of the register, as named in URLs, audit entries and citations. */
export const RECORD_TYPES = ['person', 'organisation', 'membership', 'event', 'case', 'source', 'citation'] as const;

export type Confidentiality = (typeof CONFIDENTIALITY)[number];
export type Script = (typeof SCRIPTS)[number];
export type NameKind = (typeof NAME_KINDS)[number];
export type UserRole = (typeof USER_ROLES)[number];
export type RecordType = (typeof RECORD_TYPES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
