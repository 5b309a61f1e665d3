// The list filters as pure rules over records, for records SQL cannot look into (restricted records are sealed: their
// content is encrypted, so the repositories open them and match them here). Each mirrors the SQL filter of its type.
import type { Case } from './case.ts';
import type { Event } from './event.ts';
import type { CaseFilter, EventFilter, OrganisationFilter, PersonFilter, SourceFilter } from './filters.ts';
import type { Name } from './common.ts';
import type { Organisation } from './organisation.ts';
import type { Person } from './person.ts';
import type { Source } from './source.ts';
import { foldText } from '../text/fold.ts';

/** True when the filter asks for anything (an empty filter lists every record). */
export function isFiltering(f: object): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

const textHas = (text: string | null | undefined, q: string): boolean => foldText(text ?? '').includes(foldText(q));
const namesHave = (names: readonly Name[], q: string): boolean => names.some((n) => textHas(n.full, q));
const yearOf = (y: number): string => String(y).padStart(4, '0');

/** Does a person pass the person list's filter? */
export function personMatches(p: Person, f: PersonFilter): boolean {
  return (
    (!f.q || namesHave(p.names, f.q)) &&
    (!f.nationality || p.nationality === f.nationality) &&
    (!f.role || p.roles.includes(f.role))
  );
}

/** Does an organisation pass the organisation list's filter? */
export function organisationMatches(o: Organisation, f: OrganisationFilter): boolean {
  return (!f.q || namesHave(o.names, f.q)) && (!f.kind || o.kind === f.kind) && (!f.country || o.country === f.country);
}

/** Does an event pass the event list's filter (a year it overlaps, as in SQL)? */
export function eventMatches(e: Event, f: EventFilter): boolean {
  if (f.q && !textHas(e.title, f.q)) return false;
  if (f.kind && e.kind !== f.kind) return false;
  if (f.country && e.place.country !== f.country && !e.countries.includes(f.country)) return false;
  if (f.year !== undefined) {
    const year = yearOf(f.year);
    if (!e.startDate || e.startDate > `${year}-12-31` || (e.endDate ?? e.startDate) < year) return false;
  }
  return true;
}

/** Does a case pass the case list's filter? Its text is matched on the title (subjects are matched in their own lists). */
export function caseMatches(c: Case, f: CaseFilter): boolean {
  if (f.q && !textHas(c.title, f.q)) return false;
  if (f.country && c.country !== f.country) return false;
  if (f.status && c.status !== f.status) return false;
  if (f.actKind && !c.acts.some((a) => a.kind === f.actKind)) return false;
  if (f.subjectId && c.subject.id !== f.subjectId) return false;
  if (f.eventId && !c.eventIds.includes(f.eventId)) return false;
  if (f.year !== undefined) {
    const year = yearOf(f.year);
    if (![...c.timeline.map((t) => t.date), ...c.acts.map((a) => a.date)].some((d) => d?.startsWith(year)))
      return false;
  }
  return true;
}

/** Does a source pass the source list's filter? */
export function sourceMatches(s: Source, f: SourceFilter): boolean {
  return (
    (!f.q || textHas(s.title, f.q)) &&
    (!f.language || s.language === f.language) &&
    (!f.sha256 || s.file?.sha256 === f.sha256)
  );
}
