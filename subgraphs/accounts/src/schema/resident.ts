import { ResidentRef } from './refs';

// Issue 13 skeleton: the residents helper fills this in (personal fields, rules).
ResidentRef.implement({
  description: 'A resident with an account of their own (the 311 app, partner apps).',
  authScopes: (resident) => ({ resident: resident.id }),
  fields: (t) => ({
    id: t.exposeID('id'),
  }),
});
