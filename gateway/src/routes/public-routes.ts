import type { SubgraphRoute } from './subgraph-routes';

const MIB = 1024 * 1024;

/**
 * The subgraphs' HTTP routes this origin serves besides /graphql. Photos: uploads of
 * at most 8 MiB, as the requests subgraph accepts (a larger body stops here).
 */
export const PUBLIC_SUBGRAPH_ROUTES: readonly SubgraphRoute[] = [
  {
    prefix: '/photos',
    subgraph: 'requests',
    methods: ['GET', 'POST'],
    maxBodyBytes: 8 * MIB,
    maxResponseBytes: 16 * MIB,
  },
];
