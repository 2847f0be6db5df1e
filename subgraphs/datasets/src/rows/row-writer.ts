import type { Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { RowValues } from '../db/dataset-row.table';
import { LATITUDE_COLUMN, LONGITUDE_COLUMN } from './column-types';

/** A row to write: its key within the dataset and its values by column name. */
export interface NewRow {
  key: string;
  values: RowValues;
}

type Trx = Transaction<DatasetsDatabase>;

/** The row's point, from its longitude/latitude values when both are numbers. */
function pointOf(values: RowValues) {
  const lon = values[LONGITUDE_COLUMN];
  const lat = values[LATITUDE_COLUMN];
  return typeof lon === 'number' && typeof lat === 'number'
    ? { lon, lat }
    : { lon: null, lat: null };
}

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * The one way rows are written, for every source (uploads, the live publishers, the
 * graph's refresh): inserts or replaces rows by key, deletes rows by key, and keeps
 * the dataset's `row_count`, `rows_modified` and `modified` current — in the caller's
 * transaction, so a failed import or batch leaves nothing half-written.
 */
export async function writeRows(
  trx: Trx,
  datasetId: string,
  change: {
    upsert?: readonly NewRow[];
    delete?: readonly string[];
    replaceAll?: boolean;
    /**
     * false: leave `row_count` and the dates for a later call in the same transaction
     * (an upload writing a file batch by batch): counting the rows after each batch
     * would make a million-row import quadratic.
     */
    updateTotals?: boolean;
  },
  now = new Date(),
) {
  if (change.replaceAll) {
    await trx.deleteFrom('datasetRows').where('datasetId', '=', datasetId).execute();
  }
  if (change.delete && change.delete.length > 0) {
    await trx
      .deleteFrom('datasetRows')
      .where('datasetId', '=', datasetId)
      .where('rowKey', 'in', change.delete)
      .execute();
  }
  const rows = change.upsert ?? [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    await trx
      .insertInto('datasetRows')
      .values(
        batch.map((row) => ({
          datasetId,
          rowKey: row.key,
          values: JSON.stringify(row.values),
          ...pointOf(row.values),
          updatedAt: now,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['datasetId', 'rowKey']).doUpdateSet((eb) => ({
          values: eb.ref('excluded.values'),
          lon: eb.ref('excluded.lon'),
          lat: eb.ref('excluded.lat'),
          updatedAt: eb.ref('excluded.updatedAt'),
        })),
      )
      .execute();
  }
  if (change.updateTotals === false) return;
  await trx
    .updateTable('datasets')
    .set((eb) => ({
      rowCount: eb
        .selectFrom('datasetRows')
        .select(eb.fn.countAll<string>().as('count'))
        .where('datasetId', '=', datasetId),
      rowsModified: now,
      modified: now,
    }))
    .where('id', '=', datasetId)
    .execute();
}
