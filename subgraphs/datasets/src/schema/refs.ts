import { externalEntityRef, loadableEntityRef, uuidId } from '@civicgraph/platform';
import { builder } from '../builder';
import { datasetsByIds } from '../db/dataset.repository';

// Refs live apart from their implementations so type files can point at each
// other without circular imports. A field of an entity type may resolve to the id
// alone: the ref's loader reads every id of a request in one statement.
export const DatasetRef = loadableEntityRef(builder, 'Dataset', uuidId, (ids, { db }) =>
  datasetsByIds(db, ids),
);

// The accounts subgraph's Department, as a stub (`{ id }`) the gateway completes there.
export const DepartmentRef = externalEntityRef(builder, 'Department');
