import type { SchemaTypes } from '@pothos/core';
import { isUuid } from './ids';

/** The field an entity is keyed by, and the values a row's key can have. */
export interface EntityKey<Field extends string, Value extends string | number> {
  field: Field;
  accepts(value: unknown): value is Value;
}

/** Keyed by a UUID `id`, as most entities are. */
export const uuidId: EntityKey<'id', string> = {
  field: 'id',
  accepts: (value): value is string => typeof value === 'string' && isUuid(value),
};

/** Keyed by a Postgres `integer` field. */
export function integerKey<Field extends string>(field: Field): EntityKey<Field, number> {
  return {
    field,
    accepts: (value): value is number =>
      Number.isInteger(value) && Math.abs(value as number) < 2 ** 31,
  };
}

/**
 * An object type read by its key through one DataLoader per request, and a
 * federation entity with that key. A field of this type may resolve to the key
 * alone; it and `_entities` both load through the same loader, so a list of 500
 * references costs one `fetchByKeys` call. Keys of the wrong kind (a client can put
 * anything in `_entities`) never reach SQL: they, like keys with no row, load as
 * null, and the other keys of the batch still load.
 */
export function loadableEntityRef<
  Types extends SchemaTypes,
  Field extends string,
  Value extends string | number,
  Row extends Record<Field, Value>,
>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  name: string,
  key: EntityKey<Field, Value>,
  fetchByKeys: (keys: readonly Value[], context: Types['Context']) => Promise<Row[]>,
) {
  const ref = builder.loadableObjectRef<Row, Value>(name, {
    load: async (keys, context) => {
      const accepted = keys.filter(key.accepts);
      // `in ()` is a syntax error in SQL: a batch of only bad keys needs no query.
      return accepted.length > 0 ? fetchByKeys(accepted, context) : [];
    },
    // Puts the rows in the order of the keys, with null where no row matched.
    sort: (row) => row[key.field],
  });
  builder.asEntity(ref, {
    key: builder.selection<Record<Field, Value>>(key.field as never),
    resolveReference: (reference, context) => ref.getDataloader(context).load(reference[key.field]),
  });
  return ref;
}
