// Test helpers: imported by test files only, never by production code.
export { type GraphQLResponse, postGraphQL } from './post-graphql';
export { scratchDatabase } from './scratch-database';
export { type SeededSubgraph, startSeededSubgraph } from './seeded-subgraph';
