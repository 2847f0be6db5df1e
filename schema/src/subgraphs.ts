import { accountsSubgraph } from '@civicgraph/accounts';
import { assetsSubgraph } from '@civicgraph/assets';
import { datasetsSubgraph } from '@civicgraph/datasets';
import type { AnySubgraph } from '@civicgraph/platform';
import { requestsSubgraph } from '@civicgraph/requests';

/** Every subgraph of the graph, in the order they are composed, migrated and seeded. */
export const subgraphs: AnySubgraph[] = [
  accountsSubgraph,
  assetsSubgraph,
  requestsSubgraph,
  datasetsSubgraph,
] as AnySubgraph[];
