// Test helper: imported by test files only (it needs the vitest run's PostgreSQL).

import {
  DEFAULT_CITY_PROFILE,
  DEMO_PASSWORD,
  type DemoCityOptions,
  demoLoginEmail,
  loadCityProfile,
} from '@civicgraph/demo-city';
import { type RunningGateway, readSupergraph, startGateway } from '@civicgraph/gateway';
import { createLogger, type Logger, type StaffRole } from '@civicgraph/platform';
import { postGraphQL, scratchDatabase, TEST_SECRETS } from '@civicgraph/platform/testing';
import { prepareDatabase } from './prepare-database';
import { type RunningStack, type StackOptions, startStack } from './start-stack';

export interface SeededStackOptions {
  city: DemoCityOptions;
  consoleDir?: string | null;
  onQuery?: StackOptions['onQuery'];
  /** Laid over the test defaults below. */
  access?: StackOptions['access'];
  /**
   * Runs the subgraphs' schedulers (off by default: the overdue scan would change work
   * orders, and count statements, under a test's feet).
   */
  background?: boolean;
  /** Subscription settings (keep-alive, checks) for tests that need other ones. */
  realtime?: StackOptions['realtime'];
  /**
   * The database to seed and drop on close, instead of a scratch one on the test
   * run's server (benchmarks, which run outside vitest).
   */
  database?: { url: string; drop(): Promise<unknown> };
  /** The stack's logger (silent unless given): tests that read what is logged. */
  logger?: Logger;
}

/**
 * Tests send hundreds of requests a second from one address and one session: the
 * rate limits are raised out of their way (the gateway's own tests cover them).
 */
const TEST_RATE_LIMITS = { anonymousPerMinute: 1_000_000, staffPerMinute: 1_000_000 };

/**
 * The whole stack on a database of its own, migrated and seeded with a generated
 * city, the gateway on port 0. `close()` stops it and drops the database.
 */
export async function startSeededStack(options: SeededStackOptions): Promise<RunningStack> {
  const database = options.database ?? (await scratchDatabase());
  const logger = options.logger ?? createLogger('test', 'silent');
  try {
    await prepareDatabase({ databaseUrl: database.url, logger, city: options.city });
    const stack = await startStack({
      databaseUrl: database.url,
      secrets: TEST_SECRETS,
      host: '127.0.0.1',
      port: 0,
      logger,
      consoleDir: options.consoleDir ?? null,
      access: {
        ...options.access,
        rateLimits: { ...TEST_RATE_LIMITS, ...options.access?.rateLimits },
      },
      ...(options.onQuery ? { onQuery: options.onQuery } : {}),
      withoutBackground: !options.background,
      ...(options.realtime ? { realtime: options.realtime } : {}),
    });
    return {
      ...stack,
      close: async () => {
        await stack.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/**
 * Signs in through the gateway as the demo login of `role`, as the console does, and
 * returns the headers that carry the session: `{ authorization: 'Bearer …' }`.
 */
export async function signInAs(
  origin: string,
  role: StaffRole,
  jurisdictionId = loadCityProfile(DEFAULT_CITY_PROFILE).jurisdictionId,
): Promise<Record<string, string>> {
  const response = await postGraphQL<{ login: { accessToken: string } }>(
    `${origin}/graphql`,
    'mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: demoLoginEmail(role, jurisdictionId), password: DEMO_PASSWORD } },
  );
  const token = response.data?.login.accessToken;
  if (!token) throw new Error(`signing in as ${role} failed: ${JSON.stringify(response.errors)}`);
  return { authorization: `Bearer ${token}` };
}

/**
 * One more gateway, in this process, in front of a running stack's subgraphs, with the
 * test secrets: a scaled-out deployment's second instance. Its subscriptions read the
 * outbox at `outboxDatabaseUrl` (the stack's database unless a test connects otherwise).
 */
export function startAnotherGateway(
  stack: RunningStack,
  outboxDatabaseUrl = stack.databaseUrl,
): Promise<RunningGateway> {
  return startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls: Object.fromEntries(stack.subgraphs.map((s) => [s.name, s.url])),
    secrets: TEST_SECRETS,
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('test', 'silent'),
    consoleDir: null,
    realtime: { databaseUrl: outboxDatabaseUrl },
  });
}

/** A partner app's scopes, as `createApiClient` takes them. */
export type PartnerScopeName =
  | 'CATALOG_READ'
  | 'REQUESTS_READ'
  | 'REQUESTS_WRITE'
  | 'DATA_READ'
  | 'RESIDENTS_ACT';

/**
 * A new partner API key with `scopes`, made through the gateway by the demo admin as
 * the city's administrators make them; `rateLimitPerMinute` defaults high, out of a
 * test's way (the highest accounts allows is 100,000).
 */
export async function createPartnerKey(
  origin: string,
  scopes: readonly PartnerScopeName[],
  { name = `Test app ${scopes.join(' ')}`, rateLimitPerMinute = 100_000 } = {},
): Promise<string> {
  const admin = await signInAs(origin, 'ADMIN');
  const created = await postGraphQL<{ createApiClient: { apiKey: string } }>(
    `${origin}/graphql`,
    'mutation Create($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
    { input: { name, contactEmail: 'partner-app@example.org', scopes, rateLimitPerMinute } },
    { headers: admin },
  );
  const key = created.data?.createApiClient.apiKey;
  if (!key) throw new Error(`creating an API client failed: ${JSON.stringify(created.errors)}`);
  return key;
}
