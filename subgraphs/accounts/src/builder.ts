import { createSubgraphBuilder, type SubgraphContext } from '@civicgraph/platform';
import type { AccountsDatabase } from './db/database';

export const { builder, LocaleEnum, bilingualText } =
  createSubgraphBuilder<SubgraphContext<AccountsDatabase>>();

// Sign-in and the admin's changes to staff and partner clients.
builder.mutationType({});
