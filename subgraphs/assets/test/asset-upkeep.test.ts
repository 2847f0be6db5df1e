import { type Caller, permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  errorCodes,
  partnerCaller,
  refusalCode,
  staffCaller,
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

interface AssetState {
  id: string;
  tag: string;
  status: string;
  version: number;
  district: number | null;
  streetName: string;
  location: { lon: number; lat: number };
  condition: { score: number; inspectedOn: string } | null;
  history: Array<{
    action: string;
    actorKind: string;
    actorId: string | null;
    version: number;
    note: string | null;
    changes: Array<{ field: string; from: string | null; to: string | null }>;
  }>;
}

const STATE = `id tag status version district streetName location { lon lat }
  condition { score inspectedOn }
  history { action actorKind actorId version note changes { field from to } }`;

const CREATE = `mutation ($input: CreateAssetInput!) { createAsset(input: $input) { asset { ${STATE} } } }`;
const UPDATE = `mutation ($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { ${STATE} } } }`;
const INSPECT = `mutation ($input: RecordAssetInspectionInput!) {
  recordAssetInspection(input: $input) { asset { ${STATE} } } }`;
const RETIRE = `mutation ($input: RetireAssetInput!) { retireAsset(input: $input) { asset { ${STATE} } } }`;

const supervisor = staffCaller('SUPERVISOR');
let tagCount = 0;
const newTag = () => `UPK-${String(++tagCount).padStart(4, '0')}`;

function newAssetInput(overrides: Record<string, unknown> = {}) {
  const seed = h.assets.find((a) => a.line === null)!;
  return {
    typeCode: h.city.assetTypes.find((t) => t.id === seed.assetTypeId)!.code,
    tag: newTag(),
    location: { lon: seed.lon, lat: seed.lat },
    streetName: seed.streetName,
    installedOn: '2024-03-01',
    ...overrides,
  };
}

/** Runs an upkeep mutation; `_field` names the root field, typing its payload. */
async function run<K extends string>(
  caller: Caller,
  document: string,
  _field: K,
  input: Record<string, unknown>,
) {
  return h.queryAs<Record<K, { asset: AssetState }>>(caller, document, { input });
}

async function created(overrides: Record<string, unknown> = {}) {
  const result = await run(supervisor, CREATE, 'createAsset', newAssetInput(overrides));
  expect(result.errors).toBeUndefined();
  return result.data!.createAsset.asset;
}

async function auditRows(assetId: string) {
  return h.db.selectFrom('assetChanges').selectAll().where('assetId', '=', assetId).execute();
}

describe('asset upkeep', () => {
  it('creates an asset at version 1, its district derived from its point, audited once', async () => {
    const seed = h.assets.find((a) => a.line === null && a.district !== null)!;
    const asset = await created({ location: { lon: seed.lon, lat: seed.lat } });
    expect(asset).toMatchObject({
      status: 'ACTIVE',
      version: 1,
      district: seed.district,
      condition: null,
    });
    expect(asset.history).toHaveLength(1);
    expect(asset.history[0]).toMatchObject({
      action: 'CREATED',
      actorKind: 'STAFF',
      actorId: supervisor.kind === 'staff' ? supervisor.id : null,
      version: 1,
    });
    expect(asset.history[0]!.changes).toContainEqual({ field: 'tag', from: null, to: asset.tag });
    expect(await auditRows(asset.id)).toHaveLength(1);
  });

  it('updates, inspects and retires at the versions read, one audit row each, oldest first', async () => {
    const asset = await created();
    const updated = await run(supervisor, UPDATE, 'updateAsset', {
      id: asset.id,
      expectedVersion: 1,
      streetName: 'W Upkeep Ave',
      status: 'OUT_OF_SERVICE',
      note: 'moved to the new street name',
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAsset.asset).toMatchObject({
      version: 2,
      streetName: 'W Upkeep Ave',
      status: 'OUT_OF_SERVICE',
    });
    const inspected = await run(supervisor, INSPECT, 'recordAssetInspection', {
      id: asset.id,
      expectedVersion: 2,
      score: 2,
      inspectedOn: '2026-11-20',
      note: 'pole leaning',
    });
    expect(inspected.errors).toBeUndefined();
    expect(inspected.data!.recordAssetInspection.asset).toMatchObject({
      version: 3,
      condition: { score: 2, inspectedOn: '2026-11-20' },
    });
    const retired = await run(staffCaller('ADMIN'), RETIRE, 'retireAsset', {
      id: asset.id,
      expectedVersion: 3,
      reason: 'replaced',
    });
    expect(retired.errors).toBeUndefined();
    const final = retired.data!.retireAsset.asset;
    expect(final).toMatchObject({ version: 4, status: 'RETIRED' });
    expect(final.history.map((c) => [c.action, c.version, c.note])).toEqual([
      ['CREATED', 1, null],
      ['UPDATED', 2, 'moved to the new street name'],
      ['INSPECTED', 3, 'pole leaning'],
      ['RETIRED', 4, 'replaced'],
    ]);
    expect(final.history[1]!.changes).toEqual([
      { field: 'streetName', from: asset.streetName, to: 'W Upkeep Ave' },
      { field: 'status', from: 'ACTIVE', to: 'OUT_OF_SERVICE' },
    ]);
    expect(final.history[2]!.changes).toEqual([
      { field: 'conditionScore', from: null, to: '2' },
      { field: 'conditionInspectedOn', from: null, to: '2026-11-20' },
    ]);
    expect(await auditRows(asset.id)).toHaveLength(4);

    // Retired: still readable, no longer changed.
    const read = await h.query<{ asset: { status: string } }>(
      `{ asset(id: "${asset.id}") { status } }`,
    );
    expect(read.data!.asset.status).toBe('RETIRED');
    const again = await run(supervisor, UPDATE, 'updateAsset', {
      id: asset.id,
      expectedVersion: 4,
      streetName: 'Elsewhere',
    });
    expect(errorCodes(again)).toEqual(['INVALID_TRANSITION']);
  });

  it('refuses a stale version with CONFLICT and its current version, changing nothing', async () => {
    const asset = await created();
    const first = await run(supervisor, INSPECT, 'recordAssetInspection', {
      id: asset.id,
      expectedVersion: 1,
      score: 4,
      inspectedOn: '2026-11-01',
    });
    expect(first.errors).toBeUndefined();
    for (const [document, field, input] of [
      [UPDATE, 'updateAsset', { streetName: 'Stale St' }],
      [INSPECT, 'recordAssetInspection', { score: 1, inspectedOn: '2026-11-02' }],
      [RETIRE, 'retireAsset', { reason: 'stale' }],
    ] as const) {
      const result = await run(supervisor, document, field, {
        id: asset.id,
        expectedVersion: 1,
        ...input,
      });
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(result.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    }
    expect(await auditRows(asset.id)).toHaveLength(2);
  });

  it('refuses a tag already in use with CONFLICT, on create and on update', async () => {
    const taken = h.assets[0]!.tag;
    const create = await run(supervisor, CREATE, 'createAsset', newAssetInput({ tag: taken }));
    expect(errorCodes(create)).toEqual(['CONFLICT']);
    expect(create.errors![0]!.extensions).toMatchObject({ field: 'tag' });
    const asset = await created();
    const update = await run(supervisor, UPDATE, 'updateAsset', {
      id: asset.id,
      expectedVersion: 1,
      tag: taken,
    });
    expect(errorCodes(update)).toEqual(['CONFLICT']);
    expect(await auditRows(asset.id)).toHaveLength(1);
  });
});

describe('who may not change assets', () => {
  const refused = CALLER_MATRIX.filter(({ caller }) => !permits(caller, 'assets.manage'));

  it('only ADMIN and SUPERVISOR hold assets.manage', () => {
    const allowed = CALLER_MATRIX.filter(({ caller }) => permits(caller, 'assets.manage'));
    expect(allowed.map((c) => c.name)).toEqual(['staff ADMIN', 'staff SUPERVISOR']);
  });

  describe.each(refused)('$name', ({ caller }) => {
    it('is refused every upkeep mutation before any SQL', async () => {
      const asset = h.assets[1]!;
      const target = { id: asset.id, expectedVersion: 1 };
      const attempts = [
        [CREATE, newAssetInput()],
        [UPDATE, { ...target, streetName: 'Nope' }],
        [INSPECT, { ...target, score: 3, inspectedOn: '2026-11-01' }],
        [RETIRE, { ...target, reason: 'nope' }],
      ] as const;
      for (const [document, input] of attempts) {
        h.resetStatements();
        const result = await h.queryAs(caller, document, { input });
        expect(errorCodes(result)).toEqual([refusalCode(caller)]);
        expect(result.data ?? null).toBeNull();
        expect(h.statements).toEqual([]);
      }
      expect(await auditRows(asset.id)).toHaveLength(0);
    });
  });
});

describe('hostile upkeep input', () => {
  const id = () => h.assets[2]!.id;
  const cases: Array<[string, string, () => Record<string, unknown>]> = [
    ['a malformed id', UPDATE, () => ({ id: '42', expectedVersion: 1, streetName: 'X' })],
    [
      'a score of 0',
      INSPECT,
      () => ({ id: id(), expectedVersion: 1, score: 0, inspectedOn: '2026-01-01' }),
    ],
    [
      'a negative score',
      INSPECT,
      () => ({ id: id(), expectedVersion: 1, score: -3, inspectedOn: '2026-01-01' }),
    ],
    [
      'a huge score',
      INSPECT,
      () => ({ id: id(), expectedVersion: 1, score: 2_147_483_647, inspectedOn: '2026-01-01' }),
    ],
    [
      'a score beyond Int',
      INSPECT,
      () => ({ id: id(), expectedVersion: 1, score: 1e12, inspectedOn: '2026-01-01' }),
    ],
    [
      'February 30th',
      INSPECT,
      () => ({ id: id(), expectedVersion: 1, score: 3, inspectedOn: '2026-02-30' }),
    ],
    [
      'a date that is not one',
      INSPECT,
      () => ({ id: id(), expectedVersion: 1, score: 3, inspectedOn: 'yesterday' }),
    ],
    [
      'an inspection in the future',
      INSPECT,
      () => ({ id: id(), expectedVersion: 1, score: 3, inspectedOn: '2999-01-01' }),
    ],
    ['a blank reason', RETIRE, () => ({ id: id(), expectedVersion: 1, reason: '   ' })],
    [
      'an overlong reason',
      RETIRE,
      () => ({ id: id(), expectedVersion: 1, reason: 'x'.repeat(501) }),
    ],
    ['an update that changes nothing', UPDATE, () => ({ id: id(), expectedVersion: 1 })],
    [
      'a status of RETIRED by update',
      UPDATE,
      () => ({ id: id(), expectedVersion: 1, status: 'RETIRED' }),
    ],
    ['an unknown type code', CREATE, () => newAssetInput({ typeCode: 'NOPE' })],
    ['a location off the globe', CREATE, () => newAssetInput({ location: { lon: 200, lat: 0 } })],
    ['a blank tag', CREATE, () => newAssetInput({ tag: '' })],
    [
      'an installation date of 2024-13-01',
      CREATE,
      () => newAssetInput({ installedOn: '2024-13-01' }),
    ],
    ['district 0', CREATE, () => newAssetInput({ district: 0 })],
    ['a NUL in the street name', CREATE, () => newAssetInput({ streetName: 'A\u0000B' })],
  ];

  it.each(cases)('answers BAD_USER_INPUT to %s', async (_name, document, input) => {
    const result = await h.query(document, { input: input() });
    expect(result.status).toBeLessThan(500);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers NOT_FOUND for an asset that does not exist', async () => {
    const result = await h.query(RETIRE, {
      input: { id: '00000000-0000-4000-8000-000000000999', expectedVersion: 1, reason: 'gone' },
    });
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });
});

describe('reading the history', () => {
  it("shows a partner the kind of actor but not the staff member's id", async () => {
    const asset = await created();
    const query = `{ asset(id: "${asset.id}") { history { action actorKind actorId } } }`;
    const partner = await h.queryAs<{
      asset: { history: Array<{ actorKind: string; actorId: string | null }> };
    }>(partnerCaller(['catalog:read']), query);
    expect(partner.data!.asset.history).toEqual([
      { action: 'CREATED', actorKind: 'STAFF', actorId: null },
    ]);
    expect(errorCodes(partner)).toEqual(['FORBIDDEN']);
    const analyst = await h.queryAs<{ asset: { history: Array<{ actorId: string | null }> } }>(
      staffCaller('ANALYST'),
      query,
    );
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.asset.history[0]!.actorId).toBe(
      supervisor.kind === 'staff' ? supervisor.id : null,
    );
  });
});
