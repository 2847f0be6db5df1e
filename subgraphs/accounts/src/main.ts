import { runMain, runSubgraphProcess } from '@civicgraph/platform';
import { accountsSubgraph } from './subgraph';

runMain(() => runSubgraphProcess(accountsSubgraph));
