import { randomUUID } from 'node:crypto';
import {
  DEFAULT_CITY_PROFILE,
  DEMO_PASSWORD,
  demoLoginEmail,
  loadCityProfile,
} from '@civicgraph/demo-city';
import { dataOf, postGraphQL, redisReachable } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveConnection } from '../src/live-client';
import { newestOutboxId, outboxIds } from '../src/outbox-rows';
import { changePriority, openWorkOrders } from '../src/priority-changes';
import { type SeededProcessStack, startSeededProcessStack } from '../src/seeded-process-stack';
import { createPartnerKey, signInAs } from '../src/testing';
import { RoundRobinBalancer } from './fixtures/round-robin-balancer';

// The scaled-out shape without containers: each subgraph and two gateways as OS
// processes of their own on one PostgreSQL, as compose or Kubernetes runs them. The
// gateways share nothing but the database (sessions, API keys, the outbox) and Redis
// (rate limits), so whatever one does, the other must honour.

const REDIS_URL = 'redis://127.0.0.1:6379';
const hasRedis = await redisReachable(REDIS_URL);
if (!hasRedis) console.warn(`Skipping the shared rate-limit case: no Redis at ${REDIS_URL}`);

let stack: SeededProcessStack | undefined;
let dispatcher: Record<string, string>;
const connections: LiveConnection[] = [];
const balancers: RoundRobinBalancer[] = [];
/** Whether the rolling restart's clients keep sending (afterAll stops them should the test fail). */
let loading = false;

/** Gateway `i`'s public origin (a restarted gateway keeps its port). */
const origin = (i: number) => stack!.gatewayUrls[i]!.replace(/\/graphql$/, '');

beforeAll(async () => {
  stack = await startSeededProcessStack({
    city: { seed: 14, requests: 60, now: new Date('2026-11-25T15:00:00Z') },
    gateways: 2,
    env: {
      ...(hasRedis ? { REDIS_URL } : {}),
      // This run's own counts: an earlier run's are still in Redis for a minute.
      RATE_LIMIT_KEY_PREFIX: `civicgraph-test:scaled-out:${randomUUID()}`,
      // A session ended through one gateway stops working on the other within this.
      SESSION_CACHE_SECONDS: '1',
      // Frugal with the shared server's connections (other suites run beside this one);
      // four clients' load needs no more.
      DB_POOL_MAX: '3',
      // Not within the run: the overdue scan would change work orders (and write events)
      // under the tests' feet, as startSeededStack's background option says.
      OVERDUE_SCAN_SECONDS: '86400',
    },
  });
  dispatcher = await signInAs(origin(0), 'DISPATCHER');
});

afterAll(async () => {
  loading = false;
  await Promise.all(connections.map((c) => c.close()));
  await Promise.all(balancers.map((b) => b.close()));
  await stack?.close();
});

/** Waits for `condition`; the generous bound only tells "happened" from "never happened". */
async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A raw POST, for what `postGraphQL` does not keep (headers). */
async function post(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: Record<string, unknown> }>;
    },
  };
}

const FEDERATED_QUERY = `{
  workOrders(first: 5, filter: { open: true }) {
    totalCount
    edges { node { number assignee { name } department { code } asset { tag } } }
  }
}`;

