// What changed between two states of a record, field by field, for its history.
import { canonicalJson } from './digest.ts';

/** One field that differs between two states (values as canonical JSON text; null when absent). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

// Timestamps change on every write and say nothing about what was changed.
const IGNORED = new Set(['updatedAt', 'createdAt']);

/** The top-level fields whose values differ between `before` (undefined for a creation) and `after`. */
export function diffRecords(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])]
    .filter((k) => !IGNORED.has(k))
    .sort();
  const text = (v: unknown) => (v === undefined ? null : canonicalJson(v));
  return keys.flatMap((field) => {
    const b = before === undefined ? null : text(before[field]);
    const a = text(after[field]);
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}
