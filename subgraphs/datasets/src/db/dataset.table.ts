import type { ColumnType, Generated, Selectable } from 'kysely';

/** Where a dataset's rows come from: an admin's upload, the requests outbox, the graph. */
export const datasetSources = ['UPLOADED', 'LIVE', 'GRAPH'] as const;
export type DatasetSource = (typeof datasetSources)[number];

export interface DatasetTable {
  id: string;
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  themes: string[];
  /** DCAT-US accrualPeriodicity, e.g. R/P1D. */
  accrualPeriodicity: string;
  /** An accounts Department; no foreign key across schemas. */
  publisherDepartmentId: string;
  /** The department's name as the catalog publishes it (DCAT-US publisher.name). */
  publisherName: Generated<string>;
  accessLevel: Generated<string>;
  license: Generated<string>;
  issued: Date;
  modified: Date;
  createdAt: Generated<Date>;
  source: Generated<DatasetSource>;
  contactName: Generated<string>;
  contactEmail: Generated<string>;
  landingPage: Generated<string | null>;
  /** "west,south,east,north" in WGS84 degrees. */
  spatial: Generated<string | null>;
  /** "start/end" ISO 8601 dates. */
  temporal: Generated<string | null>;
  /** bigint: pg reads it as a string. */
  rowCount: ColumnType<string, string | number | undefined, string | number>;
  rowsModified: Generated<Date | null>;
}

export type Dataset = Selectable<DatasetTable>;
