import type { ObjectRef, SchemaTypes } from '@pothos/core';
import type { AnySubgraphTypes } from './subgraph-builder';

/**
 * An entity another subgraph owns, known here only by its `id`: fields return a stub
 * (`{ id }`) that the gateway completes from the owner, batched. `resolvable: false`
 * tells the gateway this subgraph cannot resolve it itself.
 */
export function externalEntityRef<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  name: string,
) {
  const shared = builder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  const ref = shared
    .externalRef(name, shared.keyDirective(shared.selection<{ id: string }>('id'), false))
    // The key alone, reached only through a field with its own rule; the owner's
    // fields keep the owner's rules.
    .implement({ authScopes: { public: true }, fields: (t) => ({ id: t.exposeID('id') }) });
  return ref as unknown as ObjectRef<Types, { id: string }>;
}

/**
 * An entity another subgraph owns, to which this subgraph adds fields (e.g. requests
 * adds `Staff.openWorkOrders`): a resolvable key, so the gateway can send this
 * subgraph the owner's `{ id }` and ask for the added fields. Any id resolves (the
 * owner says whether it exists); added fields must check the id before SQL.
 */
export function extendedEntityRef<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  name: string,
) {
  const shared = builder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  const ref = shared
    .externalRef(name, shared.selection<{ id: string }>('id'), (entity) => ({ id: entity.id }))
    .implement({ authScopes: { public: true }, fields: (t) => ({ id: t.exposeID('id') }) });
  return ref as unknown as ObjectRef<Types, { id: string }>;
}
