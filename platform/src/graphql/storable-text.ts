/**
 * NUL, which PostgreSQL text cannot hold, and lone UTF-16 surrogates, which are not
 * Unicode and cannot be encoded as UTF-8 (the driver would silently store U+FFFD).
 */
const UNSTORABLE = /\0|\p{Surrogate}/u;

/**
 * The first character of `text` that PostgreSQL cannot store, as `U+0000`, or null
 * when it can store all of it.
 */
export function unstorableCharacter(text: string): string | null {
  const found = UNSTORABLE.exec(text)?.[0];
  if (found === undefined) return null;
  return `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
