import { badUserInput } from './errors';

/**
 * Single-entity queries take one of two keys (`id` or a human-facing one); naming
 * both, or neither, is ambiguous and reported rather than guessed.
 */
export function exactlyOneKey(keys: Record<string, unknown>) {
  const given = Object.entries(keys).filter(([, value]) => value != null);
  if (given.length !== 1) {
    throw badUserInput(`Pass exactly one of ${Object.keys(keys).join(', ')}`);
  }
}
