import { CrewRef, DepartmentRef, StaffRef } from './refs';

// Only the key: every other field of these types comes from accounts.
for (const ref of [DepartmentRef, CrewRef, StaffRef]) {
  ref.implement({ fields: (t) => ({ id: t.exposeID('id') }) });
}
