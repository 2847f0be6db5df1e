import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from './database';

export function listDatasets(db: Kysely<DatasetsDatabase>) {
  return db.selectFrom('datasets').selectAll().orderBy('title').orderBy('slug').execute();
}

export function datasetsByIds(db: Kysely<DatasetsDatabase>, ids: readonly string[]) {
  return db.selectFrom('datasets').selectAll().where('id', 'in', ids).execute();
}

export function datasetBySlug(db: Kysely<DatasetsDatabase>, slug: string) {
  return db.selectFrom('datasets').selectAll().where('slug', '=', slug).executeTakeFirst();
}
