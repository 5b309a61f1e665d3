// What decides whether a kept copy of a public appeal page is still the page: one indexed row of the appeal, without its
// texts or cases (reading those is most of what rendering the page costs). See src/web/pages/public-page-cache.ts.
import type { Appeal, AppealStatus } from '../../domain/appeal.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor } from '../database.ts';
import { bool } from './shared.ts';

/** The columns of an appeal that a public page's copy depends on, plus what signingOpen() needs. */
export type AppealPageState = Pick<
  Appeal,
  | 'id'
  | 'updatedAt'
  | 'status'
  | 'confidentiality'
  | 'publicSigning'
  | 'signingPaused'
  | 'deadline'
  | 'signatureCount'
  | 'countRefreshedAt'
  | 'closedAt'
>;

/** The latest change to what an appeal's page shows besides the appeal row: its linked cases, its occasion, its co-signatories. */
export async function appealDependenciesStamp(db: Executor, appealId: string): Promise<string> {
  const cases = await db
    .selectFrom('appeal_cases')
    .innerJoin('cases', 'cases.id', 'appeal_cases.case_id')
    .select((eb) => eb.fn.max('cases.updated_at').as('at'))
    .where('appeal_cases.appeal_id', '=', appealId)
    .executeTakeFirst();
  const event = await db
    .selectFrom('appeals')
    .innerJoin('events', 'events.id', 'appeals.occasion_event_id')
    .select('events.updated_at as at')
    .where('appeals.id', '=', appealId)
    .executeTakeFirst();
  const co = await db
    .selectFrom('co_signatories')
    .select((eb) => [
      eb.fn.countAll().as('n'),
      eb.fn.max('confirmed_at').as('c'),
      eb.fn.max('withdrawn_at').as('w'),
      eb.fn.max('position').as('p'),
    ])
    .where('appeal_id', '=', appealId)
    .executeTakeFirst();
  return [cases?.at ?? '', event?.at ?? '', co?.n ?? 0, co?.c ?? '', co?.w ?? '', co?.p ?? ''].join('/');
}

/** The page state of an appeal by id or slug, among the confidentiality levels given; undefined when there is none. */
export async function appealPageState(
  db: Executor,
  idOrSlug: string,
  levels: readonly Confidentiality[],
): Promise<AppealPageState | undefined> {
  if (levels.length === 0) return undefined;
  const r = await db
    .selectFrom('appeals')
    .select([
      'id',
      'updated_at',
      'status',
      'confidentiality',
      'public_signing',
      'signing_paused',
      'deadline',
      'signature_count',
      'count_refreshed_at',
      'closed_at',
    ])
    .where('confidentiality', 'in', [...levels])
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      updatedAt: r.updated_at,
      status: r.status as AppealStatus,
      confidentiality: r.confidentiality as Confidentiality,
      publicSigning: bool(r.public_signing),
      signingPaused: bool(r.signing_paused),
      deadline: r.deadline,
      signatureCount: Number(r.signature_count),
      countRefreshedAt: r.count_refreshed_at,
      closedAt: r.closed_at,
    }
  );
}
