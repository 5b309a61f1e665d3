// A record as the search index holds it: the one document type that record definitions build, the index repository
// stores and search over sealed records reads.

/** The record types search covers. */
export const SEARCH_TYPES = ['person', 'organisation', 'event', 'case', 'source', 'appeal'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** One record as the search index stores it. */
export interface SearchDoc {
  recordType: SearchType;
  recordId: string;
  slug: string;
  confidentiality: string;
  title: string;
  body: string;
  country: string | null;
  year: string | null;
  updatedAt: string;
  /** Cross-script keys: name word skeletons (persons, organisations) or those of the proper names in titles (the rest). */
  keys: string[];
  /** Everything the full-text index holds, folded. */
  text: string;
  /** The title folded the same way, for substring matches. */
  titleKey: string;
}
