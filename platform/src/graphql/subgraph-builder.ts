import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeScalar } from './date-time';
import { localeTypes } from './locale';

/** A scalar's shapes: what resolvers receive as input and return as output. */
export type ScalarShapes = Record<string, { Input: unknown; Output: unknown }>;

/**
 * The Pothos types every subgraph shares; the per-request context differs, and a
 * subgraph may declare scalars of its own (registered with `builder.addScalarType`).
 */
export interface SubgraphSchemaTypes<
  Context extends object,
  Scalars extends ScalarShapes = Record<never, never>,
> {
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  } & Scalars;
  DefaultFieldNullability: false;
}

/**
 * The types of any subgraph's builder. Shared type helpers take the caller's
 * `SchemaBuilder<Types>` and define their types on it as this concrete type set:
 * Pothos' option types do not resolve against an open `Types`.
 */
export type AnySubgraphTypes = PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<object>>;

/**
 * A Pothos builder set up the same way in every subgraph: relay connections,
 * federation, loadable (DataLoader-batched) types, non-null fields by default, the
 * DateTime scalar, and the Locale enum with `bilingualText` for fields over EN/ES columns.
 */
export function createSubgraphBuilder<
  Context extends object,
  Scalars extends ScalarShapes = Record<never, never>,
>() {
  const builder = new SchemaBuilder<SubgraphSchemaTypes<Context, Scalars>>({
    plugins: [RelayPlugin, DirectivePlugin, FederationPlugin, DataloaderPlugin],
    defaultFieldNullability: false,
    relay: {
      cursorType: 'String',
      clientMutationId: 'omit',
      // Every subgraph defines PageInfo; federation needs it marked shareable.
      pageInfoTypeOptions: { shareable: true },
      // Entities are fetched by their own keys; a global `node` would clash across subgraphs.
      nodeQueryOptions: false,
      nodesQueryOptions: false,
    },
  });
  builder.addScalarType('DateTime', DateTimeScalar);
  builder.queryType({});
  return { builder, ...localeTypes(builder) };
}
