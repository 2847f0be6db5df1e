import { runMain, runSubgraphProcess } from '@civicgraph/platform';
import { requestsSubgraph } from './subgraph';

runMain(() => runSubgraphProcess(requestsSubgraph));
