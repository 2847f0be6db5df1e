import type { DatasetsDb } from './database';

export function listDatasets(db: DatasetsDb) {
  return db.selectFrom('datasets').selectAll().orderBy('title').orderBy('slug').execute();
}

export function datasetsByIds(db: DatasetsDb, ids: readonly string[]) {
  return db.selectFrom('datasets').selectAll().where('id', 'in', ids).execute();
}

export function datasetBySlug(db: DatasetsDb, slug: string) {
  return db.selectFrom('datasets').selectAll().where('slug', '=', slug).executeTakeFirst();
}
