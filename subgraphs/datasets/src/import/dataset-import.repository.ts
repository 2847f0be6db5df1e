import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { DatasetSource } from '../db/dataset.table';
import { writeRows } from '../rows/row-writer';
import type { ImportColumn, ImportPlan } from './import-plan';

type Db = Kysely<DatasetsDatabase> | Transaction<DatasetsDatabase>;

/** The metadata an admin gives a new dataset; the rest keeps the catalog's defaults. */
export interface NewDatasetMetadata {
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  themes: string[];
  accrualPeriodicity: string;
  publisherDepartmentId: string;
  contactName: string;
  contactEmail: string;
  landingPage: string | null;
}

/** A dataset's data dictionary, in column order, as an import sees it. */
export async function importColumnsOf(db: Db, datasetId: string): Promise<ImportColumn[]> {
  const rows = await db
    .selectFrom('datasetColumns')
    .select(['name', 'type', 'description'])
    .where('datasetId', '=', datasetId)
    .orderBy('position')
    .execute();
  return rows.map((c) => ({ ...c, header: c.name, inferredType: c.type }));
}

/** The dataset, locked until the transaction ends: two imports into it take turns. */
export function lockDataset(trx: Transaction<DatasetsDatabase>, datasetId: string) {
  return trx
    .selectFrom('datasets')
    .select(['id', 'source'])
    .where('id', '=', datasetId)
    .forUpdate()
    .executeTakeFirst() as Promise<{ id: string; source: DatasetSource } | undefined>;
}

/**
 * The dataset named `slug`, locked until the transaction ends (an upload's target); an
 * import already holding it fails this at once (55P03) rather than queue an upload
 * behind one that may take minutes.
 */
export function lockDatasetBySlug(trx: Transaction<DatasetsDatabase>, slug: string) {
  return trx
    .selectFrom('datasets')
    .select(['id', 'slug', 'source'])
    .where('slug', '=', slug)
    .forUpdate()
    .noWait()
    .executeTakeFirst() as Promise<{ id: string; slug: string; source: DatasetSource } | undefined>;
}

/** The dataset's row count, as the row writer left it. */
export async function rowCountOf(db: Db, datasetId: string): Promise<number> {
  const row = await db
    .selectFrom('datasets')
    .select('rowCount')
    .where('id', '=', datasetId)
    .executeTakeFirstOrThrow();
  return Number(row.rowCount);
}

export function slugTaken(db: Db, slug: string) {
  return db.selectFrom('datasets').select('id').where('slug', '=', slug).executeTakeFirst();
}

/** Replaces the data dictionary with the plan's columns. */
async function writeColumns(
  trx: Transaction<DatasetsDatabase>,
  datasetId: string,
  columns: readonly ImportColumn[],
) {
  await trx.deleteFrom('datasetColumns').where('datasetId', '=', datasetId).execute();
  await trx
    .insertInto('datasetColumns')
    .values(
      columns.map((c, position) => ({
        datasetId,
        position,
        name: c.name,
        type: c.type,
        description: c.description,
      })),
    )
    .execute();
}

/** The first key after every numeric key the dataset has (an upload's keys count rows). */
export async function nextRowKey(
  trx: Transaction<DatasetsDatabase>,
  datasetId: string,
): Promise<number> {
  const { rows } = await sql<{ last: string | null }>`
    select max(row_key::bigint) as last from dataset_rows
    where dataset_id = ${datasetId} and row_key ~ '^[0-9]{1,15}$'`.execute(trx);
  return Number(rows[0]?.last ?? 0) + 1;
}

function keyedRows(plan: ImportPlan, firstKey: number) {
  return plan.rows.map((row, i) => ({ key: String(firstKey + i), values: row.values }));
}

/** A new UPLOADED dataset with the plan's columns and rows, in the caller's transaction. */
export async function insertUploadedDataset(
  trx: Transaction<DatasetsDatabase>,
  metadata: NewDatasetMetadata,
  plan: ImportPlan,
  now = new Date(),
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('datasets')
    .values({ id, ...metadata, source: 'UPLOADED', issued: now, modified: now, rowCount: 0 })
    .execute();
  await writeColumns(trx, id, plan.columns);
  await writeRows(trx, id, { upsert: keyedRows(plan, 1), replaceAll: true }, now);
  return id;
}

/** The plan's rows instead of the dataset's (and its columns as the plan has them). */
export async function replaceUploadedRows(
  trx: Transaction<DatasetsDatabase>,
  datasetId: string,
  plan: ImportPlan,
) {
  await writeColumns(trx, datasetId, plan.columns);
  await writeRows(trx, datasetId, { upsert: keyedRows(plan, 1), replaceAll: true });
}

/** The plan's rows after the dataset's, keyed on from its last row. */
export async function appendUploadedRows(
  trx: Transaction<DatasetsDatabase>,
  datasetId: string,
  plan: ImportPlan,
) {
  await writeRows(trx, datasetId, { upsert: keyedRows(plan, await nextRowKey(trx, datasetId)) });
}
