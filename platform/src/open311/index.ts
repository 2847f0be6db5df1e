// Open311 GeoReport v2's documents: written by the requests subgraph, and by the
// gateway for the refusals it answers on /open311/v2 itself (a bad key, a rate limit).
export * from './open311-document';
export * from './open311-errors';
export * from './open311-format';
