import type { DatasetColumn } from '../db/dataset-row.table';
import { LATITUDE_COLUMN, LONGITUDE_COLUMN } from '../rows/column-types';

/** One way to get a dataset's data (DCAT-US distribution). */
export interface Distribution {
  title: string;
  description: string;
  /** Human-readable format name: CSV, JSON, GeoJSON, API. */
  format: string;
  /** IANA media type of the download; null for the API, which is not a file. */
  mediaType: string | null;
  /** A file of the whole dataset (null for the API). */
  downloadURL: string | null;
  /** A service answering queries on the data (the GraphQL API). */
  accessURL: string | null;
  /** The standard the API speaks. */
  conformsTo: string | null;
}

/** Where the rows files are served (helper B's routes, on the gateway's origin). */
export function rowsFilePath(slug: string, extension: 'csv' | 'json' | 'geojson') {
  return `/datasets/${encodeURIComponent(slug)}/rows.${extension}`;
}

export const GRAPHQL_PATH = '/graphql';

/** Whether the dataset's rows carry a point: number columns `longitude` and `latitude`. */
export function hasGeometry(columns: readonly Pick<DatasetColumn, 'name' | 'type'>[]) {
  const isNumber = (name: string) => columns.some((c) => c.name === name && c.type === 'number');
  return isNumber(LONGITUDE_COLUMN) && isNumber(LATITUDE_COLUMN);
}

/**
 * A dataset's distributions: its rows as CSV and JSON, as GeoJSON when they have a
 * point, and the GraphQL API. URLs start with `base`: an origin (absolute URLs, as
 * /data.json must give) or '' (root-relative, where the origin is not known).
 */
export function distributionsOf(
  dataset: { slug: string; title: string },
  columns: readonly Pick<DatasetColumn, 'name' | 'type'>[],
  base: string,
): Distribution[] {
  const file = (
    format: string,
    mediaType: string,
    extension: 'csv' | 'json' | 'geojson',
    what: string,
  ): Distribution => ({
    title: `${dataset.title} (${format})`,
    description: `Every row ${what}; takes the same filters as datasetRows.`,
    format,
    mediaType,
    downloadURL: `${base}${rowsFilePath(dataset.slug, extension)}`,
    accessURL: null,
    conformsTo: null,
  });
  return [
    file('CSV', 'text/csv', 'csv', 'as CSV with a header line'),
    file('JSON', 'application/json', 'json', 'as JSON'),
    ...(hasGeometry(columns)
      ? [file('GeoJSON', 'application/geo+json', 'geojson', 'as GeoJSON point features')]
      : []),
    {
      title: `${dataset.title} (GraphQL API)`,
      description: `Query the rows with datasetRows(dataset: "${dataset.slug}") and aggregate them with datasetAggregate.`,
      format: 'API',
      mediaType: null,
      downloadURL: null,
      accessURL: `${base}${GRAPHQL_PATH}`,
      conformsTo: 'https://spec.graphql.org/',
    },
  ];
}
