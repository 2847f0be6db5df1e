import type { KeysetPage } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import type { DatasetsDatabase } from './database';
import type { DatasetColumn } from './dataset-row.table';

/** What `datasets(search, keyword)` asks for; absent parts match every dataset. */
export interface DatasetFilter {
  /** Words found (case-insensitively) in the title, the description or a keyword. */
  search?: string;
  /** One whole keyword, compared without regard to case. */
  keyword?: string;
}

/** The catalog's order (title, then slug) and so the sort key of its cursors. */
export interface DatasetCursor {
  title: string;
  slug: string;
}

/** `value` as a LIKE pattern that matches it literally anywhere in a text. */
function containsPattern(value: string) {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Kysely<DatasetsDatabase>, filter: DatasetFilter) {
  let query = db.selectFrom('datasets');
  if (filter.search !== undefined) {
    const pattern = containsPattern(filter.search);
    query = query.where((eb) =>
      eb.or([
        eb('title', 'ilike', pattern),
        eb('description', 'ilike', pattern),
        eb.exists(
          sql`(select 1 from unnest(${eb.ref('keywords')}) as keyword where keyword ilike ${pattern})`,
        ),
      ]),
    );
  }
  if (filter.keyword !== undefined) {
    const keyword = filter.keyword.toLowerCase();
    query = query.where((eb) =>
      eb.exists(
        sql`(select 1 from unnest(${eb.ref('keywords')}) as keyword where lower(keyword) = ${keyword})`,
      ),
    );
  }
  return query;
}

/** One page of the catalog in title order (keyset pagination). */
export function pageOfDatasets(
  db: Kysely<DatasetsDatabase>,
  filter: DatasetFilter,
  page: KeysetPage<DatasetCursor>,
) {
  const direction = page.inverted ? 'desc' : 'asc';
  let query = filtered(db, filter).selectAll();
  if (page.after) {
    const { title, slug } = page.after;
    query = query.where((eb) => eb(eb.refTuple('title', 'slug'), '>', eb.tuple(title, slug)));
  }
  if (page.before) {
    const { title, slug } = page.before;
    query = query.where((eb) => eb(eb.refTuple('title', 'slug'), '<', eb.tuple(title, slug)));
  }
  return query.orderBy('title', direction).orderBy('slug', direction).limit(page.limit).execute();
}

export async function countDatasets(db: Kysely<DatasetsDatabase>, filter: DatasetFilter) {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every dataset anyone may read, by title: what /data.json lists. */
export function listPublicDatasets(db: Kysely<DatasetsDatabase>) {
  return db
    .selectFrom('datasets')
    .selectAll()
    .where('accessLevel', '=', 'public')
    .orderBy('title')
    .orderBy('slug')
    .execute();
}

export function datasetsByIds(db: Kysely<DatasetsDatabase>, ids: readonly string[]) {
  return db.selectFrom('datasets').selectAll().where('id', 'in', ids).execute();
}

export function datasetBySlug(db: Kysely<DatasetsDatabase>, slug: string) {
  return db.selectFrom('datasets').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The data dictionaries of some datasets, by dataset id, each in column order. */
export async function columnsByDataset(
  db: Kysely<DatasetsDatabase>,
  datasetIds: readonly string[],
): Promise<Map<string, DatasetColumn[]>> {
  const byDataset = new Map<string, DatasetColumn[]>();
  if (datasetIds.length === 0) return byDataset;
  const columns = await db
    .selectFrom('datasetColumns')
    .selectAll()
    .where('datasetId', 'in', datasetIds)
    .orderBy('datasetId')
    .orderBy('position')
    .execute();
  for (const column of columns) {
    const list = byDataset.get(column.datasetId);
    if (list) list.push(column);
    else byDataset.set(column.datasetId, [column]);
  }
  return byDataset;
}
