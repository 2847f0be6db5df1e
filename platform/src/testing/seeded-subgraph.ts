import type { Kysely } from 'kysely';
import type { Caller } from '../access/caller';
import { createLogger } from '../logger';
import {
  migrateSubgraph,
  openSubgraphDatabase,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphServerOptions,
  startSubgraph,
} from '../server/subgraph';
import { postAsCaller, staffCaller, TEST_SECRETS } from './access';
import type { GraphQLResponse } from './post-graphql';
import { scratchDatabase } from './scratch-database';

export interface SeededSubgraph<DB> {
  running: RunningSubgraph<DB>;
  /** The subgraph's own pool, for SQL cross-checks. */
  db: Kysely<DB>;
  /** SQL of the statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** POSTs a GraphQL request to the subgraph over real HTTP, signed for an ADMIN. */
  query<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** The same, signed for `caller`: access-rule tests. */
  queryAs<T = Record<string, unknown>>(
    caller: Caller,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** How many SQL statements the subgraph ran to serve one (successful) query. */
  statementsFor(document: string, variables?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * One subgraph on a database of its own: migrated, filled by `seed`, and served over
 * HTTP on port 0. Every SQL statement it runs is recorded, for batching tests.
 */
export async function startSeededSubgraph<DB>(
  definition: SubgraphDefinition<DB>,
  seed: (db: Kysely<DB>) => Promise<void>,
  options: Pick<SubgraphServerOptions, 'peerUrls' | 'withoutBackground' | 'metricsAccess'> = {},
): Promise<SeededSubgraph<DB>> {
  const database = await scratchDatabase();
  const db = openSubgraphDatabase(definition, { databaseUrl: database.url });
  try {
    await migrateSubgraph(definition, db);
    await seed(db);
  } finally {
    await db.destroy();
  }
  const statements: string[] = [];
  const running = await startSubgraph(definition, {
    databaseUrl: database.url,
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('test', 'silent'),
    onQuery: (event) => statements.push(event.query.sql),
    secrets: TEST_SECRETS,
    ...options,
  });
  const queryAs = <T>(caller: Caller, document: string, variables?: Record<string, unknown>) =>
    postAsCaller<T>(running.url, definition.name, caller, document, variables);
  const admin = staffCaller('ADMIN');
  const query = <T>(document: string, variables?: Record<string, unknown>) =>
    queryAs<T>(admin, document, variables);
  return {
    running,
    db: running.db,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    query,
    queryAs,
    statementsFor: async (document, variables) => {
      statements.length = 0;
      const result = await query(document, variables);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return statements.length;
    },
    close: async () => {
      await running.close();
      await database.drop();
    },
  };
}
