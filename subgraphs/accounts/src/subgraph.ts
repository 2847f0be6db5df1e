import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { AccountsDatabase } from './db/database';
import { buildAccountsSchema } from './schema';

/** Staff, crews and departments (and, later, residents and their utility accounts). */
export const accountsSubgraph: SubgraphDefinition<AccountsDatabase> = {
  name: 'accounts',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildAccountsSchema,
};
