export { assetsSubgraph } from './subgraph';
