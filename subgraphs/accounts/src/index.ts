export { accountsSubgraph } from './subgraph';
