import {
  extendedEntityRef,
  externalEntityRef,
  geoPointRef,
  loadableEntityRef,
  uuidId,
} from '@civicgraph/platform';
import { builder } from '../builder';
import { servicesByIds } from '../db/service.repository';
import { serviceRequestsByIds } from '../db/service-request.repository';
import { workOrdersByIds } from '../db/work-order.repository';

// Refs live apart from their implementations so type files can point at each
// other without circular imports. A field of an entity type may resolve to the id
// alone: the ref's loader reads every id of a request in one statement.
export const ServiceRef = loadableEntityRef(builder, 'Service', uuidId, (ids, { db }) =>
  servicesByIds(db, ids),
);
export const ServiceRequestRef = loadableEntityRef(
  builder,
  'ServiceRequest',
  uuidId,
  (ids, { db }) => serviceRequestsByIds(db, ids),
);
export const WorkOrderRef = loadableEntityRef(builder, 'WorkOrder', uuidId, (ids, { db }) =>
  workOrdersByIds(db, ids),
);
export const GeoPointRef = geoPointRef(builder);

// Entities owned by accounts, as stubs (`{ id }`) the gateway completes from there.
export const DepartmentRef = externalEntityRef(builder, 'Department');
// Staff and Crew also get fields from here (schema/workload.ts): resolvable keys.
export const CrewRef = extendedEntityRef(builder, 'Crew');
export const StaffRef = extendedEntityRef(builder, 'Staff');

// Owned by accounts; requests adds the requests they reported (schema/resident-requests.ts).
export const ResidentRef = extendedEntityRef(builder, 'Resident');

// Owned by assets; requests adds the work on it (schema/asset-work.ts).
export const AssetRef = extendedEntityRef(builder, 'Asset');
