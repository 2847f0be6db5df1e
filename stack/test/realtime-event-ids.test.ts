import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { LiveConnection } from '../src/live-client';
import { newestOutboxId, outboxIds, query } from '../src/outbox-rows';
import { changePriority, openWorkOrders } from '../src/priority-changes';
import { signInAs, startSeededStack } from '../src/testing';

// Event ids are bigints: past 2^53 a JS number rounds them (2^53 + 1 reads as 2^53),
// and a reader that compared rounded ids would read the same row again and again
// without passing it. The gateway keeps them exact, as text and bigint.

let stack: RunningStack;
let connection: LiveConnection | undefined;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 17, requests: 20, now: new Date('2026-11-20T15:00:00Z') },
  });
});

afterAll(async () => {
  await connection?.close();
  await stack?.close();
});

it('delivers events whose ids are past 2^53 exactly, each once', async () => {
  const dispatcher = await signInAs(stack.url, 'DISPATCHER');
  const twoTo53 = (2n ** 53n).toString();
  const start = await newestOutboxId(stack.databaseUrl);
  // The next id the outbox draws is 2^53 + 1.
  await query(
    stack.databaseUrl,
    `select setval(pg_get_serial_sequence('requests.outbox_events', 'id'), $1::bigint)`,
    [twoTo53],
  );
  connection = new LiveConnection({
    origin: stack.url,
    connectionParams: { authorization: dispatcher.authorization },
  });
  const live = connection.subscribe(
    'subscription ($after: ID) { workOrderChanged(after: $after) { eventId } }',
    { after: start },
  );
  const [workOrder] = await openWorkOrders(stack.url, dispatcher, 1);
  await changePriority(stack.url, dispatcher, workOrder!);
  await changePriority(stack.url, dispatcher, workOrder!);

  const written = await outboxIds(stack.databaseUrl, twoTo53);
  expect(written).toEqual(['9007199254740993', '9007199254740994']);
  await live.received(2);
  expect(live.eventIds()).toEqual(written);
});
