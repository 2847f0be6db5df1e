import { sql, type Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';

/**
 * DCAT-US `temporal` and `spatial` of the 311 datasets, from the published requests:
 * the first and last filing dates (UTC) and the bounding box of their points. The
 * performance figures cover the same requests, so they get the same extent.
 */
export async function refreshExtent(
  trx: Transaction<DatasetsDatabase>,
  requestsDatasetId: string,
  performanceDatasetId: string,
) {
  await sql`
    update datasets set
      temporal = extent.temporal,
      spatial = case when datasets.id = ${requestsDatasetId} then extent.spatial
                     else datasets.spatial end
    from (
      select
        to_char(min((values->>'requested_at')::timestamptz) at time zone 'UTC', 'YYYY-MM-DD')
          || '/' ||
        to_char(max((values->>'requested_at')::timestamptz) at time zone 'UTC', 'YYYY-MM-DD')
          as temporal,
        concat_ws(',', min(lon), min(lat), max(lon), max(lat)) as spatial
      from dataset_rows
      where dataset_id = ${requestsDatasetId}
    ) extent
    where datasets.id in (${requestsDatasetId}, ${performanceDatasetId})
  `.execute(trx);
}
