import { runMain, runSubgraphProcess } from '@civicgraph/platform';
import { assetsSubgraph } from './subgraph';

runMain(() => runSubgraphProcess(assetsSubgraph));
