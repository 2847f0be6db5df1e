import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../src/db/database';
import type { RowValues } from '../src/db/dataset-row.table';
import type { ColumnTypeName } from '../src/rows/column-types';
import { writeRows } from '../src/rows/row-writer';

export const FIXTURE_COLUMNS: { name: string; type: ColumnTypeName }[] = [
  { name: 'name', type: 'text' },
  { name: 'count', type: 'integer' },
  { name: 'score', type: 'number' },
  { name: 'active', type: 'boolean' },
  { name: 'day', type: 'date' },
  { name: 'at', type: 'datetime' },
  { name: 'longitude', type: 'number' },
  { name: 'latitude', type: 'number' },
];

/** Twelve rows covering every type, with empty values and ties to sort stably. */
export const FIXTURE_ROWS: { key: string; values: RowValues }[] = [
  ['Oak Street', 5, 1.5, true, '2026-01-05', '2026-01-05T08:00:00Z', -112.05, 33.45],
  ['oak avenue', 12, 2.25, false, '2026-02-10', '2026-02-10T09:30:00Z', -112.1, 33.5],
  ['Pine 50% off', 7, -3, true, '2026-03-15', '2026-03-15T23:59:59Z', -111.9, 33.3],
  ['Maple_Lane', 5, 0, null, '2025-12-31', '2025-12-31T23:00:00-05:00', -112.2, 33.6],
  ['Elm', null, 10.75, false, null, null, null, null],
  ['Cedar', 100, 1.5, true, '2026-01-05', '2026-01-06T00:00:00Z', -112.0, 33.4],
  ['Birch', -4, null, false, '2026-06-01', '2026-06-01T12:00:00Z', -113.5, 34.5],
  ['Aspen', 5, 7, true, '2026-01-20', '2026-01-20T10:00:00+02:00', -112.07, 33.48],
  ['Willow', 0, 4.5, null, '2026-04-01', '2026-04-01T00:00:00Z', -112.01, 33.41],
  ['Spruce', 33, 4.5, true, '2026-05-05', '2026-05-05T05:05:05Z', -111.5, 33.0],
  [null, 8, 2, false, '2026-02-28', '2026-02-28T18:00:00Z', -112.3, 33.7],
  ['OAK grove', 21, 9.5, true, '2026-07-04', '2026-07-04T16:00:00Z', -112.04, 33.46],
].map(([name, count, score, active, day, at, longitude, latitude], i) => ({
  key: `r${String(i).padStart(2, '0')}`,
  values: { name, count, score, active, day, at, longitude, latitude } as RowValues,
}));

/** Adds a dataset with the fixture's columns and rows; returns its slug. */
export async function addFixtureDataset(
  db: Kysely<DatasetsDatabase>,
  publisherDepartmentId: string,
  slug = 'rows-fixture',
  rows = FIXTURE_ROWS,
) {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('datasets')
      .values({
        id,
        slug,
        title: `Fixture ${slug}`,
        description: 'Rows for tests',
        keywords: [],
        themes: [],
        accrualPeriodicity: 'R/P1D',
        publisherDepartmentId,
        issued: new Date(),
        modified: new Date(),
      })
      .execute();
    await trx
      .insertInto('datasetColumns')
      .values(FIXTURE_COLUMNS.map((column, position) => ({ datasetId: id, position, ...column })))
      .execute();
    await writeRows(trx, id, { upsert: rows });
  });
  return { id, slug };
}
