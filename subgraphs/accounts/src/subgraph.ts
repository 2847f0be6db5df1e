import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { AccountsDatabase } from './db/database';
import { internalCallersRoute } from './internal-callers';
import { buildAccountsSchema } from './schema';

/**
 * Staff, crews and departments, sign-in and partner API clients (and, later,
 * residents and their utility accounts).
 */
export const accountsSubgraph: SubgraphDefinition<AccountsDatabase> = {
  name: 'accounts',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildAccountsSchema,
  routes: (app, { db }) => internalCallersRoute(app, db),
};
