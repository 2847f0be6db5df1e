import { DepartmentRef } from './refs';

DepartmentRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
  }),
});
