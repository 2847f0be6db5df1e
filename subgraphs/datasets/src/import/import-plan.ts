import type { RowValues } from '../db/dataset-row.table';
import { type ColumnTypeName, LATITUDE_COLUMN, LONGITUDE_COLUMN } from '../rows/column-types';
import { inferColumnType } from './cell-values';
import { readCsvTable } from './csv-table';
import { columnNamesOf } from './header-columns';
import { type ImportError, recordValues } from './record-values';

export type { ImportError } from './record-values';

/** A column of an import: its name, the header it came from, its type and meaning. */
export interface ImportColumn {
  name: string;
  header: string;
  type: ColumnTypeName;
  /** The type the cells suggested, before any override. */
  inferredType: ColumnTypeName;
  description: string;
}

/** What the admin says of a column, over what the file suggests. */
export interface ColumnOverride {
  name: string;
  type?: ColumnTypeName | null;
  description?: string | null;
}

/** At most this many errors are told: enough to fix a file, never a megabyte of them. */
export const MAX_REPORTED_ERRORS = 50;

export interface ImportPlan {
  columns: ImportColumn[];
  /** Each record's values by column name, with its row number. */
  rows: Array<{ row: number; values: RowValues }>;
  /** The first MAX_REPORTED_ERRORS errors, in file order. */
  errors: ImportError[];
  errorCount: number;
}

/** The argument an override or the file must be fixed in. */
export class ImportArgumentRefused extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a CSV into typed rows, writing nothing: header → column names, each column's
 * type inferred from its cells (or taken from `fixed`, the columns of a dataset being
 * appended to), overrides applied, every cell checked against its column's type. A
 * dataset with longitude and latitude columns gets them as numbers in range, so its
 * rows have a point. Throws CsvUnreadable when the file cannot be read at all, and
 * ImportArgumentRefused for an override or an appended header that does not fit.
 */
export function planImport(
  csv: string,
  options: { overrides?: readonly ColumnOverride[]; fixed?: readonly ImportColumn[] } = {},
): ImportPlan {
  const table = readCsvTable(csv);
  const { names, problems } = columnNamesOf(table.header);
  const errors: ImportError[] = problems.map((p) => ({
    row: 1,
    column: p.column,
    message: p.message,
  }));
  if (errors.length > 0) return { columns: [], rows: [], errors, errorCount: errors.length };

  const columns = options.fixed
    ? columnsOfDataset(names, table.header, options.fixed)
    : names.map((name, i): ImportColumn => {
        let inferredType = inferColumnType(table.records.map((r) => r.cells[i] ?? ''));
        // A point needs numbers: whole-degree coordinates are still coordinates.
        if (isCoordinate(name) && inferredType === 'integer') inferredType = 'number';
        return {
          name,
          header: table.header[i]!,
          type: inferredType,
          inferredType,
          description: '',
        };
      });
  applyOverrides(columns, options.overrides ?? []);

  let errorCount = 0;
  const report = (error: ImportError) => {
    errorCount += 1;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(error);
  };
  const rows: ImportPlan['rows'] = [];
  for (const { row, cells } of table.records) {
    const values = recordValues(columns, cells, { row }, report);
    if (values) rows.push({ row, values });
  }
  return { columns, rows, errors, errorCount };
}

function isCoordinate(name: string) {
  return name === LONGITUDE_COLUMN || name === LATITUDE_COLUMN;
}

/** Appending: the file's columns must be the dataset's, in any order; its types hold. */
export function columnsOfDataset(
  names: readonly string[],
  header: readonly string[],
  fixed: readonly ImportColumn[],
): ImportColumn[] {
  const byName = new Map(fixed.map((c) => [c.name, c]));
  const missing = fixed.filter((c) => !names.includes(c.name)).map((c) => c.name);
  const extra = names.filter((name) => !byName.has(name));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `lacks ${missing.join(', ')}` : '',
      extra.length > 0 ? `has columns the dataset has not: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    throw new ImportArgumentRefused(
      'csv',
      `The CSV's header does not match the dataset: it ${parts.join('; it ')}`,
    );
  }
  return names.map((name, i) => ({ ...byName.get(name)!, header: header[i]! }));
}

function applyOverrides(columns: ImportColumn[], overrides: readonly ColumnOverride[]) {
  const seen = new Set<string>();
  for (const override of overrides) {
    const column = columns.find((c) => c.name === override.name);
    if (!column) {
      throw new ImportArgumentRefused(
        'columns',
        `The CSV has no column ${override.name}; its columns are ${columns.map((c) => c.name).join(', ')}`,
      );
    }
    if (seen.has(override.name)) {
      throw new ImportArgumentRefused('columns', `The column ${override.name} is given twice`);
    }
    seen.add(override.name);
    if (override.type) column.type = override.type;
    if (override.description != null) column.description = override.description;
  }
}
