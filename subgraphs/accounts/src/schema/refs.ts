import { loadableEntityRef, uuidId } from '@civicgraph/platform';
import { builder } from '../builder';
import { billsByIds } from '../db/bill.repository';
import { crewsByIds } from '../db/crew.repository';
import { departmentsByIds } from '../db/department.repository';
import { paymentsByIds } from '../db/payment.repository';
import { residentsByIds } from '../db/resident.repository';
import { staffByIds } from '../db/staff.repository';
import { utilityAccountsByIds } from '../db/utility-account.repository';

// Refs live apart from their implementations so type files can point at each
// other without circular imports. A field of an entity type may resolve to the id
// alone: the ref's loader reads every id of a request in one statement.
export const DepartmentRef = loadableEntityRef(builder, 'Department', uuidId, (ids, { db }) =>
  departmentsByIds(db, ids),
);
export const CrewRef = loadableEntityRef(builder, 'Crew', uuidId, (ids, { db }) =>
  crewsByIds(db, ids),
);
export const StaffRef = loadableEntityRef(builder, 'Staff', uuidId, (ids, { db }) =>
  staffByIds(db, ids),
);
// Residents and their city services bills (issue 13). Each type's file implements it;
// other files add fields with builder.objectFields.
export const ResidentRef = loadableEntityRef(builder, 'Resident', uuidId, (ids, { db }) =>
  residentsByIds(db, ids),
);
export const UtilityAccountRef = loadableEntityRef(
  builder,
  'UtilityAccount',
  uuidId,
  (ids, { db }) => utilityAccountsByIds(db, ids),
);
export const BillRef = loadableEntityRef(builder, 'Bill', uuidId, (ids, { db }) =>
  billsByIds(db, ids),
);
export const PaymentRef = loadableEntityRef(builder, 'Payment', uuidId, (ids, { db }) =>
  paymentsByIds(db, ids),
);
