import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { createDatabase } from '@civicgraph/platform';
import { signInAs, startSeededStack } from '@civicgraph/stack/testing';
import { CompiledQuery } from 'kysely';
import { benchDatabase } from './bench-database';
import { ChangeTargets } from './change-targets';
import { LiveLoadProcess } from './live-load-process';
import type { LiveConnectionPlan } from './live-load-protocol';
import { percentile } from './load';
import {
  entityGroupsOf,
  nearSubscribers,
  SELECTIONS,
  spreadSelections,
} from './subscription-plans';

// `pnpm bench:subscriptions [changes] [comparison events]`: 1,000 graphql-ws
// subscribers of workOrderChanged on the demo city, and what one change costs to
// deliver to all of them: latency from the change's committed answer to each
// subscriber's payload, deliveries per second, and the gateway's entity queries and
// payloads per event against the number of subscription groups. Then the same events
// to 1,000 subscribers in one group and in a group each: what grouping saves.
// The stack runs in this process (its counters are read here); the subscribers and
// the changes run in a process of their own (live-load.ts), on one clock.
const CHANGES = Number(process.argv[2] ?? 200);
const COMPARISON_EVENTS = Number(process.argv[3] ?? 10);
const BURST = Math.round(CHANGES / 2);
const CONNECTIONS = 20;
const PER_CONNECTION = 50;
const SUBSCRIBERS = CONNECTIONS * PER_CONNECTION;
const PACED_MILLISECONDS = 20;
/** Light load: the latency of a change when delivery keeps up (1,000 × 4 events/s). */
const LIGHT_CHANGES = 20;
const LIGHT_MILLISECONDS = 250;
const COMPARISON_MILLISECONDS = 100;
const CITY = { seed: 311, requests: 5000, now: new Date() };
const PRINCIPALS = ['DISPATCHER', 'SUPERVISOR', 'ADMIN', 'ANALYST', 'FIELD_WORKER'] as const;

interface PhaseSpec {
  name: string;
  changes: number;
  intervalMilliseconds: number;
  /** Warm-up: measured, not reported. */
  warmUp?: boolean;
}

interface PhaseRow {
  case: string;
  phase: string;
  subscribers: number;
  groups: number;
  groupsSelectingEntity: number;
  events: number;
  failedChanges: number;
  deliveriesExpected: number;
  deliveriesReceived: number;
  /** Deliveries whose event was not one of the phase's changes (none expected). */
  unmatched: number;
  payloadsWithErrors: number;
  latencyMs: { p50: number; p99: number; max: number };
  deliveriesPerSecond: number;
  entityQueriesPerEvent: number;
  payloadsPerEvent: number;
}

/** `changes` changes, one every `every` ms, or all at once (0). */
const phase = (changes: number, every: number): PhaseSpec => ({
  name: every === 0 ? `burst of ${changes}` : `${changes} paced (1 / ${every} ms)`,
  changes,
  intervalMilliseconds: every,
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await wait(50);
  }
}

