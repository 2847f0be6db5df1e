import { builder } from '../builder';
import type { Dataset } from '../db/dataset.table';

// Refs live apart from their implementations so type files can point at each
// other without circular imports.
export const DatasetRef = builder.objectRef<Dataset>('Dataset');

/**
 * The accounts subgraph's Department, by key only: this subgraph knows nothing else
 * about it, so it is not resolvable here and the gateway asks accounts for the rest.
 */
export const DepartmentRef = builder.externalRef(
  'Department',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
