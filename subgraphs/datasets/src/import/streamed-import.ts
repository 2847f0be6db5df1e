import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type { Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { RowValues } from '../db/dataset-row.table';
import { writeRows } from '../rows/row-writer';
import { MAX_CELL_CHARS, MAX_COLUMNS } from './csv-table';
import { nextRowKey } from './dataset-import.repository';
import { columnNamesOf } from './header-columns';
import { columnsOfDataset, type ImportColumn } from './import-plan';
import { type ImportError, recordValues } from './record-values';

export type UploadMode = 'REPLACE' | 'APPEND';

/** Errors told back: enough to fix a file, never a megabyte of them. */
export const MAX_UPLOAD_ERRORS = 100;

/** Rows handed to the row writer at once: memory stays a batch, not the file. */
const ROWS_PER_BATCH = 5_000;

/** A record longer than every cell at its longest: the parser's bound on one record. */
const MAX_RECORD_CHARS = MAX_CELL_CHARS * MAX_COLUMNS;

/** The file as a whole cannot be imported: why, and where when a line is to blame. */
export class UploadUnreadable extends Error {
  constructor(
    readonly code: 'EMPTY_FILE' | 'CSV_UNREADABLE' | 'HEADER_MISMATCH',
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface StreamedImport {
  /** Data records read (good and bad). */
  records: number;
  /** Rows written in the transaction (0 as soon as any row is bad). */
  rowsImported: number;
  /** The first MAX_UPLOAD_ERRORS errors, in file order. */
  errors: ImportError[];
  errorCount: number;
}

/**
 * Reads a CSV body as it arrives and writes its rows into `datasetId` in the caller's
 * transaction, a batch at a time through the row writer, checked against the dataset's
 * columns (the header must name them, in any order; their types hold). After the first
 * bad row nothing more is written but the rest is still read, so that the answer
 * counts every bad row; the caller rolls back when `errorCount` is not 0. REPLACE
 * empties the dataset first (in the same transaction); APPEND keys rows on from the
 * dataset's last. Throws UploadUnreadable when the file cannot be read at all.
 */
export async function importCsvStream(
  trx: Transaction<DatasetsDatabase>,
  options: {
    datasetId: string;
    mode: UploadMode;
    columns: readonly ImportColumn[];
    body: Readable;
  },
): Promise<StreamedImport> {
  const { datasetId, mode } = options;
  const errors: ImportError[] = [];
  let errorCount = 0;
  const report = (error: ImportError) => {
    errorCount += 1;
    if (errors.length < MAX_UPLOAD_ERRORS) errors.push(error);
  };
  let columns: ImportColumn[] | null = null;
  let records = 0;
  let rowsImported = 0;
  let nextKey = mode === 'APPEND' ? await nextRowKey(trx, datasetId) : 1;
  let emptied = mode === 'APPEND';
  let batch: Array<{ key: string; values: RowValues }> = [];

  const flush = async () => {
    if (errorCount > 0 || batch.length === 0) return;
    await writeRows(trx, datasetId, { upsert: batch, replaceAll: !emptied, updateTotals: false });
    emptied = true;
    rowsImported += batch.length;
    batch = [];
  };

  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
  });
  try {
    await pipeline(options.body, parser, async (parsed: AsyncIterable<ParsedRecord>) => {
      for await (const { record, info } of parsed) {
        if (!columns) {
          columns = headerColumns(record, options.columns);
          continue;
        }
        records += 1;
        // The header is row 1, as the GraphQL import counts them.
        const where = { row: records + 1, line: info.lines };
        const values = recordValues(columns, record, where, report);
        if (errorCount > 0) {
          batch = [];
          continue;
        }
        batch.push({ key: String(nextKey++), values: values! });
        if (batch.length >= ROWS_PER_BATCH) await flush();
      }
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new UploadUnreadable(
        'CSV_UNREADABLE',
        `The CSV cannot be read: ${error.message}`,
        line,
      );
    }
    throw error;
  }
  if (!columns) throw new UploadUnreadable('EMPTY_FILE', 'The CSV is empty: it has no header row');
  await flush();
  // The totals once, after the last batch (a REPLACE of a header alone empties it).
  if (errorCount === 0 && (mode === 'REPLACE' || rowsImported > 0)) {
    await writeRows(trx, datasetId, { replaceAll: !emptied });
  }
  return { records, rowsImported: errorCount > 0 ? 0 : rowsImported, errors, errorCount };
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** The header's columns as the dataset's, in the file's order, or HEADER_MISMATCH. */
function headerColumns(header: string[], dataset: readonly ImportColumn[]): ImportColumn[] {
  if (header.length > MAX_COLUMNS) {
    throw new UploadUnreadable(
      'HEADER_MISMATCH',
      `The CSV has ${header.length} columns; the dataset has ${dataset.length}`,
      1,
    );
  }
  const { names, problems } = columnNamesOf(header);
  if (problems.length > 0) {
    throw new UploadUnreadable('HEADER_MISMATCH', problems.map((p) => p.message).join('; '), 1);
  }
  try {
    return columnsOfDataset(names, header, dataset);
  } catch (error) {
    throw new UploadUnreadable('HEADER_MISMATCH', (error as Error).message, 1);
  }
}
