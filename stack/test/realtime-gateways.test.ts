import type { RunningGateway } from '@civicgraph/gateway';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { LiveConnection } from '../src/live-client';
import { newestOutboxId, outboxIds } from '../src/outbox-rows';
import { changePriority, openWorkOrders } from '../src/priority-changes';
import { signInAs, startAnotherGateway, startSeededStack } from '../src/testing';

// Two gateways on one database, as a scaled-out deployment runs them: each has its own
// LISTEN connection and feed, and neither knows of the other. A change written through
// either reaches the subscribers of both, each once.

let stack: RunningStack;
let second: RunningGateway | undefined;
let dispatcher: Record<string, string>;
const connections: LiveConnection[] = [];

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 8, requests: 60, now: new Date('2026-11-20T15:00:00Z') },
  });
  second = await startAnotherGateway(stack);
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  await second?.close();
  await stack?.close();
});

const WORK_ORDER_CHANGES = `subscription Changes($after: ID) {
  workOrderChanged(after: $after) { eventId action workOrder { id priority } }
}`;

function connect(origin: string) {
  const connection = new LiveConnection({
    origin,
    connectionParams: { authorization: dispatcher.authorization },
  });
  connections.push(connection);
  return connection;
}

it('delivers a change made through either gateway to the subscribers of both, each once', async () => {
  const origins = [stack.url, second!.url.replace(/\/graphql$/, '')];
  expect(second!.realtime?.listenerPid()).not.toBe(stack.gateway.realtime?.listenerPid());
  // Subscribed from the newest event now: the subscriptions need not be open yet
  // when the writes commit, and no earlier event comes along.
  const start = await newestOutboxId(stack.databaseUrl);
  const subscribers = origins.flatMap((origin) => [
    connect(origin).subscribe(WORK_ORDER_CHANGES, { after: start }),
    connect(origin).subscribe(WORK_ORDER_CHANGES, { after: start }),
  ]);
  const [first, other] = await openWorkOrders(stack.url, dispatcher, 2);

  await changePriority(origins[0]!, dispatcher, first!);
  await changePriority(origins[1]!, dispatcher, other!);
  // A third change: payloads come in id order, so one that arrives after it shows
  // that no copy of the first two is still on its way.
  await changePriority(origins[1]!, dispatcher, first!);

  const written = await outboxIds(stack.databaseUrl, start, "entity_type = 'WORK_ORDER'");
  expect(written).toHaveLength(3);
  for (const subscriber of subscribers) {
    const payloads = await subscriber.received(3);
    expect(subscriber.eventIds()).toEqual(written);
    expect(payloads.map((p) => p.data?.workOrderChanged)).toEqual([
      {
        eventId: written[0],
        action: 'PRIORITY',
        workOrder: { id: first!.id, priority: expect.any(String) },
      },
      {
        eventId: written[1],
        action: 'PRIORITY',
        workOrder: { id: other!.id, priority: other!.priority },
      },
      {
        eventId: written[2],
        action: 'PRIORITY',
        workOrder: { id: first!.id, priority: first!.priority },
      },
    ]);
  }
  // Each gateway read the three from the outbox itself.
  for (const gateway of [stack.gateway, second!]) {
    expect(gateway.realtime?.stats().feed.newest).toBe(written[2]);
  }
});
