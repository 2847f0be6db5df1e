import { loadableEntityRef } from '@civicgraph/platform';
import { builder } from '../builder';
import { datasetsByIds } from '../db/dataset.repository';

// Refs live apart from their implementations so type files can point at each
// other without circular imports. A field of an entity type may resolve to the id
// alone: the ref's loader reads every id of a request in one statement.
export const DatasetRef = loadableEntityRef(builder, 'Dataset', (ids, { db }) =>
  datasetsByIds(db, ids),
);

/**
 * The accounts subgraph's Department, by key only: this subgraph knows nothing else
 * about it, so it is not resolvable here and the gateway asks accounts for the rest.
 */
export const DepartmentRef = builder.externalRef(
  'Department',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
