export { datasetsSubgraph } from './subgraph';