const startedAt = new Date();
const loadBefore = loadavg()[1]!;
const database = await benchDatabase('cg_bench_live');
const rows: PhaseRow[] = [];
// Seeds the database; closing the stack (or failing to start it) drops the database.
const stack = await startSeededStack({
  city: CITY,
  database,
  realtime: { maxSubscriptionsPerConnection: PER_CONNECTION },
});
const outbox = createDatabase({ url: database.url, schema: 'requests', poolMax: 1 });
try {
  const realtime = stack.gateway.realtime!;
  const sessions = await Promise.all(
    PRINCIPALS.map(async (role) => (await signInAs(stack.url, role)).authorization!),
  );
  const dispatcher = sessions[0]!;
  const targets = await ChangeTargets.read(stack.url, dispatcher, Math.max(CHANGES + BURST, 100));
  const near = targets.circle();

  /** Every event after `after`: event id → `workOrderId@version`. */
  const eventIdsAfter = async (after: string) => {
    // One column: the database helper maps column names to camelCase.
    const { rows: events } = await outbox.executeQuery<{ id: string; change: string }>(
      CompiledQuery.raw(
        `select id::text as id, entity_id || '@' || entity_version as change
             from requests.outbox_events where id > $1`,
        [after],
      ),
    );
    return new Map(events.map((e) => [e.id, e.change]));
  };

  const measure = async (
    load: LiveLoadProcess,
    name: string,
    spec: PhaseSpec,
    groupsSelectingEntity: number,
  ) => {
    const before = realtime.stats();
    const result = await load.change(
      {
        name: spec.name,
        targets: targets.take(spec.changes),
        intervalMilliseconds: spec.intervalMilliseconds,
      },
      dispatcher,
    );
    targets.update(result.commits);
    const after = realtime.stats();
    const events = await eventIdsAfter(before.feed.newest);
    const answeredAt = new Map(result.commits.map((c) => [`${c.id}@${c.version}`, c.answeredAt]));
    const latencies: number[] = [];
    let unmatched = 0;
    for (const [eventId, times] of Object.entries(result.deliveries)) {
      const committed = answeredAt.get(events.get(eventId) ?? '');
      if (committed === undefined) unmatched += times.length;
      else for (const at of times) latencies.push(at - committed);
    }
    latencies.sort((a, b) => a - b);
    const eventCount = result.commits.length;
    const row: PhaseRow = {
      case: name,
      phase: spec.name,
      subscribers: before.subscribers,
      groups: before.groups,
      groupsSelectingEntity,
      events: eventCount,
      failedChanges: result.failedChanges.length,
      deliveriesExpected: result.expected,
      deliveriesReceived: result.received,
      unmatched,
      payloadsWithErrors: result.payloadsWithErrors,
      latencyMs: {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? 0,
      },
      deliveriesPerSecond:
        result.received / ((result.lastDeliveryAt - result.firstSentAt) / 1000 || 1),
      entityQueriesPerEvent: (after.entityQueries - before.entityQueries) / (eventCount || 1),
      payloadsPerEvent: (after.payloads - before.payloads) / (eventCount || 1),
    };
    if (result.failedChanges.length > 0) console.warn(result.failedChanges.slice(0, 3));
    if (!spec.warmUp) {
      rows.push(row);
      console.log(
        `${name} / ${spec.name}`.padEnd(48),
        `groups ${row.groups}`.padEnd(12),
        `p50 ${row.latencyMs.p50.toFixed(1)} ms`.padEnd(15),
        `p99 ${row.latencyMs.p99.toFixed(1)} ms`.padEnd(16),
        `${Math.round(row.deliveriesPerSecond)}/s`.padEnd(9),
        `entity queries/event ${row.entityQueriesPerEvent.toFixed(2)}`,
        `payloads/event ${row.payloadsPerEvent.toFixed(2)}`,
        `received ${row.deliveriesReceived}/${row.deliveriesExpected}`,
      );
    }
  };

  const scenario = async (
    name: string,
    plan: LiveConnectionPlan[],
    groupsSelectingEntity: number,
    phases: PhaseSpec[],
  ) => {
    const load = new LiveLoadProcess();
    try {
      await load.open(stack.url, plan);
      const subscribers = plan.reduce((n, c) => n + c.subscriptions.length, 0);
      await until(() => realtime.stats().subscribers === subscribers, 'every subscription');
      for (const spec of phases) await measure(load, name, spec, groupsSelectingEntity);
    } finally {
      await load.close();
      await until(() => realtime.stats().subscribers === 0, 'subscribers to leave', 30_000);
    }
  };

  const light = phase(LIGHT_CHANGES, LIGHT_MILLISECONDS);
  const paced = phase(CHANGES, PACED_MILLISECONDS);
  const burst = phase(BURST, 0);
  await scenario(
    '4 selections, one dispatcher',
    spreadSelections([dispatcher], CONNECTIONS, PER_CONNECTION),
    entityGroupsOf(1),
    [{ ...phase(20, PACED_MILLISECONDS), warmUp: true }, light, paced, burst],
  );
  await scenario(
    `4 selections × ${PRINCIPALS.length} principals`,
    spreadSelections(sessions, CONNECTIONS, PER_CONNECTION),
    entityGroupsOf(PRINCIPALS.length),
    [light, paced, burst],
  );
  const comparison = phase(COMPARISON_EVENTS, COMPARISON_MILLISECONDS);
  await scenario(
    'one group (same near filter)',
    nearSubscribers(dispatcher, CONNECTIONS, PER_CONNECTION, near, false),
    1,
    [comparison],
  );
  await scenario(
    'a group each (radius differs per subscriber)',
    nearSubscribers(dispatcher, CONNECTIONS, PER_CONNECTION, near, true),
    SUBSCRIBERS,
    [comparison],
  );
} finally {
  await outbox.destroy();
  await stack.close();
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryMB: Math.round(totalmem() / 2 ** 20),
  node: process.version,
  os: `${process.platform} ${process.arch}`,
};
const ms = (value: number) => value.toFixed(1);
const ratio = (a: number, b: number) => {
  if (b === 0) return '–';
  const r = a / b;
  return r >= 10 ? r.toFixed(0) : r.toPrecision(2);
};
const [one, own] = rows.slice(-2) as [PhaseRow, PhaseRow];
const table = rows.map(
  (r) =>
    `| ${r.case} | ${r.phase} | ${r.groups} (${r.groupsSelectingEntity}) | ${r.events} | ${r.deliveriesReceived}/${r.deliveriesExpected} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p99)} | ${ms(r.latencyMs.max)} | ${Math.round(r.deliveriesPerSecond)} | ${r.entityQueriesPerEvent.toFixed(2)} | ${r.payloadsPerEvent.toFixed(2)} |`,
);
const report = `# Subscriptions: 1,000 subscribers of workOrderChanged (${startedAt.toISOString().slice(0, 10)})

Written by \`pnpm bench:subscriptions\`. Machine: ${machine.cpus} × ${machine.cpuModel},
${machine.memoryMB} MB, Node ${machine.node}; ${database.server}. Demo city (${CITY.requests.toLocaleString('en')}
requests). The stack runs in the benchmark's process; ${SUBSCRIBERS.toLocaleString('en')} subscribers
(${CONNECTIONS} graphql-ws connections × ${PER_CONNECTION}) and the changes (priority changes
through the gateway's HTTP API, each on another open work order) run in a second process on
the same machine. Load average (5 min) at the start ${loadBefore.toFixed(1)}, at the end
${loadavg()[1]!.toFixed(1)}. Ratios compare on one machine; absolute times do not travel.

Latency: from the moment the change's HTTP answer arrived (its transaction has committed) to
the moment a subscriber's payload for that event arrived, both read in the load process;
over every delivery. A payload can arrive before the answer that reported the change
(NOTIFY fires at commit), so small values can be negative. Deliveries per second: all
deliveries over the time from the first change sent to the last delivery; one change every
${PACED_MILLISECONDS} ms to ${SUBSCRIBERS.toLocaleString('en')} subscribers asks for ${((SUBSCRIBERS * 1000) / PACED_MILLISECONDS).toLocaleString('en')} a second, one every ${LIGHT_MILLISECONDS} ms
for ${((SUBSCRIBERS * 1000) / LIGHT_MILLISECONDS).toLocaleString('en')}: where the rate falls short of the ask, latency is mostly queueing. Entity queries
and payloads per event: the gateway's counters (\`stats()\`) over the phase, per change.
Groups: subscription groups on the gateway (those reading the work order in brackets).

Selections: ${SELECTIONS.map((s) => `${s.name} (\`${s.query.replace(/^subscription \{ workOrderChanged \{ | \} \}$/g, '')}\`)`).join('; ')}.