describe('queries through either gateway', () => {
  it('serves a session signed in on one gateway on the other, and ends it on both', async () => {
    const signedIn = dataOf(
      await postGraphQL<{ login: { accessToken: string; refreshToken: string } }>(
        `${origin(0)}/graphql`,
        'mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
        {
          input: {
            email: demoLoginEmail(
              'SUPERVISOR',
              loadCityProfile(DEFAULT_CITY_PROFILE).jurisdictionId,
            ),
            password: DEMO_PASSWORD,
          },
        },
      ),
    ).login;
    const session = { authorization: `Bearer ${signedIn.accessToken}` };
    const me = '{ me { role } }';
    for (const i of [0, 1]) {
      expect(
        dataOf(await postGraphQL(`${origin(i)}/graphql`, me, {}, { headers: session })),
      ).toEqual({ me: { role: 'SUPERVISOR' } });
    }
    const onA = dataOf(
      await postGraphQL(`${origin(0)}/graphql`, FEDERATED_QUERY, {}, { headers: dispatcher }),
    );
    const onB = dataOf(
      await postGraphQL(`${origin(1)}/graphql`, FEDERATED_QUERY, {}, { headers: dispatcher }),
    );
    expect(onB).toEqual(onA);
    expect((onA as { workOrders: { totalCount: number } }).workOrders.totalCount).toBeGreaterThan(
      0,
    );

    // Signed out through A: the token is still a well-signed JWT, but B asks accounts
    // about its session (once its short cache lapses) and refuses it.
    const ended = await postGraphQL(
      `${origin(0)}/graphql`,
      'mutation SignOut($input: LogoutInput!) { logout(input: $input) { sessionId } }',
      { input: { refreshToken: signedIn.refreshToken } },
      { headers: session },
    );
    expect(dataOf(ended)).toEqual({ logout: { sessionId: expect.any(String) } });
    await until(
      async () => (await post(`${origin(1)}/graphql`, me, session)).status === 401,
      'gateway B refuses the session ended through gateway A',
    );
  });

  it('takes a partner key on both gateways, and a made-up one on neither', async () => {
    const key = await createPartnerKey(origin(0), ['CATALOG_READ']);
    const services = '{ services { code } }';
    const answers = [];
    for (const i of [0, 1]) {
      const answer = await post(`${origin(i)}/graphql`, services, { 'x-api-key': key });
      expect(answer.status).toBe(200);
      answers.push(answer.body);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect((answers[0]!.data as { services: unknown[] }).services.length).toBeGreaterThan(0);

    const madeUp = `cgk_madeup00_${'m'.repeat(43)}`;
    for (const i of [0, 1]) {
      const refused = await post(`${origin(i)}/graphql`, services, { 'x-api-key': madeUp });
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('real time across gateways', () => {
  it('tells a subscriber on gateway B of a work-order change made through gateway A', async () => {
    const subscription = `subscription Changes($after: ID) {
      workOrderChanged(after: $after) { eventId action workOrder { id priority version } }
    }`;
    // From the newest event now: the subscription need not be open yet when the change commits.
    const start = await newestOutboxId(stack!.databaseUrl);
    const connection = new LiveConnection({
      origin: origin(1),
      connectionParams: { authorization: dispatcher.authorization },
    });
    connections.push(connection);
    const onB = connection.subscribe(subscription, { after: start });

    const [workOrder] = await openWorkOrders(origin(0), dispatcher, 1);
    await changePriority(origin(0), dispatcher, workOrder!);

    const written = await outboxIds(stack!.databaseUrl, start, "entity_type = 'WORK_ORDER'");
    expect(written).toHaveLength(1);
    const [payload] = await onB.received(1);
    expect(payload?.data?.workOrderChanged).toEqual({
      eventId: written[0],
      action: 'PRIORITY',
      workOrder: { id: workOrder!.id, priority: workOrder!.priority, version: workOrder!.version },
    });
  });
});

describe.skipIf(!hasRedis)('a rate limit shared through Redis', () => {
  it('refuses a partner once its one limit is spent across both gateways, not at twice it', async () => {
    const limit = 4;
    // A new client (an id of this run's) with a small allowance of its own.
    const key = await createPartnerKey(origin(0), ['CATALOG_READ'], {
      name: `Rate test ${randomUUID()}`,
      rateLimitPerMinute: limit,
    });
    const answers = [];
    for (const i of [0, 1, 0, 1, 0, 1]) {
      answers.push(
        await post(`${origin(i)}/graphql`, '{ services { code } }', { 'x-api-key': key }),
      );
    }
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 429, 429]);
    for (const refused of answers.slice(limit)) {
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        limit,
        retryAfterSeconds: retryAfter,
      });
    }
  });
});

describe('a rolling restart behind a balancer', () => {
  // Two restarts of a gateway run from TypeScript source take a while on a loaded machine.
  it('restarts each gateway in turn without failing a request', { timeout: 180_000 }, async () => {
    const targets = [origin(0), origin(1)];
    const balancer = await RoundRobinBalancer.start(targets);
    balancers.push(balancer);
    const failures: string[] = [];
    let succeeded = 0;
    loading = true;
    const body = JSON.stringify({ query: FEDERATED_QUERY });
    // A few clients looping a federated query, as the console's users would.
    const client = async () => {
      while (loading) {
        try {
          const response = await fetch(`${balancer.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...dispatcher },
            body,
          });
          const text = await response.text();
          // A proxy's own refusal (502) is not JSON: the text says what went wrong.
          const failed =
            response.status !== 200 || (JSON.parse(text) as { errors?: unknown }).errors;
          if (failed) failures.push(`${response.status} ${text}`);
          else succeeded++;
        } catch (error) {
          failures.push(String(error));
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    const servedSince = (mark: Map<string, number>, target: string) =>
      balancer.served.get(target)! - mark.get(target)!;

    try {
      let mark = new Map(balancer.served);
      await until(
        () => targets.every((t) => servedSince(mark, t) >= 10),
        'both gateways serve the load',
      );
      for (const [i, target] of targets.entries()) {
        // Out of rotation while it has requests in flight, and none half-sent (a request
        // the balancer had routed there but not yet written would race the signal, as
        // one does when a Service's endpoints lag behind a pod's SIGTERM): its drain
        // must finish them.
        await until(
          () => balancer.inFlight.get(target)! > 0 && balancer.sending.get(target) === 0,
          `a request in flight to gateway ${i}`,
        );
        balancer.remove(target);
        const inFlight = balancer.inFlight.get(target)!;
        expect(inFlight).toBeGreaterThan(0);
        const stopping = stack!.gateways[i]!;
        // SIGTERM, wait for it to exit, start it again on its port and wait until it listens.
        await stack!.restart(stopping);
        // Its drain finished in time: it did not exit on the second signal or the deadline.
        expect(await stopping.exited).toBe(0);
        console.info(`gateway ${i} restarted (${inFlight} request(s) in flight at SIGTERM)`);
        balancer.add(target);
        mark = new Map(balancer.served);
        await until(() => servedSince(mark, target) >= 10, `gateway ${i} serves again`);
      }
      mark = new Map(balancer.served);
      await until(
        () => targets.every((t) => servedSince(mark, t) >= 10),
        'both gateways serve the load after the restarts',
      );
    } finally {
      loading = false;
      await Promise.all(clients);
    }
    console.info(`${succeeded} requests through the rolling restart, ${failures.length} failed`);
    expect(failures).toEqual([]);
    expect(succeeded).toBeGreaterThan(0);
  });
});
