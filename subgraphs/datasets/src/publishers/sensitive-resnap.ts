import { snapToBlock } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import { type NewRow, writeRows } from '../rows/row-writer';
import type { Catalog } from './service-request-row';

/**
 * The privacy direction of a catalog change: the published rows of every service that
 * is location-sensitive in `next` but was not in `previous` (every sensitive service
 * when there is no previous reading) get their points snapped to the block, in one
 * transaction, through the one row writer. Snapping is idempotent: rows already
 * snapped are not written again. Returns how many rows moved.
 */
export async function snapTurnedSensitive(
  db: Kysely<DatasetsDatabase>,
  datasetId: string,
  previous: Catalog | null,
  next: Catalog,
): Promise<number> {
  const codes = [...next.services.entries()]
    .filter(([id, s]) => s.locationSensitive && !previous?.services.get(id)?.locationSensitive)
    .map(([, s]) => s.code);
  if (codes.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('datasetRows')
      .select(['rowKey', 'values'])
      .where('datasetId', '=', datasetId)
      .where(sql<string>`values->>'service_code'`, 'in', codes)
      .execute();
    const moved: NewRow[] = [];
    for (const row of rows) {
      const { longitude, latitude } = row.values;
      if (typeof longitude !== 'number' || typeof latitude !== 'number') continue;
      const [lon, lat] = snapToBlock(longitude, latitude);
      if (lon === longitude && lat === latitude) continue;
      moved.push({ key: row.rowKey, values: { ...row.values, longitude: lon, latitude: lat } });
    }
    if (moved.length > 0) await writeRows(trx, datasetId, { upsert: moved });
    return moved.length;
  });
}
