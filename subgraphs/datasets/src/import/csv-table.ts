import { CsvError, parse } from 'csv-parse/sync';

/**
 * The largest CSV a mutation takes. Uploads travel as a GraphQL String, so the
 * gateway's body limit (MAX_BODY_BYTES) caps them first; this cap holds for a caller
 * that reaches the subgraph some other way, and bounds the work one import can ask for.
 */
export const MAX_CSV_CHARS = 4 * 1024 * 1024;
/** A cell longer than this is a row error, not a reason to hold megabytes in one value. */
export const MAX_CELL_CHARS = 10_000;
export const MAX_COLUMNS = 200;

/** A data record of the file and where it was: `row` counts the header as row 1. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** The file as a whole cannot be read (no header, broken quoting, too large). */
export class CsvUnreadable extends Error {}

/**
 * Splits CSV text into a header and records, as RFC 4180 reads it: quoted cells with
 * doubled quotes, CRLF or LF, a UTF-8 byte order mark ignored. A record with a cell
 * count other than the header's is kept (its row gets an error later), so that one
 * short line does not hide the errors of the others. Blank lines are skipped.
 */
export function readCsvTable(text: string): CsvTable {
  if (text.length > MAX_CSV_CHARS) {
    throw new CsvUnreadable(`The CSV is over ${MAX_CSV_CHARS} characters`);
  }
  // PostgreSQL refuses a NUL in text: say so here rather than fail in SQL.
  if (text.includes('\u0000')) throw new CsvUnreadable('The CSV contains a NUL character');
  let parsed: string[][];
  try {
    parsed = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_CSV_CHARS,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      throw new CsvUnreadable(`The CSV cannot be read: ${error.message}`);
    }
    throw error;
  }
  const [header, ...rest] = parsed;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new CsvUnreadable('The CSV has no header row naming its columns');
  }
  if (header.length > MAX_COLUMNS) {
    throw new CsvUnreadable(`The CSV has ${header.length} columns; at most ${MAX_COLUMNS}`);
  }
  return { header, records: rest.map((cells, i) => ({ row: i + 2, cells })) };
}
