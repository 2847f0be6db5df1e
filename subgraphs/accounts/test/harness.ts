import { type DemoSubgraph, startDemoSubgraph } from '@civicgraph/demo-city/testing';
import type { AccountsDatabase } from '../src/db/database';
import { accountsDemoSeed } from '../src/db/demo-seed';
import { accountsSubgraph } from '../src/index';

export type AccountsHarness = DemoSubgraph<AccountsDatabase>;

/** The accounts subgraph on a scratch database with a small generated city, on port 0. */
export function startAccountsHarness(): Promise<AccountsHarness> {
  return startDemoSubgraph(accountsSubgraph, accountsDemoSeed);
}
