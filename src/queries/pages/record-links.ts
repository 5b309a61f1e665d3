// Names and links of records a page refers to (a case's subject, a perpetrator, an issuer), looked up with the reader's rights.
import type { Ctx } from '../../context.ts';
import type { Name } from '../../domain/common.ts';
import type { Localized } from '../../domain/localized.ts';
import { displayName } from '../../domain/person.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { eventRepo } from '../../db/repos/event.repo.ts';
import { organisationRepo } from '../../db/repos/organisation.repo.ts';
import { personRepo } from '../../db/repos/person.repo.ts';
import { sourceRepo } from '../../db/repos/source.repo.ts';
import { caseRepo } from '../../db/repos/case.repo.ts';
import { readableLevels } from '../../policies/authorize.ts';

/** A record shown as a link: its type, slug and the name to show. */
export interface RecordLink {
  type: RecordType;
  id: string;
  slug: string;
  label: string;
  /** Every name of a person or organisation, so that a page can show the one for its language. */
  names?: Name[];
  /** An event's or case's title in every language (`label` is the one in `lang`), so that a page can show the one for its language. */
  titles?: { lang: string; translations: Localized };
}

/** The public path of a record page. */
export function recordPath(type: RecordType, slug: string): string {
  const plural = {
    person: 'persons',
    organisation: 'organisations',
    membership: 'memberships',
    event: 'events',
    case: 'cases',
    source: 'sources',
    citation: 'citations',
  }[type];
  return `/${plural}/${encodeURIComponent(slug)}`;
}

/** Resolves references to links; references the reader may not see are left out, so they cannot leak. */
export async function resolveLinks(
  ctx: Ctx,
  refs: { type: RecordType; id: string }[],
): Promise<Map<string, RecordLink>> {
  const levels = readableLevels(ctx.actor);
  const out = new Map<string, RecordLink>();
  for (const ref of refs) {
    if (out.has(ref.id)) continue;
    let link: RecordLink | undefined;
    if (ref.type === 'person') {
      const p = await personRepo.find(ctx.db, ref.id, levels, null);
      if (p) link = { type: 'person', id: p.id, slug: p.slug, label: displayName(p.names), names: p.names };
    } else if (ref.type === 'organisation') {
      const o = await organisationRepo.find(ctx.db, ref.id, levels, null);
      if (o) link = { type: 'organisation', id: o.id, slug: o.slug, label: displayName(o.names), names: o.names };
    } else if (ref.type === 'event') {
      const e = await eventRepo.find(ctx.db, ref.id, levels, null);
      if (e)
        link = {
          type: 'event',
          id: e.id,
          slug: e.slug,
          label: e.title,
          titles: { lang: e.lang, translations: e.translations.title ?? {} },
        };
    } else if (ref.type === 'case') {
      const c = await caseRepo.find(ctx.db, ref.id, levels, null);
      if (c)
        link = {
          type: 'case',
          id: c.id,
          slug: c.slug,
          label: c.title,
          titles: { lang: c.lang, translations: c.translations.title ?? {} },
        };
    } else if (ref.type === 'source') {
      const s = await sourceRepo.find(ctx.db, ref.id, levels, null);
      if (s) link = { type: 'source', id: s.id, slug: s.slug, label: s.title };
    }
    if (link) out.set(ref.id, link);
  }
  return out;
}
