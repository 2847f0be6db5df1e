import { BillRef } from './refs';

// Issue 13 skeleton: the billing helper fills this in (statement figures, line items, status).
BillRef.implement({
  description: "A monthly statement of a utility account's charges.",
  authScopes: { gateway: true },
  fields: (t) => ({
    id: t.exposeID('id'),
  }),
});
