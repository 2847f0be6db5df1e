import { stringify } from 'csv-stringify/sync';
import type { DatasetColumn, RowValues } from '../db/dataset-row.table';
import type { ReadRow } from '../rows/row.repository';

export const exportFormats = ['csv', 'json', 'geojson'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * How an export is written, batch by batch: the opening, each batch of rows (with
 * whether it is the first, for separators), the closing. Nothing holds more than
 * one batch.
 */
export interface ExportWriter {
  contentType: string;
  extension: string;
  open(): string;
  batch(rows: readonly ReadRow[], first: boolean): string;
  close(): string;
}

function pick(values: RowValues, columns: readonly DatasetColumn[]) {
  return Object.fromEntries(columns.map((column) => [column.name, values[column.name] ?? null]));
}

/** A CSV cell as column-types.ts writes each type: empty for null, true/false, numbers as JSON. */
function cell(value: RowValues[string] | undefined) {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function csvWriter(columns: readonly DatasetColumn[]): ExportWriter {
  return {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    open: () => stringify([columns.map((column) => column.name)]),
    batch: (rows) =>
      stringify(rows.map((row) => columns.map((column) => cell(row.values[column.name])))),
    close: () => '',
  };
}

function jsonWriter(columns: readonly DatasetColumn[]): ExportWriter {
  return {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    open: () => '[',
    batch: (rows, first) =>
      (first ? '\n' : ',\n') +
      rows.map((row) => JSON.stringify(pick(row.values, columns))).join(',\n'),
    close: () => '\n]\n',
  };
}

function geojsonWriter(columns: readonly DatasetColumn[]): ExportWriter {
  const feature = (row: ReadRow) =>
    JSON.stringify({
      type: 'Feature',
      id: row.rowKey,
      // A row without a point is still a feature: RFC 7946 allows a null geometry.
      geometry:
        row.lon !== null && row.lat !== null
          ? { type: 'Point', coordinates: [row.lon, row.lat] }
          : null,
      properties: pick(row.values, columns),
    });
  return {
    contentType: 'application/geo+json; charset=utf-8',
    extension: 'geojson',
    open: () => '{"type":"FeatureCollection","features":[',
    batch: (rows, first) => (first ? '\n' : ',\n') + rows.map(feature).join(',\n'),
    close: () => '\n]}\n',
  };
}

export function exportWriter(format: ExportFormat, columns: readonly DatasetColumn[]) {
  const writers = { csv: csvWriter, json: jsonWriter, geojson: geojsonWriter };
  return writers[format](columns);
}
