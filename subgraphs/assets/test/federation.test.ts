import type { WorkOrderSeed } from '@civicgraph/demo-city';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssetsHarness, startAssetsHarness } from './harness';

let h: AssetsHarness;
let workOrders: WorkOrderSeed[];

beforeAll(async () => {
  h = await startAssetsHarness();
  workOrders = [...h.city.requestBatches()].flatMap((batch) => batch.workOrders);
});

afterAll(async () => {
  await h?.close();
});

const WORK_ORDER_ASSETS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on WorkOrder {
        id
        asset { id tag assetType { code name(locale: ES) } }
      }
    }
  }
`;

interface WorkOrderEntity {
  id: string;
  asset: { id: string; tag: string; assetType: { code: string; name: string } } | null;
}

describe('WorkOrder.asset', () => {
  it('resolves the asset of each work order, in one statement for assets and one for types', async () => {
    const withAsset = workOrders.filter((w) => w.assetId !== null);
    const withoutAsset = workOrders.find((w) => w.assetId === null)!;
    expect(withAsset.length).toBeGreaterThan(10);
    const representations = [
      ...withAsset.map((w) => ({ __typename: 'WorkOrder', id: w.id, assetId: w.assetId })),
      { __typename: 'WorkOrder', id: withoutAsset.id, assetId: null },
    ];

    h.resetStatements();
    const result = await h.query<{ _entities: WorkOrderEntity[] }>(WORK_ORDER_ASSETS, {
      representations,
    });
    expect(result.errors).toBeUndefined();
    expect(h.statements).toHaveLength(2);

    const entities = result.data!._entities;
    expect(entities).toHaveLength(representations.length);
    withAsset.forEach((workOrder, i) => {
      const seed = h.assets.find((a) => a.id === workOrder.assetId)!;
      const type = h.city.assetTypes.find((t) => t.id === seed.assetTypeId)!;
      expect(entities[i]).toEqual({
        id: workOrder.id,
        asset: { id: seed.id, tag: seed.tag, assetType: { code: type.code, name: type.name.es } },
      });
    });
    expect(entities.at(-1)).toEqual({ id: withoutAsset.id, asset: null });
  });

  it('answers null for an unknown or malformed asset id without failing the batch', async () => {
    const good = workOrders.find((w) => w.assetId !== null)!;
    const result = await h.query<{ _entities: WorkOrderEntity[] }>(WORK_ORDER_ASSETS, {
      representations: [
        { __typename: 'WorkOrder', id: 'wo-1', assetId: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'WorkOrder', id: 'wo-2', assetId: 'not-a-uuid' },
        { __typename: 'WorkOrder', id: good.id, assetId: good.assetId },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e) => e.asset?.id ?? null)).toEqual([
      null,
      null,
      good.assetId,
    ]);
  });
});

describe('ServiceRequest.nearbyAssets', () => {
  const NEARBY = /* GraphQL */ `
    query ($representations: [_Any!]!, $meters: Float) {
      _entities(representations: $representations) {
        ... on ServiceRequest { id nearbyAssets(meters: $meters) { tag } }
      }
    }
  `;
  type Nearby = { _entities: Array<{ id: string; nearbyAssets: { tag: string }[] | null }> };

  it('searches around the location the gateway sends, for all requests in one statement', async () => {
    const [first, second] = [h.assets[3]!, h.assets[40]!];
    const at = (id: string, asset: { lon: number; lat: number }) => ({
      __typename: 'ServiceRequest',
      id,
      location: { lon: asset.lon, lat: asset.lat },
    });
    h.resetStatements();
    // A radius of 0: only what stands exactly there (earth_box alone fails so small).
    const result = await h.query<Nearby>(NEARBY, {
      representations: [at('r-1', first), at('r-2', second), at('r-1', first)],
      meters: 0,
    });
    expect(result.errors).toBeUndefined();
    expect(h.statements).toHaveLength(1);
    const tags = result.data!._entities.map((e) => e.nearbyAssets!.map((a) => a.tag));
    expect(tags[0]).toContain(first.tag);
    expect(tags[1]).toContain(second.tag);
    expect(tags[2]).toEqual(tags[0]);
  });

  it('refuses a representation without a location instead of failing', async () => {
    const result = await h.query<Nearby>(NEARBY, {
      representations: [{ __typename: 'ServiceRequest', id: 'r-1', location: null }],
    });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('own entities', () => {
  it('resolves Asset and AssetType references by id', async () => {
    const asset = h.assets[7]!;
    const type = h.city.assetTypes[1]!;
    const result = await h.query<{ _entities: Array<Record<string, unknown> | null> }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Asset { tag }
          ... on AssetType { code }
        }
      }`,
      {
        representations: [
          { __typename: 'Asset', id: asset.id },
          { __typename: 'AssetType', id: type.id },
          { __typename: 'Asset', id: '00000000-0000-4000-8000-000000000000' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([{ tag: asset.tag }, { code: type.code }, null]);
  });

  it('publishes its schema through _service', async () => {
    const result = await h.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const sdl = result.data!._service.sdl;
    expect(sdl).toMatch(/type WorkOrder\s+@key\(fields: "id"\)\s+@extends/);
    expect(sdl).toContain('asset: Asset @requires(fields: "assetId")');
    expect(sdl).toContain('assetId: ID @external');
    expect(sdl).toMatch(/type GeoPoint\s+@shareable/);
  });
});
