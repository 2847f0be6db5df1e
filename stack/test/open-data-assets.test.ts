import {
  ASSETS_INVENTORY_COLUMNS,
  ASSETS_INVENTORY_SLUG,
  type DatasetsDatabase,
  refreshAssetsInventory,
} from '@civicgraph/datasets';
import { PeerUnavailable, peerGraph, type RunningSubgraph } from '@civicgraph/platform';
import { graphData, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// The assets inventory says what the graph says of assets: every asset, its public
// fields only, read through the assets subgraph; a change made through the graph
// reaches it at the next refresh; a refresh with nothing new writes nothing.

let stack: RunningStack;
let admin: Record<string, string>;
let datasets: RunningSubgraph<DatasetsDatabase>['db'];
let datasetId: string;

const peers = () =>
  peerGraph(
    Object.fromEntries(stack.subgraphs.map((s) => [s.name, s.url])),
    TEST_SECRETS.callerSigning,
  );

async function ask<Data>(document: string, variables: Record<string, unknown> = {}): Promise<Data> {
  return graphData<Data>(`${stack.url}/graphql`, document, variables, admin);
}

interface GraphAsset {
  id: string;
  tag: string;
  version: number;
  assetType: { code: string };
  status: string;
  location: { lon: number; lat: number };
  streetName: string;
  district: number | null;
  installedOn: string;
  condition: { score: number; inspectedOn: string } | null;
}

/** Every asset as an admin reads it through the gateway. */
async function assetsOfGraph(): Promise<GraphAsset[]> {
  const all: GraphAsset[] = [];
  let after: string | null = null;
  do {
    const {
      assets,
    }: {
      assets: {
        pageInfo: { endCursor: string; hasNextPage: boolean };
        edges: Array<{ node: GraphAsset }>;
      };
    } = await ask(
      `query ($after: String) { assets(first: 500, after: $after) {
          pageInfo { endCursor hasNextPage }
          edges { node { id tag version assetType { code } status location { lon lat } streetName
            district installedOn condition { score inspectedOn } } }
        } }`,
      { after },
    );
    all.push(...assets.edges.map((e) => e.node));
    after = assets.pageInfo.hasNextPage ? assets.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** What the inventory must hold for these assets, keyed by asset id. */
function expectedRows(assets: GraphAsset[]) {
  return assets
    .map((a) => ({
      rowKey: a.id,
      lon: a.location.lon,
      lat: a.location.lat,
      values: {
        tag: a.tag,
        asset_type: a.assetType.code,
        status: a.status,
        street_name: a.streetName,
        district: a.district,
        installed_on: a.installedOn,
        condition_score: a.condition?.score ?? null,
        inspected_on: a.condition?.inspectedOn ?? null,
        longitude: a.location.lon,
        latitude: a.location.lat,
      },
    }))
    .sort((a, b) => a.rowKey.localeCompare(b.rowKey));
}

async function publishedRows() {
  const rows = await datasets
    .selectFrom('datasetRows')
    .select(['rowKey', 'values', 'lon', 'lat'])
    .where('datasetId', '=', datasetId)
    .orderBy('rowKey')
    .execute();
  return rows.sort((a, b) => a.rowKey.localeCompare(b.rowKey));
}

async function rowsModified() {
  const row = await datasets
    .selectFrom('datasets')
    .select(['rowsModified', 'rowCount'])
    .where('id', '=', datasetId)
    .executeTakeFirstOrThrow();
  return row;
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 13, requests: 10, assets: 700, now: new Date('2026-11-20T15:00:00Z') },
  });
  admin = await signInAs(stack.url, 'ADMIN');
  datasets = (
    stack.subgraphs.find(
      (s) => s.name === 'datasets',
    ) as unknown as RunningSubgraph<DatasetsDatabase>
  ).db;
  // The demo catalog lists the inventory once its metadata is in (helper A's slice);
  // until then this test lists it as the catalog would.
  const existing = await datasets
    .selectFrom('datasets')
    .select('id')
    .where('slug', '=', ASSETS_INVENTORY_SLUG)
    .executeTakeFirst();
  if (existing) {
    datasetId = existing.id;
  } else {
    const { departments } = await ask<{ departments: Array<{ id: string }> }>(
      '{ departments { id } }',
    );
    datasetId = '6f0c0d7e-3a51-4c1e-9d5e-0a55e7a11001';
    await datasets
      .insertInto('datasets')
      .values({
        id: datasetId,
        slug: ASSETS_INVENTORY_SLUG,
        title: 'Assets inventory',
        description: 'The physical assets the city maintains',
        keywords: ['assets'],
        themes: ['Infrastructure'],
        accrualPeriodicity: 'R/P1D',
        publisherDepartmentId: departments[0]!.id,
        issued: new Date(),
        modified: new Date(),
        source: 'GRAPH',
        rowCount: 0,
      })
      .execute();
  }
});

afterAll(async () => {
  await stack?.close();
});

describe('the assets inventory', () => {
  it('holds every asset with the public fields the graph gives, and a point', async () => {
    expect(await refreshAssetsInventory(datasets, peers())).toEqual({ kind: 'written', rows: 700 });
    const graph = await assetsOfGraph();
    expect(graph).toHaveLength(700);
    expect(await publishedRows()).toEqual(expectedRows(graph));
    expect(Number((await rowsModified()).rowCount)).toBe(700);
    const columns = await datasets
      .selectFrom('datasetColumns')
      .select(['name', 'type', 'description'])
      .where('datasetId', '=', datasetId)
      .orderBy('position')
      .execute();
    expect(columns).toEqual(ASSETS_INVENTORY_COLUMNS);
  });

  it('follows changes made through the graph at the next refresh', async () => {
    const [first, second] = (await assetsOfGraph()).filter((a) => a.status === 'ACTIVE');
    await ask(
      `mutation ($input: RecordAssetInspectionInput!) { recordAssetInspection(input: $input) { asset { id } } }`,
      {
        input: {
          id: first!.id,
          expectedVersion: first!.version,
          score: 2,
          inspectedOn: '2026-11-19',
        },
      },
    );
    await ask(
      `mutation ($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { id } } }`,
      {
        input: { id: second!.id, expectedVersion: second!.version, status: 'OUT_OF_SERVICE' },
      },
    );
    expect(await refreshAssetsInventory(datasets, peers())).toEqual({ kind: 'written', rows: 700 });
    const rows = await publishedRows();
    expect(rows.find((r) => r.rowKey === first!.id)!.values).toMatchObject({
      condition_score: 2,
      inspected_on: '2026-11-19',
    });
    expect(rows.find((r) => r.rowKey === second!.id)!.values).toMatchObject({
      status: 'OUT_OF_SERVICE',
    });
    expect(rows).toEqual(expectedRows(await assetsOfGraph()));
  });

  it('writes nothing when nothing changed (modified and the exports’ ETag stay)', async () => {
    const before = await rowsModified();
    expect(await refreshAssetsInventory(datasets, peers())).toEqual({
      kind: 'unchanged',
      rows: 700,
    });
    expect(await rowsModified()).toEqual(before);
  });

  it('keeps what it published when assets cannot be reached', async () => {
    const before = await publishedRows();
    const nowhere = peerGraph({}, TEST_SECRETS.callerSigning);
    await expect(refreshAssetsInventory(datasets, nowhere)).rejects.toBeInstanceOf(PeerUnavailable);
    expect(await publishedRows()).toEqual(before);
  });
});
