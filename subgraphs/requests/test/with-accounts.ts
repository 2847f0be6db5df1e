import { accountsSubgraph } from '@civicgraph/accounts';
import { accountsDemoSeed } from '@civicgraph/accounts/demo-seed';
import { type DemoSubgraph, startDemoSubgraph } from '@civicgraph/demo-city/testing';
import { requestsDemoSeed } from '../src/db/demo-seed';
import { requestsSubgraph } from '../src/index';
import { NOW, type RequestsHarness } from './harness';

/**
 * Requests beside the accounts subgraph of the same generated city, wired as peers:
 * for what requests asks accounts through the graph (departments).
 */
export async function startRequestsWithAccounts(requests = 30) {
  const city = { seed: 20261129, now: NOW, requests };
  const accounts: DemoSubgraph<unknown> = (await startDemoSubgraph(
    accountsSubgraph,
    accountsDemoSeed,
    city,
  )) as DemoSubgraph<unknown>;
  const requestsHarness: RequestsHarness = await startDemoSubgraph(
    requestsSubgraph,
    requestsDemoSeed,
    city,
    { peerUrls: { accounts: accounts.running.url } },
  );
  return {
    accounts,
    requests: requestsHarness,
    close: async () => {
      await requestsHarness.close();
      await accounts.close();
    },
  };
}
