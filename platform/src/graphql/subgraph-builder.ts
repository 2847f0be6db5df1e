import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { type AccessScopes, accessDenied, accessScopesFor } from '../access/access-rules';
import type { Caller } from '../access/caller';
import { DateTimeScalar } from './date-time';
import { localeTypes } from './locale';

/** A scalar's shapes: what resolvers receive as input and return as output. */
export type ScalarShapes = Record<string, { Input: unknown; Output: unknown }>;

/**
 * The Pothos types every subgraph shares; the per-request context differs, and a
 * subgraph may declare scalars of its own (registered with `builder.addScalarType`).
 */
/** What every subgraph's context carries for its access rules. */
export interface CallerContext {
  caller: Caller;
}

export interface SubgraphSchemaTypes<
  Context extends CallerContext,
  Scalars extends ScalarShapes = Record<never, never>,
> {
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  } & Scalars;
  DefaultFieldNullability: false;
  AuthScopes: AccessScopes;
}

/**
 * The types of any subgraph's builder. Shared type helpers take the caller's
 * `SchemaBuilder<Types>` and define their types on it as this concrete type set:
 * Pothos' option types do not resolve against an open `Types`.
 */
export type AnySubgraphTypes = PothosSchemaTypes.ExtendDefaultTypes<
  SubgraphSchemaTypes<CallerContext>
>;

/**
 * A Pothos builder set up the same way in every subgraph: relay connections,
 * federation, loadable (DataLoader-batched) types, non-null fields by default, the
 * DateTime scalar, and the Locale enum with `bilingualText` for fields over EN/ES columns.
 * Access rules are Pothos scope-auth `authScopes` (access-rules.ts) on types and fields;
 * the platform refuses to serve a schema with a field that has none.
 */
export function createSubgraphBuilder<
  Context extends CallerContext,
  Scalars extends ScalarShapes = Record<never, never>,
>() {
  const builder = new SchemaBuilder<SubgraphSchemaTypes<Context, Scalars>>({
    plugins: [ScopeAuthPlugin, RelayPlugin, DirectivePlugin, FederationPlugin, DataloaderPlugin],
    scopeAuth: {
      authScopes: (context) => accessScopesFor(context.caller),
      // A type's rule applies to every object of it, however it was reached (`_entities` too).
      runScopesOnType: true,
      unauthorizedError: (_parent, context, info) =>
        accessDenied(context.caller, info.parentType.name, info.fieldName),
    },
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
