import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../src/db/database';
import { insertUploadedDataset } from '../src/import/dataset-import.repository';
import { planImport } from '../src/import/import-plan';

/** A small funding file: one column of each type a file usually has, and a point. */
export const FUNDING_CSV = [
  'Program,District,Amount,Approved,Start Date,Longitude,Latitude',
  'Parks,1,1200.5,true,2026-01-15,-112.07,33.45',
  'Libraries,2,350,false,2026-02-01,-112.1,33.5',
].join('\r\n');

/** An UPLOADED dataset made from FUNDING_CSV straight through the repository. */
export async function seedUploadedDataset(
  db: Kysely<DatasetsDatabase>,
  slug: string,
  publisherDepartmentId: string,
): Promise<string> {
  return db.transaction().execute((trx) =>
    insertUploadedDataset(
      trx,
      {
        slug,
        title: `Funding ${slug}`,
        description: 'Test funding',
        keywords: [],
        themes: [],
        accrualPeriodicity: 'irregular',
        publisherDepartmentId,
        contactName: 'Open Data Team',
        contactEmail: 'opendata@example.org',
        landingPage: null,
      },
      planImport(FUNDING_CSV),
    ),
  );
}

/** A dataset's rows by key, in key order (numbers), values as stored. */
export async function storedRows(db: Kysely<DatasetsDatabase>, datasetId: string) {
  const rows = await db
    .selectFrom('datasetRows')
    .select(['rowKey', 'values', 'lon', 'lat'])
    .where('datasetId', '=', datasetId)
    .execute();
  return rows.sort((a, b) => Number(a.rowKey) - Number(b.rowKey));
}
