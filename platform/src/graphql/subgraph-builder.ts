import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeScalar } from './date-time';

/** The Pothos types every subgraph shares; only the per-request context differs. */
export interface SubgraphSchemaTypes<Context extends object> {
  Context: Context;
  Scalars: { DateTime: { Input: Date; Output: Date }; ID: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}

/**
 * A Pothos builder set up the same way in every subgraph: relay connections,
 * federation, non-null fields by default, the DateTime scalar and the Locale enum
 * (identical definitions, which federation merges).
 */
export function createSubgraphBuilder<Context extends object>() {
  const builder = new SchemaBuilder<SubgraphSchemaTypes<Context>>({
    plugins: [RelayPlugin, DirectivePlugin, FederationPlugin],
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
  const LocaleEnum = builder.enumType('Locale', {
    description: 'A language residents read the city in.',
    values: { EN: { value: 'en' }, ES: { value: 'es' } } as const,
  });
  return { builder, LocaleEnum };
}
