import { DateTimeScalar } from '@civicgraph/platform';
import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import type { RequestsContext } from './context';

export const builder = new SchemaBuilder<{
  Context: RequestsContext;
  Scalars: { DateTime: { Input: Date; Output: Date }; ID: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DirectivePlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    // Every subgraph defines PageInfo; federation needs it marked shareable.
    pageInfoTypeOptions: { shareable: true },
    // Entities are fetched by their own fields; a global `node` would clash across subgraphs.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.queryType({});

// The same enum as in accounts: federation merges identical definitions.
export const LocaleEnum = builder.enumType('Locale', {
  description: 'A language residents read the city in.',
  values: { EN: { value: 'en' }, ES: { value: 'es' } } as const,
});
