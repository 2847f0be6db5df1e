import type { RowValues } from '../db/dataset-row.table';
import { type ColumnTypeName, LATITUDE_COLUMN, LONGITUDE_COLUMN } from '../rows/column-types';
import { readCell } from './cell-values';
import { MAX_CELL_CHARS } from './csv-table';

/** One thing wrong with the file, where it is: `row` 1 is the header. */
export interface ImportError {
  row: number;
  /** The file's line where the record ends (uploads over HTTP, which stream the file). */
  line?: number;
  column: string | null;
  message: string;
}

/** What a record is read against: its columns' names and types, in the file's order. */
export interface RecordColumn {
  name: string;
  type: ColumnTypeName;
}

function coordinateRangeError(name: string, value: unknown): string | null {
  if (typeof value !== 'number') return null;
  if (name === LONGITUDE_COLUMN && Math.abs(value) > 180)
    return `${value} is not a longitude (-180 to 180)`;
  if (name === LATITUDE_COLUMN && Math.abs(value) > 90)
    return `${value} is not a latitude (-90 to 90)`;
  return null;
}

/**
 * A record's cells as values by column name, each checked against its column's type
 * (and coordinates against their range); every problem goes to `report`. Null when the
 * record has another cell count than the header: its cells cannot be matched to
 * columns. The one check for both the GraphQL import and the streamed upload.
 */
export function recordValues(
  columns: readonly RecordColumn[],
  cells: readonly string[],
  where: { row: number; line?: number },
  report: (error: ImportError) => void,
): RowValues | null {
  if (cells.length !== columns.length) {
    report({
      ...where,
      column: null,
      message: `The row has ${cells.length} cells; the header names ${columns.length} columns`,
    });
    return null;
  }
  const values: RowValues = {};
  columns.forEach((column, i) => {
    const cell = cells[i]!;
    if (cell.length > MAX_CELL_CHARS) {
      report({
        ...where,
        column: column.name,
        message: `The cell is over ${MAX_CELL_CHARS} characters`,
      });
      return;
    }
    // PostgreSQL refuses a NUL in text (and in jsonb): a row error, not a failed insert.
    if (cell.includes('\u0000')) {
      report({ ...where, column: column.name, message: 'The cell contains a NUL character' });
      return;
    }
    const reading = readCell(column.type, cell);
    if ('error' in reading) {
      report({ ...where, column: column.name, message: reading.error });
      return;
    }
    const outOfRange = coordinateRangeError(column.name, reading.value);
    if (outOfRange) report({ ...where, column: column.name, message: outOfRange });
    values[column.name] = reading.value;
  });
  return values;
}
