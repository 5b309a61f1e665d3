// Table types of the database, as Kysely sees them. Booleans are 0/1 integers and JSON is text on both dialects.
import type { Generated, Insertable, Selectable } from 'kysely';

interface RecordColumns {
  id: string;
  slug: string;
  confidentiality: string;
  created_at: string;
  updated_at: string;
  /** The record's restricted fields, encrypted as one AES-256-GCM blob; NULL when it has none. */
  restricted_data?: string | null;
}

export interface PersonsTable extends RecordColumns {
  given_name: string | null;
  family_name: string | null;
  patronymic: string | null;
  birth_date: string | null;
  birth_date_approx: number;
  gender: string | null;
  nationality: string | null;
  roles: string;
  summary: string | null;
  links: string;
}

interface NameColumns {
  position: number;
  full_name: string;
  script: string;
  lang: string | null;
  kind: string;
  source_org: string | null;
  search_key: string;
}
export interface PersonNamesTable extends NameColumns {
  person_id: string;
}
export interface OrganisationNamesTable extends NameColumns {
  organisation_id: string;
}

export interface OrganisationsTable extends RecordColumns {
  kind: string;
  country: string | null;
  founded_date: string | null;
  dissolved_date: string | null;
  summary: string | null;
}

export interface MembershipsTable extends RecordColumns {
  person_id: string;
  organisation_id: string;
  role: string;
  start_date: string | null;
  end_date: string | null;
}

export interface EventsTable extends RecordColumns {
  title: string;
  /** Language of title and description. */
  lang: string;
  /** JSON: { title?: { lang: text }, description?: { lang: text } } — values in other languages. */
  translations: string;
  title_key: string;
  kind: string;
  start_date: string | null;
  start_approx: number;
  end_date: string | null;
  end_approx: number;
  country: string | null;
  locality: string | null;
  lat: number | null;
  lon: number | null;
  description: string | null;
  /** IANA time zone of the place, when known (reminders fall due in it). */
  time_zone?: string | null;
  /** JSON: [{ personId?, name?, role }] — e.g. the visiting leader and the host. */
  participants?: string;
}

export interface EventCountriesTable {
  event_id: string;
  position: number;
  country: string;
}

export interface FollowsTable {
  id: string;
  user_id: string;
  /** country | case */
  kind: string;
  value: string;
  days_before: number;
  created_at: string;
}

export interface RemindersSentTable {
  user_id: string;
  event_id: string;
  sent_at: string;
}

export interface BriefingsTable {
  id: string;
  country: string;
  as_of: string;
  since: string | null;
  occasion_event_id: string | null;
  /** JSON: the briefing as generated. */
  content: string;
  created_at: string;
  created_by: string;
  appeal_id: string | null;
}

export interface EventRelationsTable {
  event_id: string;
  position: number;
  related_event_id: string;
  kind: string;
}

export interface CasesTable extends RecordColumns {
  title: string;
  /** Language of title, summary and charge texts. */
  lang: string;
  /** JSON: { title?: { lang: text }, summary?: { lang: text } } — values in other languages. */
  translations: string;
  title_key: string;
  subject_person_id: string | null;
  subject_organisation_id: string | null;
  country: string;
  status: string;
  court: string | null;
  sentence_kind: string | null;
  sentence_months: number | null;
  sentence_start: string | null;
  summary: string | null;
}

export interface CaseEventsTable {
  case_id: string;
  position: number;
  event_id: string;
}

export interface CaseActsTable {
  case_id: string;
  position: number;
  kind: string;
  date: string | null;
  date_approx: number;
  perpetrator_id: string | null;
  involvement: string | null;
  country: string | null;
  locality: string | null;
  lat: number | null;
  lon: number | null;
  description: string | null;
  certainty: string;
}

export interface CaseChargesTable {
  case_id: string;
  position: number;
  law: string | null;
  article: string | null;
  text: string | null;
  /** JSON: { text?: { lang: text } } — the text in other languages. */
  translations: string;
}

export interface CaseTimelineTable {
  case_id: string;
  position: number;
  date: string;
  date_approx: number;
  kind: string;
  description: string | null;
}

export interface CaseStatusHistoryTable {
  case_id: string;
  position: number;
  status: string;
  /** Partial date (YYYY, YYYY-MM or YYYY-MM-DD) the status began. */
  since: string;
}

export interface CaseDesignationsTable {
  case_id: string;
  position: number;
  kind: string;
  issuer_id: string | null;
  issuer_name: string | null;
  date: string | null;
  criteria: string;
}

