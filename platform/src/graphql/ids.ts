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

/** Like `checkedId`, letting an absent optional argument (null, undefined) through. */
export function checkedOptionalId(value: string | null | undefined, argument: string) {
  return value == null ? value : checkedId(value, argument);
}

/**
 * A list's `filter` argument with its id fields checked like `checkedOptionalId`
 * (the error names `filter.<field>`); no filter at all is an empty one.
 */
export function checkedFilterIds<Filter extends object>(
  filter: Filter | null | undefined,
  idFields: readonly (keyof Filter & string)[],
): Partial<Filter> {
  for (const field of idFields) {
    checkedOptionalId(filter?.[field] as string | null | undefined, `filter.${field}`);
  }
  return filter ?? {};
}
