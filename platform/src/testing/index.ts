// Test helpers: imported by test files only, never by production code.
export { postAsCaller, staffCaller, TEST_SECRETS } from './access';
export {
  CALLER_MATRIX,
  type EntitiesOutcome,
  type EntityCase,
  entitiesOutcome,
  expectedEntitiesOutcome,
  expectedRefusals,
  expectedRootOutcome,
  type MatrixCaller,
  partnerCaller,
  type Refusal,
  type RootFieldCase,
  type RootFieldOutcome,
  refusalCode,
  refusalsOf,
  rootFieldOutcome,
} from './access-matrix';
export { type DecodedFeature, decodeTile } from './decode-tile';
export { freePort } from './free-port';
export { dataOf, errorCodes } from './graphql-response';
export { type GraphQLResponse, graphData, type PostOptions, postGraphQL } from './post-graphql';
export { type PrometheusSample, parsePrometheusText, sampleValue } from './prometheus-text';
export { reachableTempFolder } from './reachable-temp-folder';
export { redisReachable } from './redis-reachable';
export { scratchDatabase } from './scratch-database';
export { type SeededSubgraph, startSeededSubgraph } from './seeded-subgraph';
export { getSignedRoute, type RouteReply } from './signed-route';
export {
  type StubAnswer,
  type StubRequest,
  type StubServer,
  startStubServer,
} from './stub-server';