export interface SourcesTable extends RecordColumns {
  title: string;
  title_key: string;
  url: string | null;
  archived_url: string | null;
  publisher: string | null;
  published_date: string | null;
  retrieved_at: string | null;
  language: string | null;
  reliability: string;
  notes: string | null;
  /** JSON array of the source's counts ({ number, approximate, what, passage }). */
  counts: string;
  file_sha256: string | null;
  file_size: number | string | null; // bigint: a string on PostgreSQL
  file_media_type: string | null;
  file_name: string | null;
  file_stored_at: string | null;
}

export interface CitationsTable extends RecordColumns {
  source_id: string;
  record_type: string;
  record_id: string;
  field: string | null;
  locator: string | null;
  quote: string | null;
  certainty: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string | null;
  role: string;
  status: string;
  password_hash: string | null;
  totp_secret: string | null;
  created_at: string;
  updated_at: string;
  /** Failed sign-in attempts (password or second factor) since the last full sign-in. */
  failed_logins: number;
  /** No sign-in is accepted before this time (exponential back-off after repeated failures). */
  locked_until: string | null;
  totp_enabled: number;
  /** A TOTP secret shown for enrolment but not yet confirmed with a code. */
  totp_pending_secret: string | null;
  /** The last TOTP time step accepted (a code is good once). */
  totp_last_step: number | null;
  /** The interface language the account's reminders are written in; NULL: English. */
  lang: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  /** SHA-256 of the normalised code. */
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the secret in the session cookie. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** 1 once a second factor was verified in this session. */
  second_factor: number;
  /** The browser family only (no version, no IP address). */
  user_agent_hint: string | null;
}

