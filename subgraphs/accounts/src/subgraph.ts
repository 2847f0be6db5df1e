import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import { accountsConfig, accountsSettings } from './config';
import type { AccountsDatabase } from './db/database';
import { internalCallersRoute } from './internal-callers';
import { startPaymentJobs } from './payments/payment-jobs';
import { buildAccountsSchema } from './schema';

/**
 * Staff, crews and departments, sign-in and partner API clients (and, later,
 * residents and their utility accounts).
 */
export const accountsSubgraph: SubgraphDefinition<AccountsDatabase> = {
  name: 'accounts',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildAccountsSchema,
  config: accountsConfig,
  routes: (app, { db }) => internalCallersRoute(app, db),
  // Settles payments the processor did not answer for; pays AutoPay bills when due.
  background: ({ db, logger, config }) => startPaymentJobs(db, accountsSettings(config), logger),
};
