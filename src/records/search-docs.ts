// What each record type contributes to search: a title, a body of visible text for snippets, country and year for the
// filters, and name keys for cross-script matching. Restricted fields are never part of a document.
import type { Case } from '../domain/case.ts';
import type { RecordBase } from '../domain/common.ts';
import type { Event } from '../domain/event.ts';
import { nameSearchKeys } from '../domain/names.ts';
import type { Organisation } from '../domain/organisation.ts';
import { displayName, type Person } from '../domain/person.ts';
import type { Source } from '../domain/source.ts';
import { foldText } from '../text/fold.ts';
import type { SearchDoc } from '../domain/search-doc.ts';

/** An appeal as search sees it (the appeals code owns the record; search reads only these columns). */
export interface AppealForSearch {
  id: string;
  slug: string;
  confidentiality: string;
  title: string;
  updatedAt: string;
  year: string | null;
  texts: { title: string; body: string }[];
}

/**
 * The proper names in a title, for cross-script keys: capitalised words after the first ("Дело Аблязова",
 * "Strike in Zhanaozen"). Common words stay out of the key index, where they would only make long lists; the full-text
 * index has them.
 */
function properNames(title: string | null | undefined): string[] {
  return (title ?? '')
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^["«(]?\p{Lu}/u.test(w));
}

const join = (parts: (string | null | undefined)[]) =>
  parts.filter((p): p is string => Boolean(p && p.trim())).join(' · ');
const yearOf = (date: string | null | undefined) => (date ? date.slice(0, 4) : null);

function doc(base: Omit<SearchDoc, 'text' | 'keys' | 'titleKey'>, keySource: string[]): SearchDoc {
  const keys = new Set<string>();
  for (const s of keySource) for (const k of nameSearchKeys(s)) keys.add(k);
  return { ...base, keys: [...keys], text: foldText(`${base.title} ${base.body}`), titleKey: foldText(base.title) };
}

/** A person's document: every name in every script, and the summary. */
export function personDoc(p: Person): SearchDoc {
  const names = p.names.map((n) => n.full);
  return doc(
    {
      recordType: 'person',
      recordId: p.id,
      slug: p.slug,
      confidentiality: p.confidentiality,
      title: displayName(p.names),
      body: join([...names, p.summary]),
      country: p.nationality,
      year: yearOf(p.birthDate),
      updatedAt: p.updatedAt,
    },
    names,
  );
}

/** An organisation's document. */
export function organisationDoc(o: Organisation): SearchDoc {
  const names = o.names.map((n) => n.full);
  return doc(
    {
      recordType: 'organisation',
      recordId: o.id,
      slug: o.slug,
      confidentiality: o.confidentiality,
      title: displayName(o.names),
      body: join([...names, o.summary]),
      country: o.country,
      year: yearOf(o.foundedDate),
      updatedAt: o.updatedAt,
    },
    names,
  );
}

/** An event's document. */
export function eventDoc(e: Event): SearchDoc {
  // Titles and descriptions in every language are indexed, so a reader finds the event in any of them.
  const titles = Object.values(e.translations.title ?? {});
  return doc(
    {
      recordType: 'event',
      recordId: e.id,
      slug: e.slug,
      confidentiality: e.confidentiality,
      title: e.title,
      body: join([...titles, e.place.locality, e.description, ...Object.values(e.translations.description ?? {})]),
      country: e.place.country,
      year: yearOf(e.startDate),
      updatedAt: e.updatedAt,
    },
    [...[e.title, ...titles].flatMap(properNames), e.place.locality ?? ''],
  );
}

/** A case's document: its own text only (the subject's names live in the subject's document). */
export function caseDoc(c: Case): SearchDoc {
  const dates = [...c.acts.map((a) => a.date), ...c.timeline.map((t) => t.date)]
    .filter((d): d is string => Boolean(d))
    .sort();
  const titles = Object.values(c.translations.title ?? {});
  return doc(
    {
      recordType: 'case',
      recordId: c.id,
      slug: c.slug,
      confidentiality: c.confidentiality,
      title: c.title,
      body: join([
        ...titles,
        c.summary,
        ...Object.values(c.translations.summary ?? {}),
        c.court,
        ...c.charges.map((ch) => join([ch.law, ch.article, ch.text, ...Object.values(ch.translations.text ?? {})])),
        ...c.acts.map((a) => a.description),
        ...c.timeline.map((t) => t.description),
      ]),
      country: c.country,
      year: yearOf(dates[0]),
      updatedAt: c.updatedAt,
    },
    [c.title, ...titles].flatMap(properNames),
  );
}

/** A source's document. */
export function sourceDoc(s: Source): SearchDoc {
  return doc(
    {
      recordType: 'source',
      recordId: s.id,
      slug: s.slug,
      confidentiality: s.confidentiality,
      title: s.title,
      body: join([s.publisher, s.notes, s.file?.name]),
      country: null,
      year: yearOf(s.publishedDate),
      updatedAt: s.updatedAt,
    },
    properNames(s.title),
  );
}

/** An appeal's document: its title and the text in every language. */
export function appealDoc(a: AppealForSearch): SearchDoc {
  return doc(
    {
      recordType: 'appeal',
      recordId: a.id,
      slug: a.slug,
      confidentiality: a.confidentiality,
      title: a.title,
      body: join(a.texts.flatMap((t) => [t.title, t.body])),
      country: null,
      year: a.year,
      updatedAt: a.updatedAt,
    },
    [a.title, ...a.texts.map((t) => t.title)].flatMap(properNames),
  );
}

/** The document of a register record as written (appeals go through reindexRecord). */
export function docOf(type: string, record: RecordBase): SearchDoc | undefined {
  switch (type) {
    case 'person':
      return personDoc(record as Person);
    case 'organisation':
      return organisationDoc(record as Organisation);
    case 'event':
      return eventDoc(record as Event);
    case 'case':
      return caseDoc(record as Case);
    case 'source':
      return sourceDoc(record as Source);
    default:
      return undefined;
  }
}
