import { batchByKey, batchGroupsByKey, onlyUuids } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { RequestsDatabase } from './db/database';
import { servicesByIds } from './db/service.repository';
import { serviceRequestsByIds } from './db/service-request.repository';
import { workOrdersByIds, workOrdersByServiceRequestIds } from './db/work-order.repository';

/** Per-request state: loaders batch every entity lookup of one request into one query. */
export interface RequestsContext {
  db: Kysely<RequestsDatabase>;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<RequestsDatabase>) {
  return {
    service: batchByKey(
      onlyUuids((ids) => servicesByIds(db, ids)),
      (s) => s.id,
    ),
    serviceRequest: batchByKey(
      onlyUuids((ids) => serviceRequestsByIds(db, ids)),
      (r) => r.id,
    ),
    workOrder: batchByKey(
      onlyUuids((ids) => workOrdersByIds(db, ids)),
      (w) => w.id,
    ),
    workOrdersOfRequest: batchGroupsByKey(
      onlyUuids((ids) => workOrdersByServiceRequestIds(db, ids)),
      (w) => w.serviceRequestId,
    ),
  };
}

export function createRequestsContext(db: Kysely<RequestsDatabase>): RequestsContext {
  return { db, loaders: createLoaders(db) };
}
