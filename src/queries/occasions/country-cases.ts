// Every case of a country the reader may see, read page by page (briefings and reminders need all of them).
import type { Case } from '../../domain/case.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor } from '../../db/database.ts';
import { caseRepo } from '../../db/repos/case.repo.ts';

/** Statuses after which a case is no longer open. */
export const CLOSED_STATUSES: readonly Case['status'][] = ['released', 'deceased'];

/** All visible cases of a country, in id order (restricted fields stay encrypted: briefings never show them). */
export async function casesOfCountry(db: Executor, country: string, levels: readonly Confidentiality[]): Promise<Case[]> {
  const out: Case[] = [];
  for (let after: string | undefined; ;) {
    const page = await caseRepo.list(db, { country }, levels, { after, limit: 500 }, null);
    out.push(...page);
    if (page.length < 500) return out;
    after = page[page.length - 1]!.id;
  }
}
