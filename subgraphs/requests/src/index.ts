export { requestsSubgraph } from './subgraph';
