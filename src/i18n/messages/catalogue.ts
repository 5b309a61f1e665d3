// The shape of a message area: the same keys in every locale, enforced by the compiler (and by a test).

/** Declares one area of the catalogue; a key missing from any locale is a type error. */
export function defineMessages<K extends string>(m: {
  en: Record<K, string>;
  ru: Record<K, string>;
  fr: Record<K, string>;
}) {
  return m;
}
