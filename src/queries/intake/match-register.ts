// What intake knows from the register: names to recognise in a document, and the records proposals are matched to.
import type { Ctx } from '../../context.ts';
import { eventsNear, registerNames } from '../../db/repos/intake.repo.ts';
import type { ORGANISATION_KINDS } from '../../domain/vocabulary.ts';
import { foldText } from '../../text/fold.ts';
import { nameMatchKey } from '../../intake/match-key.ts';
import type { RegisterGazetteer } from '../../intake/propose.ts';
import type { MatchResult, Proposals } from '../../intake/types.ts';
import { readableLevels } from '../../policies/authorize.ts';

// Names are read whole into memory; past this many the register is matched only partly (see the intake notes).
const NAME_CAP = 200_000;

interface Candidate {
  id: string;
  slug: string;
  label: string;
}

/** The register's names for one reader: a gazetteer for the rules and key → record maps for matching. */
export interface RegisterIndex {
  gazetteer: RegisterGazetteer;
  persons: Map<string, Candidate>;
  organisations: Map<string, Candidate>;
}

/** Loads the names of every person and organisation the actor may see. */
export async function loadRegisterIndex(ctx: Ctx): Promise<RegisterIndex> {
  const { persons, organisations } = await registerNames(ctx.db, readableLevels(ctx.actor), NAME_CAP);
  const labels = new Map<string, string>();
  for (const rows of [persons, organisations])
    for (const r of rows) if (r.position === 0 || !labels.has(r.id)) labels.set(r.id, r.full);
  const index = (rows: readonly { id: string; slug: string; full: string }[]) => {
    const map = new Map<string, Candidate>();
    for (const r of rows) {
      const key = nameMatchKey(r.full);
      if (key && !map.has(key)) map.set(key, { id: r.id, slug: r.slug, label: labels.get(r.id) ?? r.full });
    }
    return map;
  };
  const givenNames = new Set<string>();
  for (const p of persons) givenNames.add(p.givenName ?? p.full.split(/\s+/)[0] ?? '');
  return {
    gazetteer: {
      personNames: persons.map((p) => p.full),
      givenNames: [...givenNames].filter((g) => g.length > 1),
      organisations: organisations.map((o) => ({ name: o.full, kind: o.kind as (typeof ORGANISATION_KINDS)[number] })),
    },
    persons: index(persons),
    organisations: index(organisations),
  };
}

const existing = (c: Candidate | undefined): MatchResult => (c ? { status: 'existing', record: c } : { status: 'new' });

/** Marks each proposed person, organisation and event as an existing record (which) or new. */
export async function matchProposals(ctx: Ctx, proposals: Proposals, index: RegisterIndex): Promise<Proposals> {
  const years = [...new Set(proposals.events.map((e) => e.date?.slice(0, 4)).filter((y): y is string => Boolean(y)))];
  const events = years.length > 0 ? await eventsNear(ctx.db, readableLevels(ctx.actor), years) : [];
  const eventMatch = (title: string, kind: string, date: string | null): MatchResult => {
    const words = new Set(
      foldText(title)
        .split(' ')
        .filter((w) => w.length > 3),
    );
    // Same year and kind, and a shared significant word of the title ("Zhanaozen", "Kazakhstan").
    const hit =
      events.find(
        (e) =>
          e.kind === kind &&
          date &&
          e.startDate?.slice(0, 4) === date.slice(0, 4) &&
          foldText(e.title)
            .split(' ')
            .some((w) => words.has(w)),
      ) ??
      events.find(
        (e) =>
          date &&
          e.startDate === date &&
          foldText(e.title)
            .split(' ')
            .some((w) => words.has(w)),
      );
    return existing(hit ? { id: hit.id, slug: hit.slug, label: hit.title } : undefined);
  };
  return {
    ...proposals,
    persons: proposals.persons.map((p) => ({ ...p, match: existing(index.persons.get(nameMatchKey(p.name))) })),
    organisations: proposals.organisations.map((o) => ({
      ...o,
      match: existing(index.organisations.get(nameMatchKey(o.name))),
    })),
    events: proposals.events.map((e) => ({ ...e, match: eventMatch(e.title, e.kind, e.date) })),
  };
}
