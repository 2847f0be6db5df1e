import type { SchemaTypes } from '@pothos/core';
import { onlyUuids } from './ids';

/**
 * An object type read by its UUID `id` through one DataLoader per request, and a
 * federation entity keyed by that id. A field of this type may resolve to the id
 * alone; it and `_entities` both load through the same loader, so a list of 500
 * references costs one `fetchByIds` call. Ids that are not UUIDs (a client can put
 * anything in `_entities`) never reach SQL: they, like ids with no row, load as null.
 */
export function loadableEntityRef<Types extends SchemaTypes, Row extends { id: string }>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  name: string,
  fetchByIds: (ids: readonly string[], context: Types['Context']) => Promise<Row[]>,
) {
  const ref = builder.loadableObjectRef<Row, string>(name, {
    load: (ids, context) => onlyUuids((valid) => fetchByIds(valid, context))(ids),
    // Puts the rows in the order of the ids, with null where no row matched.
    sort: (row) => row.id,
  });
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: (reference, context) => ref.getDataloader(context).load(reference.id),
  });
  return ref;
}
