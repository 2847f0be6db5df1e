import { checkedId, exactlyOneKey } from '@civicgraph/platform';
import { builder } from '../builder';
import { datasetBySlug, listDatasets } from '../db/dataset.repository';
import { DatasetRef, DepartmentRef } from './refs';

DatasetRef.implement({
  description: 'A dataset of the city open data catalog (DCAT-US).',
  // Metadata of published data: anyone may read it, its publisher stub included.
  authScopes: { permission: 'datasets.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug', { description: 'Stable name in URLs, e.g. service-requests.' }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    keywords: t.exposeStringList('keywords'),
    themes: t.exposeStringList('themes', { description: 'DCAT-US themes (categories).' }),
    accrualPeriodicity: t.exposeString('accrualPeriodicity', {
      description:
        'How often the data is updated (DCAT-US accrualPeriodicity, e.g. R/P1D for daily).',
    }),
    accessLevel: t.exposeString('accessLevel', {
      description: 'DCAT-US access level: public, restricted public or non-public.',
    }),
    license: t.exposeString('license', { description: 'URL of the license.' }),
    issued: t.expose('issued', { type: 'DateTime', description: 'When it was first published.' }),
    modified: t.expose('modified', { type: 'DateTime', description: 'When it last changed.' }),
    publisher: t.field({
      type: DepartmentRef,
      description: 'The department that publishes the dataset.',
      resolve: (dataset) => ({ id: dataset.publisherDepartmentId }),
    }),
  }),
});

builder.queryFields((t) => ({
  datasets: t.field({
    type: [DatasetRef],
    description: 'The whole catalog, by title.',
    authScopes: { permission: 'datasets.read' },
    resolve: (_root, _args, ctx) => listDatasets(ctx.db),
  }),
  dataset: t.field({
    type: DatasetRef,
    nullable: true,
    args: { id: t.arg.id(), slug: t.arg.string() },
    description: 'A dataset by id or by slug (give exactly one).',
    authScopes: { permission: 'datasets.read' },
    resolve: async (_root, { id, slug }, ctx) => {
      exactlyOneKey({ id, slug });
      if (id != null) return checkedId(id, 'id');
      return (await datasetBySlug(ctx.db, slug!)) ?? null;
    },
  }),
}));
