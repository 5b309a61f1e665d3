// Reading text fields from a parsed form body: anything that is not a string (absent, an array, an object) counts as empty.

/** The named field of a form body as text ('' when missing or not text), cut to `max` characters. */
export function formText(body: unknown, name: string, max = 2000): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value.slice(0, max) : '';
}
