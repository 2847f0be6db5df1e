import { builder } from '../builder';
import type { Distribution } from '../catalog/distributions';
import type { datasetSources } from '../db/dataset.table';
import type { DatasetColumn } from '../db/dataset-row.table';
import { columnTypeNames } from '../rows/column-types';

// The parts of a dataset's DCAT-US description that are objects of their own.

export const DatasetSourceEnum = builder.enumType('DatasetSource', {
  description: 'Where the rows of a dataset come from.',
  values: {
    UPLOADED: { value: 'UPLOADED', description: 'A file an administrator uploaded.' },
    LIVE: {
      value: 'LIVE',
      description: 'Kept current from the city operations as they happen (311).',
    },
    GRAPH: { value: 'GRAPH', description: 'Read from another part of the graph (assets).' },
  } satisfies Record<(typeof datasetSources)[number], unknown>,
});

/** Column types in SCREAMING_CASE, as the graph writes enums; stored lower case. */
export const DatasetColumnTypeEnum = builder.enumType('DatasetColumnType', {
  description: 'The type of the values of a dataset column.',
  values: Object.fromEntries(
    columnTypeNames.map((name) => [name.toUpperCase(), { value: name }]),
  ) as Record<
    Uppercase<(typeof columnTypeNames)[number]>,
    { value: (typeof columnTypeNames)[number] }
  >,
});

export interface ContactPoint {
  name: string;
  email: string;
}

export const ContactPointRef = builder.objectRef<ContactPoint>('ContactPoint').implement({
  description: 'Who answers questions about a dataset (DCAT-US contactPoint).',
  // Parts of the public metadata of their dataset.
  authScopes: { permission: 'datasets.read' },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
  }),
});

export const DatasetColumnRef = builder.objectRef<DatasetColumn>('DatasetColumn').implement({
  description: "One column of a dataset's data dictionary.",
  // Parts of the public metadata of their dataset.
  authScopes: { permission: 'datasets.read' },
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The name in files, filters and rows (lower case, digits, underscores).',
    }),
    type: t.expose('type', { type: DatasetColumnTypeEnum }),
    description: t.exposeString('description', { description: 'What the values mean.' }),
  }),
});

export const DistributionRef = builder.objectRef<Distribution>('Distribution').implement({
  description:
    'One way to get the data (DCAT-US distribution): a file of every row, or the API. ' +
    'URLs are absolute on the origin the graph was asked at (the same as /data.json ' +
    "gives there); root-relative only when the subgraph is asked without the gateway's origin.",
  authScopes: { permission: 'datasets.read' },
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    format: t.exposeString('format', { description: 'CSV, JSON, GeoJSON or API.' }),
    mediaType: t.exposeString('mediaType', {
      nullable: true,
      description: 'IANA media type of the file; null for the API.',
    }),
    downloadURL: t.exposeString('downloadURL', {
      nullable: true,
      description: 'Where to download the file; null for the API.',
    }),
    accessURL: t.exposeString('accessURL', {
      nullable: true,
      description: 'Where the API answers; null for a file.',
    }),
    conformsTo: t.exposeString('conformsTo', {
      nullable: true,
      description: 'The standard the API speaks.',
    }),
  }),
});
