import type { DemoCity, GenerateOptions } from '../demo-city';
import { generateCity } from '../demo-city/generate';
import { DEFAULT_CITY_PROFILE, loadCityProfile } from '../demo-city/profile';
import { createLogger } from '../logger';
import {
  migrateSubgraph,
  openSubgraphDatabase,
  type RunningSubgraph,
  type SubgraphDefinition,
  startSubgraph,
} from '../server/subgraph';
import { type GraphQLResponse, postGraphQL } from './post-graphql';
import { scratchDatabase } from './scratch-database';

export interface SeededSubgraph<DB> {
  city: DemoCity;
  running: RunningSubgraph<DB>;
  /** SQL of the statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** POSTs a GraphQL request to the subgraph over real HTTP. */
  query<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * One subgraph on a database of its own: migrated, seeded with a small generated
 * city (the default profile), and served over HTTP on port 0.
 */
export async function startSeededSubgraph<DB, Context extends object>(
  definition: SubgraphDefinition<DB, Context>,
  city: Partial<GenerateOptions> = {},
): Promise<SeededSubgraph<DB>> {
  const database = await scratchDatabase();
  const generated = generateCity(loadCityProfile(DEFAULT_CITY_PROFILE), {
    seed: 42,
    now: new Date('2026-11-29T12:00:00Z'),
    requests: 200,
    ...city,
  });
  const db = openSubgraphDatabase(definition, { databaseUrl: database.url });
  try {
    await migrateSubgraph(definition, db);
    await definition.seed(db, generated);
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
  });
  return {
    city: generated,
    running,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    query: (document, variables) => postGraphQL(running.url, document, variables),
    close: async () => {
      await running.close();
      await database.drop();
    },
  };
}
