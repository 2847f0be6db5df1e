import { UtilityAccountRef } from './refs';

// Issue 13 skeleton: the billing helper fills this in (number, address, holders, bills).
UtilityAccountRef.implement({
  description: 'A city services (utility) account: what bills are addressed to.',
  authScopes: { gateway: true },
  fields: (t) => ({
    id: t.exposeID('id'),
  }),
});
