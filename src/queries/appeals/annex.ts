// The case annex of an appeal: each linked case as the letter shows it, built from the live register in one language.
// Only public records and public fields go in: the annex is printed, published and sent to the addressee.
import type { AnnexEntry, Appeal } from '../../domain/appeal.ts';
import type { Name } from '../../domain/common.ts';
import { digestOf } from '../../domain/digest.ts';
import { fieldForReader } from '../../domain/localized.ts';
import { nameTextFor } from '../../domain/reader-names.ts';
import type { Executor } from '../../db/database.ts';
import { caseRepo } from '../../db/repos/case.repo.ts';
import { citationRepo } from '../../db/repos/citation.repo.ts';
import { organisationRepo } from '../../db/repos/organisation.repo.ts';
import { personRepo } from '../../db/repos/person.repo.ts';
import { sourceRepo } from '../../db/repos/source.repo.ts';

const PUBLIC = ['public'] as const;

/** The name to print in a letter of this language (the register's one choice of name per language). */
export function nameForLanguage(names: Name[], lang: string): string {
  return nameTextFor(names, lang);
}

async function subjectName(
  db: Executor,
  subject: { type: 'person' | 'organisation'; id: string },
  lang: string,
): Promise<string> {
  const record =
    subject.type === 'person'
      ? await personRepo.find(db, subject.id, PUBLIC, null)
      : await organisationRepo.find(db, subject.id, PUBLIC, null);
  return record ? nameForLanguage(record.names, lang) : '';
}

async function sourcesOf(db: Executor, caseId: string): Promise<AnnexEntry['sources']> {
  const citations = await citationRepo.list(db, { recordType: 'case', recordId: caseId }, PUBLIC, { limit: 50 }, null);
  const out: AnnexEntry['sources'] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    if (seen.has(c.sourceId)) continue;
    seen.add(c.sourceId);
    const s = await sourceRepo.find(db, c.sourceId, PUBLIC, null);
    if (s) out.push({ title: s.title, url: s.url, date: s.publishedDate });
  }
  return out;
}

/** One entry per linked public case, in the appeal's order; cases that are not public are left out. */
export async function buildAnnex(db: Executor, caseIds: readonly string[], lang: string): Promise<AnnexEntry[]> {
  const out: AnnexEntry[] = [];
  for (const id of caseIds) {
    const c = await caseRepo.find(db, id, PUBLIC, null);
    if (!c) continue;
    const issuers = new Map<string, string>();
    for (const d of c.designations) {
      if (!d.issuerId || issuers.has(d.issuerId)) continue;
      const org = await organisationRepo.find(db, d.issuerId, PUBLIC, null);
      if (org) issuers.set(d.issuerId, nameForLanguage(org.names, lang));
    }
    // Summary and charge wordings in the annex's language, else the case's own, English or any other (marked as such).
    const summary = fieldForReader(c.summary, c.lang, c.translations.summary, lang);
    const charges = c.charges.map((ch) => ({
      ...ch,
      text: fieldForReader(ch.text, c.lang, ch.translations.text, lang),
    }));
    const content: Omit<AnnexEntry, 'digest' | 'fallbackLangs'> = {
      caseId: c.id,
      caseSlug: c.slug,
      name: await subjectName(db, c.subject, lang),
      country: c.country,
      status: c.status,
      acts: c.acts.map((a) => ({ kind: a.kind, date: a.date })),
      charges: charges.map((ch) => [ch.law, ch.article, ch.text?.text].filter(Boolean).join(', ')),
      sentence: c.sentence ? { kind: c.sentence.kind, months: c.sentence.months } : null,
      designations: c.designations.map((d) => ({
        kind: d.kind,
        issuer: (d.issuerId ? issuers.get(d.issuerId) : undefined) ?? d.issuerName,
        date: d.date,
      })),
      sources: await sourcesOf(db, c.id),
      summary: summary?.text ?? null,
    };
    // The marks of values in another language stay out of the digest: they say how a value is shown, not what the register holds.
    const fallbackLangs = {
      ...(summary?.fallback ? { summary: summary.lang } : {}),
      ...(charges.some((ch) => ch.text?.fallback)
        ? { charges: charges.map((ch) => (ch.text?.fallback ? ch.text.lang : null)) }
        : {}),
    };
    out.push({
      ...content,
      ...(Object.keys(fallbackLangs).length > 0 ? { fallbackLangs } : {}),
      digest: digestOf(content),
    });
  }
  return out;
}

/** The annex in every language of the appeal (English when it has no text yet). */
export async function buildAnnexes(
  db: Executor,
  appeal: Pick<Appeal, 'caseIds' | 'texts'>,
): Promise<Record<string, AnnexEntry[]>> {
  const langs = appeal.texts.length > 0 ? appeal.texts.map((t) => t.lang) : ['en'];
  const out: Record<string, AnnexEntry[]> = {};
  for (const lang of langs) out[lang] = await buildAnnex(db, appeal.caseIds, lang);
  return out;
}

/** An annex as a reader sees it: the frozen entries of a published appeal, each flagged when the register has changed since. */
export interface ShownAnnex {
  frozenAt: string | null;
  entries: (AnnexEntry & { updatedSincePublication: boolean })[];
}

/** The annex to show in one language: live before publication, frozen (with change flags) after. */
export async function annexToShow(db: Executor, appeal: Appeal, lang: string): Promise<ShownAnnex> {
  if (!appeal.annexFrozen)
    return {
      frozenAt: null,
      entries: (await buildAnnex(db, appeal.caseIds, lang)).map((e) => ({ ...e, updatedSincePublication: false })),
    };
  // A language added after publication shows the first published annex, compared with the register in that same language.
  const byLang = appeal.annexFrozen.byLang;
  const shownLang = byLang[lang] ? lang : (Object.keys(byLang)[0] ?? lang);
  const frozen = byLang[shownLang] ?? [];
  const live = new Map(
    (
      await buildAnnex(
        db,
        frozen.map((e) => e.caseId),
        shownLang,
      )
    ).map((e) => [e.caseId, e.digest]),
  );
  return {
    frozenAt: appeal.annexFrozen.at,
    entries: frozen.map((e) => ({ ...e, updatedSincePublication: live.get(e.caseId) !== e.digest })),
  };
}
