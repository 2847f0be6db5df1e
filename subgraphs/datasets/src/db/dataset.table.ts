import type { Generated, Selectable } from 'kysely';

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
  accessLevel: Generated<string>;
  license: Generated<string>;
  issued: Date;
  modified: Date;
  createdAt: Generated<Date>;
}

export type Dataset = Selectable<DatasetTable>;
