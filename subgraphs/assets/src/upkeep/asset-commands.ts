import { randomUUID } from 'node:crypto';
import { type Caller, notFound, pointInPolygon } from '@civicgraph/platform';
import type { Kysely, Transaction, Updateable } from 'kysely';
import { sql } from 'kysely';
import { selectAsset } from '../db/asset.repository';
import type { Asset, AssetStatus, AssetTable } from '../db/asset.table';
import type { AssetActorKind, AssetChangeAction, AssetFieldChange } from '../db/asset-change.table';
import type { AssetsDatabase } from '../db/database';
import { assetRetired, invalidField, staleVersion, tagTaken } from './upkeep-errors';

export interface UpkeepContext {
  db: Kysely<AssetsDatabase>;
  caller: Caller;
}

/** The asset a change is for, and the version the caller last read. */
export interface AssetTarget {
  id: string;
  expectedVersion: number;
}

function actorOf(caller: Caller): { actorKind: AssetActorKind; actorId: string | null } {
  switch (caller.kind) {
    case 'staff':
      return { actorKind: 'STAFF', actorId: caller.id };
    case 'partner':
      return { actorKind: 'PARTNER', actorId: caller.id };
    case 'resident':
      return { actorKind: 'RESIDENT', actorId: caller.id };
    default:
      return { actorKind: 'SYSTEM', actorId: null };
  }
}

type Trx = Transaction<AssetsDatabase>;

async function audit(
  trx: Trx,
  ctx: UpkeepContext,
  entry: {
    assetId: string;
    version: number;
    action: AssetChangeAction;
    changes: AssetFieldChange[];
    note: string | null;
  },
) {
  await trx
    .insertInto('assetChanges')
    .values({ ...entry, changes: JSON.stringify(entry.changes), ...actorOf(ctx.caller) })
    .execute();
}

function readAsset(db: Kysely<AssetsDatabase>, id: string) {
  return selectAsset(db.selectFrom('assets')).where('id', '=', id).executeTakeFirstOrThrow();
}

/** A unique violation of the tag becomes CONFLICT; the database is the judge of uniqueness. */
async function tagChecked<T>(tag: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const pgError = error as { code?: string; constraint?: string };
    if (tag !== undefined && pgError.code === '23505' && pgError.constraint === 'assets_tag_key') {
      throw tagTaken(tag);
    }
    throw error;
  }
}

/** The council district a point lies in, from the districts' polygons; null outside all. */
async function districtAt(trx: Trx, lon: number, lat: number): Promise<number | null> {
  const candidates = await trx
    .selectFrom('districts')
    .select(['number', 'boundary'])
    .where('west', '<=', lon)
    .where('east', '>=', lon)
    .where('south', '<=', lat)
    .where('north', '>=', lat)
    .orderBy('number')
    .execute();
  return candidates.find((d) => pointInPolygon(d.boundary, lon, lat))?.number ?? null;
}

export interface NewAsset {
  typeCode: string;
  tag: string;
  lon: number;
  lat: number;
  streetName: string;
  district: number | null;
  installedOn: string;
}

/** A new point asset, ACTIVE, at version 1; its district derived from its point if not given. */
export function createAsset(ctx: UpkeepContext, input: NewAsset): Promise<Asset> {
  return tagChecked(input.tag, async () => {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const type = await trx
        .selectFrom('assetTypes')
        .select(['id', 'geometryKind'])
        .where('code', '=', input.typeCode)
        .executeTakeFirst();
      if (!type) throw invalidField('typeCode', `No asset type has code ${input.typeCode}`);
      if (type.geometryKind !== 'POINT') {
        throw invalidField(
          'typeCode',
          'Only point assets can be created here: lines need their geometry',
        );
      }
      const district = input.district ?? (await districtAt(trx, input.lon, input.lat));
      const row = {
        id: randomUUID(),
        assetTypeId: type.id,
        tag: input.tag,
        status: 'ACTIVE' as const,
        lon: input.lon,
        lat: input.lat,
        line: null,
        streetName: input.streetName,
        district,
        installedOn: input.installedOn,
      };
      await trx.insertInto('assets').values(row).execute();
      const changes = Object.entries({ typeCode: input.typeCode, ...row })
        .filter(([field]) => !['id', 'assetTypeId', 'line'].includes(field))
        .map(([field, to]) => ({ field, from: null, to }));
      await audit(trx, ctx, {
        assetId: row.id,
        version: 1,
        action: 'CREATED',
        changes,
        note: null,
      });
      return row.id;
    });
    return readAsset(ctx.db, id);
  });
}

/**
 * Applies a change to one asset at the version the caller read: locks the row, refuses
 * a stale version (CONFLICT) or a retired asset, writes the new values with the next
 * version and one audit row, all in one transaction.
 */
async function changeAsset(
  ctx: UpkeepContext,
  target: AssetTarget,
  action: AssetChangeAction,
  note: string | null,
  decide: (
    current: Asset,
  ) => Array<{ field: keyof Asset; to: unknown; set: Updateable<AssetTable> }>,
): Promise<Asset> {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await selectAsset(trx.selectFrom('assets'))
      .where('id', '=', target.id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('Asset', target.id);
    if (current.version !== target.expectedVersion) throw staleVersion(current.version);
    if (current.status === 'RETIRED') throw assetRetired();
    const moves = decide(current).filter((move) => current[move.field] !== move.to);
    if (moves.length === 0) throw invalidField('input', 'The change changes nothing');
    const version = current.version + 1;
    await trx
      .updateTable('assets')
      .set(Object.assign({ version, updatedAt: sql`now()` }, ...moves.map((m) => m.set)))
      .where('id', '=', target.id)
      .execute();
    const changes = moves.map((m) => ({ field: m.field, from: current[m.field], to: m.to }));
    await audit(trx, ctx, { assetId: target.id, version, action, changes, note });
  });
  return readAsset(ctx.db, target.id);
}

export interface AssetEdits {
  tag?: string;
  lon?: number;
  lat?: number;
  streetName?: string;
  district?: number | null;
  installedOn?: string;
  status?: Exclude<AssetStatus, 'RETIRED'>;
}

/** Changes the given fields (those left out keep their values). */
export function updateAsset(
  ctx: UpkeepContext,
  target: AssetTarget,
  edits: AssetEdits,
  note: string | null,
) {
  return tagChecked(edits.tag, () =>
    changeAsset(ctx, target, 'UPDATED', note, () =>
      (Object.entries(edits) as Array<[keyof AssetEdits, unknown]>)
        .filter(([, to]) => to !== undefined)
        .map(([field, to]) => ({ field, to, set: { [field]: to } })),
    ),
  );
}

export function recordAssetInspection(
  ctx: UpkeepContext,
  target: AssetTarget,
  inspection: { score: number; inspectedOn: string; note: string | null },
) {
  return changeAsset(ctx, target, 'INSPECTED', inspection.note, () => [
    { field: 'conditionScore', to: inspection.score, set: { conditionScore: inspection.score } },
    {
      field: 'conditionInspectedOn',
      to: inspection.inspectedOn,
      set: { conditionInspectedOn: inspection.inspectedOn },
    },
  ]);
}

export function retireAsset(ctx: UpkeepContext, target: AssetTarget, reason: string) {
  return changeAsset(ctx, target, 'RETIRED', reason, () => [
    { field: 'status', to: 'RETIRED', set: { status: 'RETIRED' } },
  ]);
}
