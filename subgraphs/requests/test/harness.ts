import {
  type GraphQLResponse,
  type SeededSubgraph,
  startSeededSubgraph,
} from '@civicgraph/platform/testing';
import type { Kysely } from 'kysely';
import type { RequestsDatabase } from '../src/db/database';
import { requestsSubgraph } from '../src/index';

export type { GraphQLResponse };

/** The demo window ends here, so the data (and every assertion on it) is fixed. */
export const NOW = new Date('2026-11-28T00:00:00Z');

export interface RequestsHarness extends SeededSubgraph<RequestsDatabase> {
  /** The subgraph's pool, for SQL cross-checks. */
  db: Kysely<RequestsDatabase>;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The SQL statements the server ran while serving one query. */
  statementsFor(query: string, variables?: Record<string, unknown>): Promise<number>;
}

/** A migrated database seeded with a small generated city, served over HTTP on port 0. */
export async function startRequests(requests = 300): Promise<RequestsHarness> {
  const seeded = await startSeededSubgraph(requestsSubgraph, {
    seed: 20261129,
    now: NOW,
    requests,
  });
  return {
    ...seeded,
    db: seeded.running.db,
    gql: (query, variables) => seeded.query(query, variables),
    statementsFor: async (query, variables) => {
      seeded.resetStatements();
      const result = await seeded.query(query, variables);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return seeded.statements.length;
    },
  };
}

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** The error codes of a response. */
export function errorCodes(response: GraphQLResponse<unknown>) {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
