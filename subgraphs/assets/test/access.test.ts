import { permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  type EntityCase,
  entitiesOutcome,
  expectedEntitiesOutcome,
  expectedRefusals,
  expectedRootOutcome,
  type RootFieldCase,
  refusalsOf,
  rootFieldOutcome,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssetsHarness, startAssetsHarness } from './harness';

let h: AssetsHarness;

beforeAll(async () => {
  h = await startAssetsHarness();
});

afterAll(async () => {
  await h?.close();
});

const sampleAsset = () => h.assets[0]!;

const ROOT_FIELDS: RootFieldCase[] = [
  {
    field: 'city',
    permission: 'geography.read',
    document: '{ city { name bbox { west } boundary districts { number boundary } } }',
  },
  {
    field: 'councilDistrict',
    permission: 'geography.read',
    document: '{ councilDistrict(number: 1) { number name boundary } }',
  },
  {
    field: 'streets',
    permission: 'geography.read',
    document: '{ streets { name geometry lengthMeters } }',
  },
  {
    field: 'assetTypes',
    permission: 'assets.read',
    document: '{ assetTypes { code assetCount } }',
  },
  {
    field: 'assetType',
    permission: 'assets.read',
    document: 'query ($id: ID) { assetType(id: $id) { code assetCount } }',
    variables: () => ({ id: sampleAsset().assetTypeId }),
  },
  {
    field: 'assets',
    permission: 'assets.read',
    document: '{ assets(first: 3) { totalCount edges { node { tag location { lon } } } } }',
  },
  {
    field: 'asset',
    permission: 'assets.read',
    document: 'query ($tag: String) { asset(tag: $tag) { tag assetType { code } } }',
    variables: () => ({ tag: sampleAsset().tag }),
  },
];

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it.each(ROOT_FIELDS)('$field answers only with $permission, before any SQL', async (c) => {
    expect(await rootFieldOutcome(h, caller, c)).toEqual(expectedRootOutcome(caller, c));
  });

  it("the districts are public; their asset counts, the inventory's, need assets.read", async () => {
    h.resetStatements();
    const result = await h.queryAs<{
      city: { districts: Array<{ number: number; assetCount: number | null }> };
    }>(caller, '{ city { districts { number assetCount } } }');
    const districts = result.data!.city.districts;
    expect(districts.length).toBe(h.city.profile.districts.features.length);
    const allowed = permits(caller, 'assets.read');
    expect(districts.every((d) => (d.assetCount === null) !== allowed)).toBe(true);
    expect(refusalsOf(result)).toEqual(
      expectedRefusals(
        caller,
        districts.map((_, i) => [`city.districts.${i}.assetCount`, allowed]),
      ),
    );
    // Refused before its loader: no count query ran.
    expect(h.statements.some((statement) => /count\(/i.test(statement))).toBe(allowed);
  });

  it('_entities gives each entity only to a caller who may read its type', async () => {
    const asset = sampleAsset();
    const cases: EntityCase[] = [
      {
        representation: { __typename: 'Asset', id: asset.id },
        selection: 'tag',
        permission: 'assets.read',
      },
      {
        representation: { __typename: 'AssetType', id: asset.assetTypeId },
        selection: 'code',
        permission: 'assets.read',
      },
      {
        representation: { __typename: 'CouncilDistrict', number: 1 },
        selection: 'name',
        permission: 'geography.read',
      },
    ];
    expect(await entitiesOutcome(h, caller, cases)).toEqual(expectedEntitiesOutcome(caller, cases));
  });

  it('WorkOrder.asset needs work-orders.read for the work order and assets.read for the asset', async () => {
    const asset = sampleAsset();
    const workOrderId = '00000000-0000-4000-8000-0000000000aa';
    const result = await h.queryAs<{ _entities: Array<{ asset: { tag: string } | null } | null> }>(
      caller,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on WorkOrder { asset { tag } } }
      }`,
      { representations: [{ __typename: 'WorkOrder', id: workOrderId, assetId: asset.id }] },
    );
    const readsWorkOrder = permits(caller, 'work-orders.read');
    const readsAsset = readsWorkOrder && permits(caller, 'assets.read');
    expect(result.data!._entities).toEqual([
      readsWorkOrder ? { asset: readsAsset ? { tag: asset.tag } : null } : null,
    ]);
    expect(refusalsOf(result)).toEqual(
      expectedRefusals(caller, [
        ['_entities.0', readsWorkOrder],
        ...(readsWorkOrder ? [['_entities.0.asset', readsAsset] as [string, boolean]] : []),
      ]),
    );
  });
});
