export { outboxHorizon, pruneOutbox } from './lifecycle/outbox-retention';
export { requestsSubgraph } from './subgraph';
