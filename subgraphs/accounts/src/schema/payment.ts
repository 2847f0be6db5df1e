import { PaymentRef } from './refs';

// Issue 13 skeleton: the payments helper fills this in (amount, status, receipt).
PaymentRef.implement({
  description: 'A payment toward a utility account.',
  authScopes: { gateway: true },
  fields: (t) => ({
    id: t.exposeID('id'),
  }),
});
