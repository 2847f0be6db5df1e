import { Agent } from 'undici';

/**
 * The connections to subgraphs: kept open between calls (a gateway calls the same few
 * origins thousands of times a second) and not capped per origin, so a burst of
 * concurrent subgraph calls never queues behind a connection limit.
 */
export const subgraphAgent = new Agent({
  keepAliveTimeout: 30_000,
  keepAliveMaxTimeout: 60_000,
});
