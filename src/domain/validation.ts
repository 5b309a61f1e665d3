// Turning schema failures into the app's validation errors, naming the field.
import { z } from 'zod';
import { AppError } from '../errors.ts';

/** A dotted field path from a zod issue path ("acts.0.kind"). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(body)';
}

/** Parses with a schema or throws validation_failed naming the first bad field (all issues are in details). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message }));
  const first = issues[0] ?? { field: '(body)', message: 'invalid' };
  throw new AppError('validation_failed', `${first.field}: ${first.message}`, { field: first.field, issues });
}

/** Throws validation_failed for cross-field problems found by a domain rule. */
export function assertNoProblems(problems: [string, string][]): void {
  if (problems.length === 0) return;
  const issues = problems.map(([field, message]) => ({ field, message }));
  throw new AppError('validation_failed', `${issues[0]!.field}: ${issues[0]!.message}`, {
    field: issues[0]!.field,
    issues,
  });
}

/** The same object schema refusing unknown fields, so a misspelt field is an error rather than silently dropped. */
export function strictOf<S extends z.ZodObject>(schema: S) {
  return z.strictObject(schema.shape);
}

/** A schema for partial updates: every field optional, no defaults filled in, unknown fields refused. */
export function patchOf<S extends z.ZodObject>(schema: S) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
    shape[key] = inner.optional();
  }
  return z.strictObject(shape);
}
