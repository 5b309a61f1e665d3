// Deny rules against abuse of public sign-on: IP ranges and email domains whose signatures are silently invalidated.
import type { Executor, Trx } from '../database.ts';

/** A stored deny rule. */
export interface DenyRule {
  id: string;
  kind: 'ip_range' | 'email_domain';
  value: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

/** Every rule, by kind then value. */
export async function listDenyRules(db: Executor): Promise<DenyRule[]> {
  const rows = await db.selectFrom('deny_rules').selectAll().orderBy('kind').orderBy('value').execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DenyRule['kind'],
    value: r.value,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

/** Adds a rule; false when the same kind and value exist already. */
export async function insertDenyRule(trx: Trx, rule: DenyRule): Promise<boolean> {
  const rows = await trx
    .insertInto('deny_rules')
    .values({
      id: rule.id,
      kind: rule.kind,
      value: rule.value,
      note: rule.note,
      created_by: rule.createdBy,
      created_at: rule.createdAt,
    })
    .onConflict((oc) => oc.columns(['kind', 'value']).doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** One rule by id. */
export async function findDenyRule(db: Executor, id: string): Promise<DenyRule | undefined> {
  return (await listDenyRules(db)).find((r) => r.id === id);
}

/** Removes a rule; false when there was none with that id. */
export async function deleteDenyRule(trx: Trx, id: string): Promise<boolean> {
  const res = await trx.deleteFrom('deny_rules').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
