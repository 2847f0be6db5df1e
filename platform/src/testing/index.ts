// Test helpers: imported by test files only, never by production code.
export { scratchDatabase } from './scratch-database';
export { type GraphQLResponse, type SeededSubgraph, startSeededSubgraph } from './seeded-subgraph';
