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
