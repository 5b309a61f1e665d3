// Who may do what with the register's records (persons, organisations, memberships, events, cases, sources, citations).
import type { Confidentiality, UserRole } from '../domain/vocabulary.ts';

/** Actions on a record. */
export type RecordAction = 'read' | 'create' | 'update' | 'delete';

/** Confidentiality levels each role may read. The public (no account) reads only public records. */
export const READ_LEVELS: Readonly<Record<UserRole | 'public', readonly Confidentiality[]>> = {
  admin: ['public', 'internal', 'restricted'],
  coordinator: ['public', 'internal', 'restricted'],
  editor: ['public', 'internal', 'restricted'],
  researcher: ['public', 'internal', 'restricted'],
  viewer: ['public', 'internal'],
  public: ['public'],
};

/** Roles that may perform each write action on register records. */
export const WRITE_ROLES: Readonly<Record<Exclude<RecordAction, 'read'>, readonly UserRole[]>> = {
  create: ['admin', 'editor', 'researcher'],
  update: ['admin', 'editor', 'researcher'],
  delete: ['admin', 'editor'],
};

/** Roles cleared to read (and so to write) restricted fields; the system actor (CLI, jobs) is cleared too, viewers and the public never. */
export const RESTRICTED_READERS: readonly UserRole[] = ['admin', 'coordinator', 'editor', 'researcher'];

/** Roles that may read a record's history (its audit entries): editors and above. */
export const HISTORY_READERS: readonly UserRole[] = ['admin', 'coordinator', 'editor'];
