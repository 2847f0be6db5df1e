import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningStack } from '../src';
import { newestOutboxId, outboxIds, query } from '../src/outbox-rows';
import { changePriority, openWorkOrders } from '../src/priority-changes';
import { signInAs, startSeededStack } from '../src/testing';

// A client that stops reading while 10,000 events are written. The gateway sends each
// payload only once the socket has taken the one before (graphql-ws awaits each
// send, event-cursor.ts), so once the network's buffers are full the client's
// cursors stop and its backlog stays in the outbox. When it reads again, it gets
// every event, in order, each once, read back from the outbox.
//
// The subscriptions select the event's own fields, not the work order: 10,000 entity
// queries would take most of a minute, and what is under test is the delivery.

const EVENTS = 10_000;
/**
 * Live views the client keeps on its one connection (a dispatcher's dashboard). The
 * loopback's socket buffers took ~5 MB here (~22,000 of these ~230-byte messages)
 * before a client that reads nothing holds the gateway up: twelve views of 10,000
 * events make ~28 MB, far more than the buffers take, so the gateway must stop.
 */
const VIEWS = 12;
const QUERY = `subscription Changes($after: ID) {
  workOrderChanged(after: $after) { eventId type action changed occurredAt }
}`;

let stack: RunningStack;
let dispatcher: Record<string, string>;
let socket: WebSocket | undefined;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 30, now: new Date('2026-11-20T15:00:00Z') },
    // graphql-ws drops a client that answers no ping within the keep-alive; this one
    // reads nothing, pings included, while the events are written and sent.
    realtime: { keepAliveMilliseconds: 120_000 },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  socket?.terminate();
  await stack?.close();
});

/** What the client has received: event ids per subscription, and anything else. */
interface Received {
  eventIds: Map<string, string[]>;
  others: unknown[];
}

/**
 * graphql-transport-ws by hand (connection_init, then subscribe): the test needs the
 * socket itself, to stop reading from it.
 */
async function subscribeViews(after: string): Promise<Received> {
  const ws = new WebSocket(`${stack.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  socket = ws;
  const received: Received = { eventIds: new Map(), others: [] };
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const acknowledged = new Promise((resolve) => ws.once('message', resolve));
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      id?: string;
      type: string;
      payload?: { data?: { workOrderChanged?: { eventId: string } } };
    };
    const eventId = message.payload?.data?.workOrderChanged?.eventId;
    if (message.type === 'next' && message.id && eventId) {
      received.eventIds.get(message.id)?.push(eventId);
    } else if (message.type !== 'connection_ack') {
      received.others.push(message);
    }
  });
  ws.send(
    JSON.stringify({
      type: 'connection_init',
      payload: { authorization: dispatcher.authorization },
    }),
  );
  // graphql-ws closes a connection that subscribes before it is acknowledged.
  await acknowledged;
  for (let view = 1; view <= VIEWS; view++) {
    received.eventIds.set(String(view), []);
    ws.send(
      JSON.stringify({
        id: String(view),
        type: 'subscribe',
        payload: { query: QUERY, variables: { after } },
      }),
    );
  }
  return received;
}

/**
 * Appends `count` NOTE events of the work order of event `source` (its facts, versions
 * after its own) in one statement, as the outbox's contract has writers do it
 * (subgraphs/requests/README.md, "Outbox events"): ids drawn under the outbox's
 * advisory lock, the newest id NOTIFYed at commit. Nothing reads the work order itself.
 */
async function writeNotes(source: string, count: number) {
  await query(
    stack.databaseUrl,
    `with locked as (select pg_advisory_xact_lock(3110001)),
     inserted as (
       insert into requests.outbox_events
         (type, action, entity_type, entity_id, entity_version, service_request_id,
          changed, facts, actor_kind, actor_id)
       select 'WORK_ORDER_UPDATED', 'NOTE', e.entity_type, e.entity_id, e.entity_version + n,
              e.service_request_id, '{}', e.facts || '{"previous": {}}', 'SYSTEM', 'slow-client-test'
         from locked, requests.outbox_events e, generate_series(1, $2::int) n
        where e.id = $1
       returning id)
     select pg_notify('requests_outbox', max(id)::text) from inserted`,
    [source, count],
  );
}

/** Polls the gateway's deliveries until they stop moving: the client's cursors have stopped. */
async function deliveriesOnceStopped(): Promise<number> {
  const stats = () => stack.gateway.realtime!.stats();
  let before = stats().deliveries;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = stats().deliveries;
    if (now === before) return now;
    before = now;
  }
}

it('holds no backlog for a client that stops reading, then delivers it everything in order', async () => {
  const realtime = stack.gateway.realtime!;
  const [workOrder] = await openWorkOrders(stack.url, dispatcher, 1);
  const start = await newestOutboxId(stack.databaseUrl);
  await changePriority(stack.url, dispatcher, workOrder!);
  const [source] = await outboxIds(stack.databaseUrl, start);

  const received = await subscribeViews(source!);
  await expect.poll(() => realtime.stats().subscribers, { timeout: 20_000 }).toBe(VIEWS);
  socket!.pause();
  await writeNotes(source!, EVENTS);
  const written = await outboxIds(stack.databaseUrl, source!);
  expect(written).toHaveLength(EVENTS);
  await expect.poll(() => realtime.stats().feed.newest, { timeout: 20_000 }).toBe(written.at(-1));

  // The gateway stops short of the backlog: what it sent sits in the network's
  // buffers, the rest in the outbox. Generous bounds, and a slower machine only
  // sends less: without the wait for each send, all 120,000 would be queued here.
  const sent = await deliveriesOnceStopped();
  expect(sent).toBeLessThan((VIEWS * EVENTS) / 2);
  // Queued in the gateway for the client: a message or so per subscription (~230
  // bytes each; ~2 KB seen), not the MBs of the backlog.
  expect(realtime.stats().largestSendBuffer).toBeLessThan(64 * 1024);
  expect(received.others).toEqual([]);

  socket!.resume();
  const delivered = () => [...received.eventIds.values()].reduce((n, ids) => n + ids.length, 0);
  await expect.poll(delivered, { timeout: 45_000, interval: 200 }).toBe(VIEWS * EVENTS);
  for (const ids of received.eventIds.values()) expect(ids).toEqual(written);
  expect(received.others).toEqual([]);
  // What the gateway no longer kept in memory came from the outbox.
  expect(realtime.stats().feed.catchUpReads).toBeGreaterThan(0);
});
