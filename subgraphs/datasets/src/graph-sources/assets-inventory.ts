import { isDeepStrictEqual } from 'node:util';
import type { PeerGraph } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { RowValues } from '../db/dataset-row.table';
import type { ColumnTypeName } from '../rows/column-types';
import { type NewRow, writeRows } from '../rows/row-writer';
import { type GraphAsset, readAssetsThroughGraph } from './assets-through-graph';

/** The catalog's slug of the dataset this source fills. */
export const ASSETS_INVENTORY_SLUG = 'assets-inventory';

/** The data dictionary of the inventory, in order. */
export const ASSETS_INVENTORY_COLUMNS: ReadonlyArray<{
  name: string;
  type: ColumnTypeName;
  description: string;
}> = [
  { name: 'tag', type: 'text', description: 'Tag painted on the asset, e.g. STL-000123' },
  { name: 'asset_type', type: 'text', description: 'Code of the asset type, e.g. STREETLIGHT' },
  { name: 'status', type: 'text', description: 'ACTIVE, OUT_OF_SERVICE or RETIRED' },
  { name: 'street_name', type: 'text', description: 'The street the asset is on' },
  { name: 'district', type: 'integer', description: 'Council district number' },
  { name: 'installed_on', type: 'date', description: 'Date the asset was installed' },
  {
    name: 'condition_score',
    type: 'integer',
    description: 'Condition at the last inspection: 1 failed, 2 poor, 3 fair, 4 good, 5 as new',
  },
  { name: 'inspected_on', type: 'date', description: 'Date of the last inspection' },
  {
    name: 'longitude',
    type: 'number',
    description: 'WGS84 longitude of the asset (of its midpoint for a road segment)',
  },
  {
    name: 'latitude',
    type: 'number',
    description: 'WGS84 latitude of the asset (of its midpoint for a road segment)',
  },
];

/** An asset as a row of the inventory, keyed by its id (a tag may be corrected). */
export function inventoryRowOf(asset: GraphAsset): NewRow {
  const values: RowValues = {
    tag: asset.tag,
    asset_type: asset.assetType.code,
    status: asset.status,
    street_name: asset.streetName,
    district: asset.district,
    installed_on: asset.installedOn,
    condition_score: asset.condition?.score ?? null,
    inspected_on: asset.condition?.inspectedOn ?? null,
    longitude: asset.location.lon,
    latitude: asset.location.lat,
  };
  return { key: asset.id, values };
}

/** What a refresh did: nothing (no such dataset), nothing changed, or rows written. */
export type RefreshOutcome =
  | { kind: 'no-dataset' }
  | { kind: 'unchanged'; rows: number }
  | { kind: 'written'; rows: number };

/**
 * Makes the assets inventory what the graph says of assets now: reads every asset
 * through the graph (before any transaction: no lock is held while assets answers),
 * then, if any row differs from what is published, rewrites the rows with
 * `writeRows(replaceAll)` and the data dictionary in one transaction. When nothing
 * changed nothing is written, so `modified` and the exports' ETag stay as they were.
 */
export async function refreshAssetsInventory(
  db: Kysely<DatasetsDatabase>,
  peers: PeerGraph,
  stopped: () => boolean = () => false,
): Promise<RefreshOutcome> {
  const dataset = await db
    .selectFrom('datasets')
    .select('id')
    .where('slug', '=', ASSETS_INVENTORY_SLUG)
    .executeTakeFirst();
  if (!dataset) return { kind: 'no-dataset' };
  const rows = (await readAssetsThroughGraph(peers, stopped)).map(inventoryRowOf);
  if (stopped()) return { kind: 'unchanged', rows: rows.length };

  return db.transaction().execute(async (trx) => {
    // One refresh at a time, whichever instance runs it.
    await trx
      .selectFrom('datasets')
      .select('id')
      .where('id', '=', dataset.id)
      .forUpdate()
      .execute();
    const published = await trx
      .selectFrom('datasetRows')
      .select(['rowKey', 'values'])
      .where('datasetId', '=', dataset.id)
      .execute();
    const columns = await trx
      .selectFrom('datasetColumns')
      .select(['name', 'type', 'description'])
      .where('datasetId', '=', dataset.id)
      .orderBy('position')
      .execute();
    if (sameColumns(columns) && sameRows(published, rows)) {
      return { kind: 'unchanged', rows: rows.length } as const;
    }
    await trx.deleteFrom('datasetColumns').where('datasetId', '=', dataset.id).execute();
    await trx
      .insertInto('datasetColumns')
      .values(
        ASSETS_INVENTORY_COLUMNS.map((c, position) => ({ datasetId: dataset.id, position, ...c })),
      )
      .execute();
    await writeRows(trx, dataset.id, { upsert: rows, replaceAll: true });
    return { kind: 'written', rows: rows.length } as const;
  });
}

function sameColumns(columns: ReadonlyArray<{ name: string; type: string; description: string }>) {
  return isDeepStrictEqual(
    columns,
    ASSETS_INVENTORY_COLUMNS.map((c) => ({ ...c })),
  );
}

function sameRows(
  published: ReadonlyArray<{ rowKey: string; values: RowValues }>,
  rows: readonly NewRow[],
) {
  if (published.length !== rows.length) return false;
  const byKey = new Map(published.map((row) => [row.rowKey, row.values]));
  // jsonb orders keys its own way: compare by key, not as text.
  return rows.every((row) => {
    const values = byKey.get(row.key);
    return values !== undefined && isDeepStrictEqual({ ...values }, { ...row.values });
  });
}
