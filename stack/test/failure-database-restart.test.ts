import { createScratchDatabase } from '@civicgraph/platform';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LiveConnection, type LiveSubscription } from '../src/live-client';
import { query } from '../src/outbox-rows';
import { changePriority, openWorkOrders } from '../src/priority-changes';
import { RestartablePostgres } from '../src/restartable-postgres';
import { type SeededProcessStack, startSeededProcessStack } from '../src/seeded-process-stack';
import { type LoadOutcome, SteadyLoad } from '../src/steady-load';
import { signInAs } from '../src/testing';

// The database restarted under load. Every subgraph and the gateway run as their own
// processes on a PostgreSQL of this test's own; while queries keep coming and a
// subscription is open, PostgreSQL stops, then starts again on the same port. While
// it is down every request fails cleanly and at once (a structured error, never a
// hang, an HTML 500 or a process that dies); once it is back the same processes
// serve again, and a change made then reaches the subscription opened before.

/** Generous: a request unanswered this long has hung (CI machines are slow and shared). */
const HANG_MS = 20_000;

let postgres: RestartablePostgres | undefined;
let stack: SeededProcessStack | undefined;
let connection: LiveConnection | undefined;
let load: SteadyLoad | undefined;
let dispatcher: Record<string, string>;

beforeAll(async () => {
  postgres = await RestartablePostgres.start();
  const database = await createScratchDatabase(postgres.url, 'cg_restart');
  stack = await startSeededProcessStack({
    city: { seed: 55, requests: 30, now: new Date('2026-11-20T15:00:00Z') },
    // The whole server goes with the test: nothing to drop.
    database: { url: database.url, drop: async () => {} },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await load?.stop();
  await connection?.close();
  await stack?.close();
  await postgres?.destroy();
});

const federated = `{
  workOrders(first: 5) { edges { node { number priority department { code } asset { tag } } } }
}`;

/** The error codes of an answer: one per error, '' where an error has none. */
function codesOf(outcome: LoadOutcome): string[] {
  return (outcome.body?.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
}

/** Outcomes by phase, e.g. `down: 503 SERVICE_UNAVAILABLE ×12, 200 SERVICE_UNAVAILABLE ×30`. */
function summary(outcomes: LoadOutcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    const key = `${o.phase}: ${o.status || o.failure} ${[...new Set(codesOf(o))].join('+') || 'ok'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} ×${count}`).join('; ');
}

/** Client processes of the test's database LISTENing now, by application name. */
async function listeners(): Promise<string[]> {
  const { rows } = await query<{ name: string }>(
    stack!.databaseUrl,
    `select application_name as name from pg_stat_activity
      where datname = current_database() and query ilike 'listen %' order by 1`,
  );
  return rows.map((row) => row.name);
}

function processes() {
  return [...Object.values(stack!.subgraphs), ...stack!.gateways];
}

it('fails cleanly while PostgreSQL is down, and recovers by itself once it is back', async () => {
  const running = stack!;
  const pids = processes().map((p) => p.child.pid);
  const [workOrder] = await openWorkOrders(running.url, dispatcher, 1);
  expect(await listeners()).toEqual(['civicgraph-datasets-publisher', 'civicgraph-gateway-outbox']);

  connection = new LiveConnection({
    origin: running.url,
    connectionParams: { authorization: dispatcher.authorization },
  });
  const subscription: LiveSubscription = connection.subscribe(
    'subscription { workOrderChanged { eventId workOrder { number priority } } }',
  );
  // Live for certain before the outage: it has delivered a change.
  await expect
    .poll(
      async () => {
        await changePriority(running.url, dispatcher, workOrder!);
        return subscription.payloads.length > 0;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);

  load = new SteadyLoad({
    url: `${running.url}/graphql`,
    query: federated,
    headers: dispatcher,
    concurrency: 3,
    hangMs: HANG_MS,
  });
  await expect.poll(() => load!.during('start').length, { timeout: 30_000 }).toBeGreaterThan(5);
  for (const outcome of load.during('start')) expect(codesOf(outcome)).toEqual([]);

  load.phase = 'stopping';
  await postgres!.stop();
  load.phase = 'down';
  await expect.poll(() => load!.during('down').length, { timeout: 30_000 }).toBeGreaterThan(10);

  // Every process is still up; /health says the database is what is missing.
  for (const process of processes()) {
    expect(process.running, `${process.name}:\n${process.output}`).toBe(true);
  }
  const health = await fetch(`${running.url}/health`);
  expect(health.status).toBe(503);
  // Each subgraph's own check fails on its database, and the gateway's outbox read.
  expect(await health.json()).toMatchObject({
    status: 'unavailable',
    checks: {
      accounts: 'unavailable',
      assets: 'unavailable',
      requests: 'unavailable',
      datasets: 'unavailable',
      outbox: 'unavailable',
    },
  });

  load.phase = 'restarting';
  await postgres!.restart();
  const restartedAt = performance.now();
  load.phase = 'back';
  // The pools recover on their own: a request that succeeds, and then only those.
  await expect
    .poll(() => load!.during('back').some((o) => o.status === 200 && codesOf(o).length === 0), {
      timeout: 60_000,
    })
    .toBe(true);
  const recoveredMs = Math.round(performance.now() - restartedAt);
  load.phase = 'recovered';
  await expect
    .poll(() => load!.during('recovered').length, { timeout: 30_000 })
    .toBeGreaterThan(10);
  await load.stop();
  console.info(`requests through the restart, by phase: ${summary(load.outcomes)}`);
  const slowestDown = Math.max(...load.during('down').map((o) => o.ms));
  console.info(
    `slowest answer while down: ${slowestDown} ms; first full answer ${recoveredMs} ms after PostgreSQL accepted connections again`,
  );

  for (const outcome of load.outcomes) {
    // Answered (never hung, never cut), as JSON: no HTML error page, no empty 500.
    expect(outcome.failure, outcome.phase).toBeNull();
    expect(outcome.contentType).toContain('application/json');
    expect([200, 503]).toContain(outcome.status);
    if (outcome.status === 503) expect(codesOf(outcome).length).toBeGreaterThan(0);
    // Every error names what it is: SERVICE_UNAVAILABLE, not a bug's INTERNAL_SERVER_ERROR.
    for (const code of codesOf(outcome)) expect(code, outcome.phase).toBe('SERVICE_UNAVAILABLE');
  }
  const down = load.during('down');
  for (const outcome of down) expect(codesOf(outcome).length).toBeGreaterThan(0);
  for (const outcome of load.during('recovered')) {
    expect(outcome.status).toBe(200);
    expect(codesOf(outcome)).toEqual([]);
  }

  // The same processes, none restarted.
  expect(processes().map((p) => p.child.pid)).toEqual(pids);
  for (const process of processes()) expect(process.running, process.name).toBe(true);

  // Both outbox readers LISTEN again, and a change made now reaches the subscription
  // opened before the restart, on its connection of then.
  await expect
    .poll(listeners, { timeout: 30_000 })
    .toEqual(['civicgraph-datasets-publisher', 'civicgraph-gateway-outbox']);
  const delivered = subscription.payloads.length;
  await changePriority(running.url, dispatcher, workOrder!);
  const [, after] = await subscription.received(delivered + 1, 30_000).then((p) => [p, p.at(-1)]);
  expect(after).toMatchObject({
    data: { workOrderChanged: { workOrder: { priority: workOrder!.priority } } },
  });
  expect(connection.closed).toBeNull();
  expect((await fetch(`${running.url}/health`)).status).toBe(200);
});
