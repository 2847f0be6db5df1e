import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { GatewayProcess } from '../src/gateway-process';
import { LiveConnection, type LiveSubscription } from '../src/live-client';
import { newestOutboxId, outboxIds } from '../src/outbox-rows';
import { changePriority, openWorkOrders, type TrackedWorkOrder } from '../src/priority-changes';
import { signInAs, startSeededStack } from '../src/testing';

// Failover: two gateway processes in front of the stack's subgraphs. Gateway A dies
// (SIGKILL: no goodbye, no close frame) while changes keep being written; its clients
// see the connection drop and resume on gateway B with the last event id each
// delivered. Each ends with exactly the outbox's events for its filter: none lost in
// the crash, none delivered twice.

let stack: RunningStack;
let gatewayA: GatewayProcess | undefined;
let gatewayB: GatewayProcess | undefined;
let dispatcher: Record<string, string>;
const connections: LiveConnection[] = [];

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 13, requests: 60, now: new Date('2026-11-20T15:00:00Z') },
  });
  const env = { OUTBOX_DATABASE_URL: stack.databaseUrl };
  gatewayA = new GatewayProcess(stack, { env });
  gatewayB = new GatewayProcess(stack, { env });
  await Promise.all([gatewayA.ready, gatewayB.ready]);
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  // SIGKILL: nothing may outlive the test, whatever state it left them in.
  await Promise.all([gatewayA?.stop('SIGKILL'), gatewayB?.stop('SIGKILL')]);
  await stack?.close();
});

async function originOf(gateway: GatewayProcess) {
  return (await gateway.ready).replace(/\/graphql$/, '');
}

function connect(origin: string, lastEventId?: string) {
  const connection = new LiveConnection({
    origin,
    connectionParams: {
      authorization: dispatcher.authorization,
      ...(lastEventId ? { lastEventId } : {}),
    },
  });
  connections.push(connection);
  return connection;
}

/** A subscriber as a client app keeps one: a filter, and how it resumes after a drop. */
interface Follower {
  name: string;
  /** The subscription; `$after` is the resume position when `resumeWith` is 'after'. */
  query: string;
  variables: Record<string, unknown>;
  resumeWith: 'after' | 'lastEventId';
  /** The outbox rows it must deliver (SQL over requests.outbox_events, `$2` = `value`). */
  condition: string;
  value?: string;
}

/** Changes round the work orders, every other one to `focus`, until told to stop. */
function keepWriting(focus: TrackedWorkOrder, others: TrackedWorkOrder[]) {
  let stopped = false;
  let written = 0;
  const writing = (async () => {
    while (!stopped) {
      const next = written % 2 === 0 ? focus : others[(written >> 1) % others.length]!;
      await changePriority(stack.url, dispatcher, next);
      written++;
    }
  })();
  return {
    get written() {
      return written;
    },
    async stop() {
      stopped = true;
      await writing;
    },
  };
}

it('resumes every client of a killed gateway on another, without a gap or a repeat', async () => {
  const [originA, originB] = await Promise.all([originOf(gatewayA!), originOf(gatewayB!)]);
  const [focus, ...others] = await openWorkOrders(stack.url, dispatcher, 5);
  const start = await newestOutboxId(stack.databaseUrl);
  const followers: Follower[] = [
    {
      name: 'all work orders',
      query: `subscription All($after: ID) {
        workOrderChanged(after: $after) { eventId action workOrder { number priority } }
      }`,
      variables: {},
      resumeWith: 'after',
      condition: "entity_type = 'WORK_ORDER'",
    },
    {
      name: "the focus work order's department",
      query: `subscription Department($department: ID!, $after: ID) {
        workOrderChanged(filter: { departmentId: $department }, after: $after) { eventId }
      }`,
      variables: { department: focus!.department.id },
      resumeWith: 'lastEventId',
      condition: `entity_type = 'WORK_ORDER'
        and (facts->>'departmentId' = $2 or facts->'previous'->>'departmentId' = $2)`,
      value: focus!.department.id,
    },
    {
      name: "the focus work order's request",
      query: `subscription Request($request: ID!, $after: ID) {
        serviceRequestChanged(id: $request, after: $after) { eventId action }
      }`,
      variables: { request: focus!.serviceRequest.id },
      resumeWith: 'after',
      condition: 'service_request_id = $2',
      value: focus!.serviceRequest.id,
    },
  ];

  const onA = followers.map((follower) => {
    const connection = connect(originA);
    return {
      connection,
      subscription: connection.subscribe(follower.query, { ...follower.variables, after: start }),
    };
  });
  const writer = keepWriting(focus!, others);
  try {
    // Mid-stream: every client has delivered some events, and more are being written.
    await Promise.all(onA.map(({ subscription }) => subscription.received(3)));
    expect(await gatewayA!.stop('SIGKILL')).toBeNull();
    const closes = await Promise.all(onA.map(({ connection }) => connection.whenClosed()));
    // 1006: the connection ended without a close frame.
    for (const closed of closes) expect(closed.code).toBe(1006);
    // Two whole writes while they are away, one of them to the focus work order: events
    // for every filter that only a resume from the last delivered id brings back.
    const killedAt = writer.written;
    await expect
      .poll(() => writer.written, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(killedAt + 3);

    const onB: LiveSubscription[] = followers.map((follower, index) => {
      const delivered = onA[index]!.subscription.eventIds();
      const last = delivered.at(-1)!;
      if (follower.resumeWith === 'lastEventId') {
        return connect(originB, last).subscribe(follower.query, follower.variables);
      }
      return connect(originB).subscribe(follower.query, { ...follower.variables, after: last });
    });
    // Changes written after the clients moved reach them on B.
    const resumedAt = writer.written;
    await Promise.all(onB.map((subscription) => subscription.received(1)));
    await expect.poll(() => writer.written, { timeout: 20_000 }).toBeGreaterThan(resumedAt + 4);
    await writer.stop();

    for (const [index, follower] of followers.entries()) {
      const expected = await outboxIds(
        stack.databaseUrl,
        start,
        follower.condition,
        follower.value ? [follower.value] : [],
      );
      const beforeKill = onA[index]!.subscription.eventIds();
      await onB[index]!.received(expected.length - beforeKill.length);
      const delivered = [...beforeKill, ...onB[index]!.eventIds()];
      expect(delivered, follower.name).toEqual(expected);
    }
  } finally {
    await writer.stop();
  }
});
