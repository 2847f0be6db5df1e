import { runMain, runSubgraphProcess } from '@civicgraph/platform';
import { datasetsSubgraph } from './subgraph';

runMain(() => runSubgraphProcess(datasetsSubgraph));