| case | changes | groups (reading the work order) | events | deliveries | p50 ms | p99 ms | max ms | deliveries/s | entity queries/event | payloads/event |
|---|---|---|---|---|---|---|---|---|---|---|
${table.join('\n')}

Grouping, the same ${COMPARISON_EVENTS} events to ${SUBSCRIBERS.toLocaleString('en')} subscribers of one document
(\`workOrder { number status priority }\` with a \`near\` filter holding every changed work
order): in one group, the gateway ran ${one.entityQueriesPerEvent.toFixed(0)} entity query per event; with a group
each, ${own.entityQueriesPerEvent.toFixed(0)} (× ${ratio(own.entityQueriesPerEvent, one.entityQueriesPerEvent)}); p99 × ${ratio(own.latencyMs.p99, one.latencyMs.p99)}, deliveries per second
× ${ratio(own.deliveriesPerSecond, one.deliveriesPerSecond)}.
`;
console.log(`\n${report}`);
const results = new URL('../results/', import.meta.url);
await mkdir(results, { recursive: true });
await writeFile(new URL('subscriptions.md', results), report);
await writeFile(
  new URL('subscriptions.json', results),
  `${JSON.stringify(
    {
      date: startedAt.toISOString(),
      machine,
      database: database.server,
      city: { seed: CITY.seed, requests: CITY.requests },
      subscribers: SUBSCRIBERS,
      connections: CONNECTIONS,
      loadAverage: { start: loadBefore, end: loadavg()[1] },
      rows,
    },
    null,
    2,
  )}\n`,
);
