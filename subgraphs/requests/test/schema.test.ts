import { printSubgraphSchema } from '@apollo/subgraph';
import { expect, it } from 'vitest';
import { requestsSubgraph } from '../src/index';

// The printed SDL is what the supergraph is composed from: a change must be deliberate.
it('prints the subgraph SDL it was reviewed with', () => {
  expect(printSubgraphSchema(requestsSubgraph.buildSchema())).toMatchSnapshot();
});
