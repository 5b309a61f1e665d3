// What merging and undoing a merge share: the snapshot kept with a merge, the combined person, and the audit of moved records.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { Person } from '../../domain/person.ts';
import { CONFIDENTIALITY, type Confidentiality } from '../../domain/vocabulary.ts';
import type { Trx } from '../../db/database.ts';
import type { Moved, RawPerson } from '../../db/repos/merge.repo.ts';
import type { PersonsTable } from '../../db/schema.ts';
import { caseDef, citationDef, membershipDef } from '../../records/registry.ts';
import { auditWrite } from '../records/write-support.ts';

/** Kept with every merge (as JSON): enough to put both persons back as they were. */
export interface MergeSnapshot {
  /** The merged person as stored just before the merge. */
  merged: RawPerson;
  /** The survivor's row just before and just after the merge: undo restores a column only if nobody changed it since. */
  survivorBefore: PersonsTable;
  survivorAfter: PersonsTable;
  /** The names the merge added to the survivor (full text and script), removed again by undo. */
  addedNames: { full: string; script: string }[];
  moved: Moved;
}

/** Columns of a person row that a merge may change on the survivor. */
export const MERGED_COLUMNS = [
  'confidentiality',
  'restricted_data',
  'given_name',
  'family_name',
  'patronymic',
  'birth_date',
  'birth_date_approx',
  'gender',
  'nationality',
  'roles',
  'summary',
  'links',
] as const satisfies readonly (keyof PersonsTable)[];

const strictness = (c: Confidentiality) => CONFIDENTIALITY.indexOf(c);

/**
 * The survivor with everything of the merged person added: every name (the merged person's primary names become
 * aliases), missing facts filled in, roles and links joined, restricted values it lacked, and the stricter of the two
 * confidentiality levels, so a merge never makes anything of either person more visible than it was.
 */
export function combine(
  survivor: Person,
  merged: Person,
): { person: Person; added: { full: string; script: string }[] } {
  const has = new Set(survivor.names.map((n) => `${n.script}\u0000${n.full}`));
  const added = merged.names.filter((n) => !has.has(`${n.script}\u0000${n.full}`));
  const person: Person = {
    ...survivor,
    names: [
      ...survivor.names,
      ...added.map((n) => ({ ...n, kind: n.kind === 'primary' ? ('alias' as const) : n.kind })),
    ],
    confidentiality:
      strictness(merged.confidentiality) > strictness(survivor.confidentiality)
        ? merged.confidentiality
        : survivor.confidentiality,
    restricted: { ...merged.restricted, ...survivor.restricted },
    givenName: survivor.givenName ?? merged.givenName,
    familyName: survivor.familyName ?? merged.familyName,
    patronymic: survivor.patronymic ?? merged.patronymic,
    birthDate: survivor.birthDate ?? merged.birthDate,
    birthDateApprox: survivor.birthDate ? survivor.birthDateApprox : merged.birthDateApprox,
    gender: survivor.gender ?? merged.gender,
    nationality: survivor.nationality ?? merged.nationality,
    roles: [...new Set([...survivor.roles, ...merged.roles])],
    summary: survivor.summary ?? merged.summary,
    links: [...survivor.links, ...merged.links.filter((l) => !survivor.links.some((s) => s.url === l.url))],
  };
  return { person, added: added.map((n) => ({ full: n.full, script: n.script })) };
}

/** Runs `move` and writes an audit entry for every moved record with its state before and after. */
export async function auditedMove(
  ctx: Ctx,
  trx: Trx,
  moved: Moved,
  action: string,
  move: () => Promise<void>,
): Promise<void> {
  const kinds = [
    [caseDef, moved.cases],
    [membershipDef, moved.memberships],
    [citationDef, moved.citations],
  ] as const;
  const before = new Map<string, RecordBase>();
  for (const [def, ids] of kinds)
    for (const id of ids) {
      const r = await def.repo.find(trx, id, CONFIDENTIALITY, ctx.keyring);
      if (r) before.set(id, r);
    }
  await move();
  for (const [def, ids] of kinds)
    for (const id of ids) {
      const after = await def.repo.find(trx, id, CONFIDENTIALITY, ctx.keyring);
      if (after && before.has(id))
        await auditWrite(ctx, trx, `${def.type}.${action}`, def.type, id, before.get(id), after);
    }
}
