import { distributionsOf } from '../catalog/distributions';
import { columnsByDataset } from '../db/dataset.repository';
import type { Dataset } from '../db/dataset.table';
import {
  ContactPointRef,
  DatasetColumnRef,
  DatasetSourceEnum,
  DistributionRef,
} from './catalog-types';
import { DatasetRef, DepartmentRef } from './refs';

/** Each dataset's columns, in the order of the ids asked for (one statement a request). */
async function columnLists(ids: string[], db: Parameters<typeof columnsByDataset>[0]) {
  const byDataset = await columnsByDataset(db, ids);
  return ids.map((id) => byDataset.get(id) ?? []);
}

DatasetRef.implement({
  description: 'A dataset of the city open data catalog (DCAT-US).',
  // Metadata of published data: anyone may read it, its publisher stub included.
  authScopes: { permission: 'datasets.read' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Also its DCAT-US identifier in /data.json.' }),
    slug: t.exposeString('slug', { description: 'Stable name in URLs, e.g. service-requests.' }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    keywords: t.exposeStringList('keywords'),
    themes: t.exposeStringList('themes', { description: 'DCAT-US themes (categories).' }),
    accrualPeriodicity: t.exposeString('accrualPeriodicity', {
      description:
        'How often the data is updated (DCAT-US accrualPeriodicity, e.g. R/P1D for daily, ' +
        'R/PT1S for continuously).',
    }),
    accessLevel: t.exposeString('accessLevel', {
      description: 'DCAT-US access level: public, restricted public or non-public.',
    }),
    license: t.exposeString('license', { description: 'URL of the license.' }),
    issued: t.expose('issued', { type: 'DateTime', description: 'When it was first published.' }),
    modified: t.expose('modified', {
      type: 'DateTime',
      description: 'When it, or any of its rows, last changed.',
    }),
    source: t.expose('source', { type: DatasetSourceEnum }),
    publisher: t.field({
      type: DepartmentRef,
      description: 'The department that publishes the dataset.',
      resolve: (dataset) => ({ id: dataset.publisherDepartmentId }),
    }),
    publisherName: t.exposeString('publisherName', {
      description: "The publishing department's name as the catalog publishes it.",
    }),
    contactPoint: t.field({
      type: ContactPointRef,
      description: 'Who answers questions about the data.',
      resolve: (dataset) => ({ name: dataset.contactName, email: dataset.contactEmail }),
    }),
    landingPage: t.exposeString('landingPage', {
      nullable: true,
      description: "The dataset's page on the city's site: an absolute URL.",
    }),
    spatial: t.exposeString('spatial', {
      nullable: true,
      description: 'The area covered: a bounding box "west,south,east,north" in WGS84 degrees.',
    }),
    temporal: t.exposeString('temporal', {
      nullable: true,
      description: 'The period covered: "start/end" ISO 8601 dates.',
    }),
    rowCount: t.int({
      description: 'How many rows it has.',
      resolve: (dataset) => Number(dataset.rowCount),
    }),
    rowsModified: t.expose('rowsModified', {
      type: 'DateTime',
      nullable: true,
      description: 'When its rows last changed; null before it has any.',
    }),
    columns: t.loadableList({
      type: DatasetColumnRef,
      description: 'The data dictionary: each column, in order.',
      load: (ids: string[], { db }) => columnLists(ids, db),
      resolve: (dataset) => dataset.id,
    }),
    distributions: t.loadableList({
      type: DistributionRef,
      description:
        'Its rows as CSV and JSON files, as GeoJSON when they have a point, and the GraphQL ' +
        'API. URLs are absolute on the origin the graph was asked at, as /data.json gives them.',
      // Keyed by the dataset (by its id): the distributions follow from it and its columns.
      // The loader lives in this request's context, so one origin serves all its keys.
      load: async (datasets: Dataset[], { db, publicOrigin }) => {
        const lists = await columnLists(
          datasets.map((d) => d.id),
          db,
        );
        // Root-relative only when called without the gateway's origin (a peer, a test).
        const base = publicOrigin ?? '';
        return datasets.map((dataset, i) => distributionsOf(dataset, lists[i]!, base));
      },
      loaderOptions: { cacheKeyFn: (dataset: Dataset) => dataset.id },
      resolve: (dataset) => dataset,
    }),
  }),
});