export interface InvitationsTable {
  id: string;
  email: string;
  role: string;
  /** SHA-256 of the token in the invitation link. */
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditHeadTable {
  id: number;
  seq: number | string; // bigint: a string on PostgreSQL
  hash: string;
  /** 1 once every stored hash is keyed (HMAC); 0 for a chain written before, with plain SHA-256. */
  keyed: Generated<number>;
}

export interface AuditLogTable {
  seq: number | string;
  at: string;
  actor: string;
  action: string;
  record_type: string;
  record_id: string;
  before_digest: string | null;
  after_digest: string | null;
  prev_hash: string;
  hash: string;
}

export interface RecordVersionsTable {
  seq: number | string;
  record_type: string;
  record_id: string;
  /** Canonical JSON of the record after the write (restricted values only as a keyed digest). */
  snapshot: string;
}

export interface AppealsTable {
  id: string;
  slug: string;
  confidentiality: string;
  created_at: string;
  updated_at: string;
  created_by: string;
  title: string;
  /** draft | collecting | published | delivered | responded | closed */
  status: string;
  occasion_event_id: string | null;
  deadline: string | null;
  /** The date the letter carries (a partial date), shown above the addressee block. */
  letter_date: string | null;
  /** JSON: [{ name, title, organisation }] */
  addressees: string;
  public_signing: number;
  signing_paused: number;
  counting_paused: number;
  published_at: string | null;
  closed_at: string | null;
  /** JSON: the case annex per language as frozen at publication. */
  annex_frozen: string | null;
  /** Confirmed, valid signatures as last counted by the batched counter job. */
  signature_count: number;
  count_refreshed_at: string | null;
  /** JSON lists: deliveries, responses, per-case outcomes. */
  deliveries: string;
  responses: string;
  outcomes: string;
}

export interface AppealTextsTable {
  appeal_id: string;
  position: number;
  lang: string;
  title: string;
  /** Markdown, sanitised when rendered. */
  body: string;
}

export interface AppealCasesTable {
  appeal_id: string;
  position: number;
  case_id: string;
}

export interface CoSignatoriesTable {
  id: string;
  appeal_id: string;
  position: number;
  /** organisation | person */
  kind: string;
  email_sealed: string | null;
  name: string;
  title: string | null;
  organisation: string | null;
  organisation_id: string | null;
  lang: string;
  /** invited | confirmed | withdrawn */
  status: string;
  token_hash: string | null;
  token_expires_at: string | null;
  invited_at: string;
  confirmed_at: string | null;
  withdrawn_at: string | null;
  created_by: string;
}

export interface SignaturesTable {
  id: string;
  appeal_id: string;
  /** pending | confirmed | invalidated */
  status: string;
  /** Personal data: NULL once anonymised. */
  name: string | null;
  country: string | null;
  comment: string | null;
  show_name: number;
  /** The canonical email, encrypted with the field key (bound to the signature id). */
  email_sealed: string | null;
  /** Keyed digest of the canonical email (unique per appeal). */
  email_hash: string;
  email_domain: string | null;
  /** Keyed digest of the signer's /24 or /48 network, never the address itself. */
  network_hint: string | null;
  /** SHA-256 of the confirmation token; NULL once used. */
  token_hash: string | null;
  created_at: string;
  confirmed_at: string | null;
  invalidated_at: string | null;
  invalidated_reason: string | null;
  anonymised_at: string | null;
  /** The interface language the signature was made in (its mails are written in it); NULL for older rows: English. */
  lang: string | null;
}

export interface JobsTable {
  id: string;
  kind: string;
  /** JSON */
  payload: string;
  /** A recurring job's name; NULL for one-off jobs. */
  unique_key: string | null;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  done_at: string | null;
  failed_at: string | null;
}

/** One fingerprint per key of the key file this database was written with (never the key itself). */
export interface KeyFingerprintsTable {
  key_id: string;
  fingerprint: string;
  created_at: string;
}

export interface DenyRulesTable {
  id: string;
  /** ip_range | email_domain */
  kind: string;
  value: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

/** One searchable record: its visible text, for the search page and API. */
export interface SearchDocsTable {
  doc_id: Generated<number | string>; // bigserial: a string on PostgreSQL
  record_type: string;
  record_id: string;
  slug: string;
  confidentiality: string;
  title: string;
  title_key: string;
  body: string;
  country: string | null;
  year: string | null;
  updated_at: string;
}

/** A cross-script key (word skeleton, or "~" + a patronymic's root) of a person's or organisation's name. */
export interface SearchNameKeysTable {
  doc_id: number | string;
  key: string;
}

/** A person merged into another; kept so the old id resolves and the merge can be undone. */
export interface PersonMergesTable {
  id: string;
  survivor_id: string;
  merged_id: string;
  merged_slug: string;
  reason: string;
  merged_by: string;
  merged_at: string;
  undone_by: string | null;
  undone_at: string | null;
  snapshot: string;
}

/** The whole database. */
/** A document read by intake, with the proposals made from it (JSON) and what accepting them produced. */
export interface IntakeDocumentsTable {
  id: string;
  source_id: string;
  confidentiality: string;
  created_at: string;
  updated_at: string;
  created_by: string;
  /** open | accepted | closed */
  status: string;
  format: string;
  language: string;
  document_date: string | null;
  body: string;
  proposals: string;
  outcome: Generated<string>;
}

/** A restricted record written in clear before records were sealed, waiting to be sealed with the keys. */
export interface SealPendingTable {
  record_table: string;
  record_id: string;
}

export interface Database {
  persons: PersonsTable;
  person_names: PersonNamesTable;
  organisations: OrganisationsTable;
  organisation_names: OrganisationNamesTable;
  memberships: MembershipsTable;
  events: EventsTable;
  event_relations: EventRelationsTable;
  event_countries: EventCountriesTable;
  follows: FollowsTable;
  reminders_sent: RemindersSentTable;
  briefings: BriefingsTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  case_acts: CaseActsTable;
  case_charges: CaseChargesTable;
  case_timeline: CaseTimelineTable;
  case_designations: CaseDesignationsTable;
  case_status_history: CaseStatusHistoryTable;
  sources: SourcesTable;
  citations: CitationsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  audit_head: AuditHeadTable;
  audit_log: AuditLogTable;
  record_versions: RecordVersionsTable;
  appeals: AppealsTable;
  appeal_texts: AppealTextsTable;
  appeal_cases: AppealCasesTable;
  co_signatories: CoSignatoriesTable;
  signatures: SignaturesTable;
  jobs: JobsTable;
  key_fingerprints: KeyFingerprintsTable;
  deny_rules: DenyRulesTable;
  search_docs: SearchDocsTable;
  search_name_keys: SearchNameKeysTable;
  person_merges: PersonMergesTable;
  intake_documents: IntakeDocumentsTable;
  seal_pending: SealPendingTable;
  kysely_migration: { name: string; timestamp: string };
  kysely_migration_lock: { id: string; is_locked: Generated<number> };
}

export type PersonRow = Selectable<PersonsTable>;
export type NewPersonRow = Insertable<PersonsTable>;
