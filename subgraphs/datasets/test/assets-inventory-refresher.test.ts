import { createLogger, type PeerGraph, PeerUnavailable } from '@civicgraph/platform';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ASSETS_INVENTORY_SLUG } from '../src/graph-sources/assets-inventory';
import { startAssetsInventoryRefresher } from '../src/graph-sources/assets-inventory-refresher';
import type { GraphAsset } from '../src/graph-sources/assets-through-graph';
import { graphSourcesSettings } from '../src/graph-sources/graph-sources-config';
import { type DatasetsHarness, startDatasetsHarness } from './harness';

// The refresher's timing: a refresh on start, a failed one tried again soon, not an
// hour later. What a refresh writes is stack/test/open-data-assets.test.ts's concern.

let h: DatasetsHarness;
let datasetId: string;

const ASSET: GraphAsset = {
  id: '7d7f2c1e-0000-4000-8000-000000000001',
  tag: 'STL-000001',
  assetType: { code: 'STREETLIGHT' },
  status: 'ACTIVE',
  location: { lon: -112.07, lat: 33.45 },
  streetName: 'Central Ave',
  district: 7,
  installedOn: '2011-05-04',
  condition: null,
};

/** Assets that fail `failures` times, then answer one page with ASSET. */
function flakyAssets(failures: number) {
  const calls: string[] = [];
  const peers: PeerGraph = {
    async query<T>(peer: string) {
      calls.push(peer);
      if (calls.length <= failures) throw new PeerUnavailable('assets is starting');
      return {
        assets: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: ASSET }] },
      } as T;
    },
  };
  return { peers, calls };
}

async function until(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const rowCount = async () =>
  Number(
    (
      await h.db
        .selectFrom('datasets')
        .select('rowCount')
        .where('id', '=', datasetId)
        .executeTakeFirstOrThrow()
    ).rowCount,
  );

beforeAll(async () => {
  h = await startDatasetsHarness();
  datasetId = '6f0c0d7e-3a51-4c1e-9d5e-0a55e7a11002';
  await h.db
    .insertInto('datasets')
    .values({
      id: datasetId,
      slug: ASSETS_INVENTORY_SLUG,
      title: 'Assets inventory',
      description: '',
      keywords: [],
      themes: [],
      accrualPeriodicity: 'R/P1D',
      publisherDepartmentId: h.city.departments[0]!.id,
      issued: new Date(),
      modified: new Date(),
      source: 'GRAPH',
      rowCount: 0,
    })
    .onConflict((c) => c.column('slug').doNothing())
    .execute();
  // The demo catalog has the dataset already: refresh that one.
  ({ id: datasetId } = await h.db
    .selectFrom('datasets')
    .select('id')
    .where('slug', '=', ASSETS_INVENTORY_SLUG)
    .executeTakeFirstOrThrow());
});

afterAll(async () => {
  await h?.close();
});

it('refreshes on start, and retries a failed refresh soon rather than at the next hour', async () => {
  const { peers, calls } = flakyAssets(2);
  const stop = startAssetsInventoryRefresher(h.db, peers, {
    everyMs: 3_600_000,
    retryAfterMs: 30,
    logger: createLogger('test', 'silent'),
  });
  try {
    await until(async () => (await rowCount()) === 1, 'the inventory to fill');
    // Two failures (30 ms, then 60 ms later), then the refresh that wrote.
    expect(calls).toEqual(['assets', 'assets', 'assets']);
  } finally {
    await stop();
  }
  const row = await h.db
    .selectFrom('datasetRows')
    .select(['rowKey', 'lon', 'lat'])
    .where('datasetId', '=', datasetId)
    .execute();
  expect(row).toEqual([{ rowKey: ASSET.id, lon: -112.07, lat: 33.45 }]);
});

it('stops without leaving a timer or a query running', async () => {
  const { peers, calls } = flakyAssets(1_000);
  const stop = startAssetsInventoryRefresher(h.db, peers, {
    everyMs: 3_600_000,
    retryAfterMs: 10,
    logger: createLogger('test', 'silent'),
  });
  await until(async () => calls.length >= 2, 'a retry');
  await stop();
  const seen = calls.length;
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(calls.length).toBe(seen);
});

it('refreshes hourly unless ASSETS_INVENTORY_REFRESH_SECONDS says otherwise', () => {
  expect(graphSourcesSettings({})).toEqual({ ASSETS_INVENTORY_REFRESH_SECONDS: 3600 });
  expect(graphSourcesSettings({ ASSETS_INVENTORY_REFRESH_SECONDS: '60' })).toEqual({
    ASSETS_INVENTORY_REFRESH_SECONDS: 60,
  });
  expect(() => graphSourcesSettings({ ASSETS_INVENTORY_REFRESH_SECONDS: '0' })).toThrow();
});
