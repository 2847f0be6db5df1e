import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import { type AccountsContext, createAccountsContext } from './context';
import type { AccountsDatabase } from './db/database';
import { buildAccountsSchema } from './schema';

/** Staff, crews and departments (and, later, residents and their utility accounts). */
export const accountsSubgraph: SubgraphDefinition<AccountsDatabase, AccountsContext> = {
  name: 'accounts',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildAccountsSchema,
  createContext: createAccountsContext,
};
