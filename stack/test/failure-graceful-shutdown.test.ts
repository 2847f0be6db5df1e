import { type GraphQLResponse, postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LiveConnection } from '../src/live-client';
import { changePriority, openWorkOrders } from '../src/priority-changes';
import { type SeededProcessStack, startSeededProcessStack } from '../src/seeded-process-stack';
import type { ServiceProcess } from '../src/service-process';
import { TableLock } from '../src/table-lock';
import { signInAs } from '../src/testing';

// Graceful shutdown under load, process by process: SIGTERM reaches a subgraph, then
// the gateway, while requests are in flight through it, held there by a lock on the
// table they read, so they are in flight for certain. The requests still finish with
// 200, the gateway's subscriptions are closed with a code and a reason (not cut), and
// the process exits 0: before its own deadline (platform/src/server/shutdown.ts),
// which would exit 1.

/** Generous: the process's own deadline is 15 s, and CI machines are slow. */
const EXIT_BOUND_MS = 30_000;
const IN_FLIGHT = 4;

let stack: SeededProcessStack;
let dispatcher: Record<string, string>;
const connections: LiveConnection[] = [];
let lock: TableLock | undefined;

beforeAll(async () => {
  stack = await startSeededProcessStack({
    city: { seed: 34, requests: 40, now: new Date('2026-11-20T15:00:00Z') },
    // The overdue scan reads work orders too: kept out of the locked table's queue.
    // Room in the pools for every request held in flight at once.
    env: { OVERDUE_SCAN_SECONDS: '3600', DB_POOL_MAX: String(IN_FLIGHT + 2) },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await lock?.release();
  await Promise.all(connections.map((c) => c.close()));
  await stack?.close();
});

/** What the held requests ask, by the table they wait on, and whose statements wait. */
interface HeldRead {
  table: string;
  applicationName: string;
  query: string;
  /** The connection's field in the answer: it must come back with 5 edges. */
  field: string;
}

const WORK_ORDERS: HeldRead = {
  table: 'requests.work_orders',
  applicationName: 'civicgraph-requests',
  query: '{ workOrders(first: 5) { edges { node { number } } } }',
  field: 'workOrders',
};
const ASSETS: HeldRead = {
  table: 'assets.assets',
  applicationName: 'civicgraph-assets',
  query: '{ assets(first: 5) { edges { node { tag } } } }',
  field: 'assets',
};

type Answer = GraphQLResponse<Record<string, { edges: unknown[] }>>;

/** IN_FLIGHT requests through the gateway, each waiting on the lock in the subgraph. */
async function holdRequestsInFlight(read: HeldRead): Promise<Promise<Answer>[]> {
  lock = await TableLock.take(stack.databaseUrl, read.table);
  // Named apart: the gateway sends identical reads in flight at once only once, and
  // the subgraph's call names carry the operation's name.
  const answers = Array.from({ length: IN_FLIGHT }, (_, i) =>
    postGraphQL<Record<string, { edges: unknown[] }>>(
      stack.gatewayUrls[0]!,
      `query Held${i} ${read.query}`,
      {},
      {
        headers: dispatcher,
      },
    ),
  );
  await expect
    .poll(() => lock!.waiting(read.applicationName), { timeout: 30_000, interval: 100 })
    .toBeGreaterThanOrEqual(IN_FLIGHT);
  return answers;
}

async function exitCodeWithin(process: ServiceProcess, ms: number): Promise<number | null> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${process.name} still runs after ${ms} ms`)), ms);
  });
  try {
    const code = await Promise.race([process.exited, bound]);
    // A figure to read, not to assert on: the bound above only tells "exited" from "hung".
    console.info(
      `${process.name} exited ${Math.round(performance.now() - started)} ms after its held requests were answered`,
    );
    return code;
  } finally {
    clearTimeout(timer);
  }
}

function expectFullAnswers(answers: Answer[], read: HeldRead) {
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data![read.field]!.edges).toHaveLength(5);
  }
}

it('a subgraph finishes the requests in flight to it and exits 0', async () => {
  const assets = stack.subgraphs.assets;
  const answers = await holdRequestsInFlight(ASSETS);
  assets.child.kill('SIGTERM');
  // Draining: the held requests keep it up until the lock goes.
  await expect.poll(() => assets.output.includes('shutting down'), { timeout: 30_000 }).toBe(true);
  expect(assets.running).toBe(true);
  await lock!.release();

  expectFullAnswers(await Promise.all(answers), ASSETS);
  expect(await exitCodeWithin(assets, EXIT_BOUND_MS)).toBe(0);
  expect(assets.output).not.toContain('shutdown did not finish in time');
});

it('a gateway finishes its in-flight requests, closes its subscriptions with a reason, and exits 0', async () => {
  const gateway = stack.gateways[0]!;
  const origin = (await gateway.ready).replace(/\/graphql$/, '');
  const [workOrder] = await openWorkOrders(stack.url, dispatcher, 1);
  const subscriptions = Array.from({ length: 2 }, () => {
    const connection = new LiveConnection({
      origin,
      connectionParams: { authorization: dispatcher.authorization },
    });
    connections.push(connection);
    return {
      connection,
      subscription: connection.subscribe(
        'subscription { workOrderChanged { eventId workOrder { number priority } } }',
      ),
    };
  });
  // Live for certain: each has delivered an event before the signal.
  await expect
    .poll(
      async () => {
        await changePriority(stack.url, dispatcher, workOrder!);
        return subscriptions.every(({ subscription }) => subscription.payloads.length > 0);
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);

  const answers = await holdRequestsInFlight(WORK_ORDERS);
  gateway.child.kill('SIGTERM');
  const closes = await Promise.all(subscriptions.map(({ connection }) => connection.whenClosed()));
  for (const closed of closes) {
    // 1001: the server is going away; a client reconnects (elsewhere) with its last id.
    expect(closed.code).toBe(1001);
    expect(closed.reason).toMatch(/shutting down.*last event id/);
  }
  // Still draining, not gone: the held requests keep it up.
  expect(gateway.running).toBe(true);
  await lock!.release();

  expectFullAnswers(await Promise.all(answers), WORK_ORDERS);
  expect(await exitCodeWithin(gateway, EXIT_BOUND_MS)).toBe(0);
  expect(gateway.output).not.toContain('shutdown did not finish in time');
});
