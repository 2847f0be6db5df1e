import { badUserInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for the UUIDs our ids are; anything else would make Postgres raise an error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id argument checked before it reaches SQL: a malformed one is the client's mistake. */
export function checkedId(value: string, argument = 'id'): string {
  if (!isUuid(value))
    throw badUserInput(`${argument} must be an id this API returned`, { argument });
  return value;
}

/**
 * Wraps a "fetch many by id" query for a DataLoader: keys that are not UUIDs match
 * nothing, and dropping them before the query keeps one bad reference (e.g. in
 * `_entities`) from failing every lookup batched with it.
 */
export function onlyUuids<R>(fetchMany: (ids: readonly string[]) => Promise<R[]>) {
  return async (ids: readonly string[]): Promise<R[]> => {
    const valid = ids.filter(isUuid);
    return valid.length > 0 ? fetchMany(valid) : [];
  };
}

/** Like `checkedId`, letting an absent optional argument (null, undefined) through. */
export function checkedOptionalId(value: string | null | undefined, argument: string) {
  return value == null ? value : checkedId(value, argument);
}
