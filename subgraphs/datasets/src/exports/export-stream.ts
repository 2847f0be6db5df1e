import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import { readRowsByCursor } from '../rows/row.repository';
import type { RowQuery } from '../rows/row-query';
import type { ExportWriter } from './export-formats';

export interface ExportStreamOptions {
  /** Rows read per keyset batch. */
  batchSize?: number;
  /** Told after each batch is read: tests and benches watch the stream's progress. */
  onBatch?: (rowsRead: number) => void;
}

/**
 * The export as a byte stream: batches are fetched from a server-side cursor only as
 * the client takes the bytes (a Readable over a generator pulls one chunk at a time),
 * so a million-row export holds one batch, not the dataset. The cursor lives in a
 * REPEATABLE READ, read-only transaction: the file is the rows as they were at one
 * instant even while writers carry on.
 */
export function exportStream(
  db: Kysely<DatasetsDatabase>,
  query: RowQuery,
  writer: ExportWriter,
  options: ExportStreamOptions = {},
): Readable {
  async function* chunks() {
    const trx = await db
      .startTransaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute();
    let rowsRead = 0;
    try {
      yield writer.open();
      let first = true;
      for await (const batch of readRowsByCursor(trx, query, options.batchSize)) {
        rowsRead += batch.length;
        options.onBatch?.(rowsRead);
        yield writer.batch(batch, first);
        first = false;
      }
      yield writer.close();
    } finally {
      // Also when the client went away mid-file: the generator is closed, not left open.
      await trx.rollback().execute();
    }
  }
  return Readable.from(chunks(), { highWaterMark: 1 });
}
