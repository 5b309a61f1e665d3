// Every case of a country (or with a status) the reader may see, read page by page (briefings, reminders and the home
// page's count of people held need all of them).
import type { Case } from '../../domain/case.ts';
import type { CaseStatus, Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor } from '../../db/database.ts';
import { caseRepo } from '../../db/repos/case.repo.ts';

/** Statuses after which a case is no longer open. */
export const CLOSED_STATUSES: readonly Case['status'][] = ['released', 'deceased'];

/** All visible cases of a country, in id order (restricted fields stay encrypted: briefings never show them). */
export async function casesOfCountry(
  db: Executor,
  country: string,
  levels: readonly Confidentiality[],
): Promise<Case[]> {
  const out: Case[] = [];
  for (let after: string | undefined; ;) {
    const page = await caseRepo.list(db, { country }, levels, { after, limit: 500 }, null);
    out.push(...page);
    if (page.length < 500) return out;
    after = page[page.length - 1]!.id;
  }
}

/** Every visible case with a status, in full (the home page checks the sentences of those marked as serving one). */
export async function casesWithStatus(
  db: Executor,
  status: CaseStatus,
  levels: readonly Confidentiality[],
): Promise<Case[]> {
  const out: Case[] = [];
  for (let after: string | undefined; ;) {
    const page = await caseRepo.list(db, { status }, levels, { after, limit: 500 }, null);
    out.push(...page);
    if (page.length < 500) return out;
    after = page[page.length - 1]!.id;
  }
}
