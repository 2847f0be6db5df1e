import { randomBytes } from 'node:crypto';
import type { RunningGateway } from '@civicgraph/gateway';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { LiveConnection } from '../src/live-client';
import { newestOutboxId, query } from '../src/outbox-rows';
import { changePriority, openWorkOrders } from '../src/priority-changes';
import { signInAs, startAnotherGateway, startSeededStack } from '../src/testing';

// A subscription whose outbox read fails ends with an error, and the gateway lets go
// of it: no subscriber or group is left counted (and held) for it. The failure is made
// real with a database role that may read the outbox's ids, not its rows: the
// gateway starts, the subscription opens, and its first read of rows is refused.

const role = `cg_ids_only_${randomBytes(4).toString('hex')}`;
let stack: RunningStack;
let gateway: RunningGateway | undefined;
let connection: LiveConnection | undefined;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 19, requests: 20, now: new Date('2026-11-20T15:00:00Z') },
  });
});

afterAll(async () => {
  await connection?.close();
  await gateway?.close();
  if (stack) {
    await query(stack.databaseUrl, `drop owned by ${role}`).catch(() => {});
    await query(stack.databaseUrl, `drop role if exists ${role}`);
    await stack.close();
  }
});

it('lets go of a subscription whose outbox read failed', async () => {
  const dispatcher = await signInAs(stack.url, 'DISPATCHER');
  const start = await newestOutboxId(stack.databaseUrl);
  const [workOrder] = await openWorkOrders(stack.url, dispatcher, 1);
  // An event older than the gateway below: resuming before it reads rows from the outbox.
  await changePriority(stack.url, dispatcher, workOrder!);

  for (const statement of [
    `create role ${role} login password 'ids-only'`,
    `grant usage on schema requests to ${role}`,
    `grant select (id) on requests.outbox_events to ${role}`,
    `grant select on requests.outbox_horizon to ${role}`,
  ]) {
    await query(stack.databaseUrl, statement);
  }
  const idsOnly = new URL(stack.databaseUrl);
  idsOnly.username = role;
  idsOnly.password = 'ids-only';
  gateway = await startAnotherGateway(stack, idsOnly.toString());

  connection = new LiveConnection({
    origin: gateway.url.replace(/\/graphql$/, ''),
    connectionParams: { authorization: dispatcher.authorization },
  });
  const live = connection.subscribe(
    'subscription ($after: ID) { workOrderChanged(after: $after) { eventId } }',
    { after: start },
  );
  const ended = await live.whenEnded();
  // The cause (permission denied) stays in the gateway's log.
  expect(JSON.stringify(ended.error)).toContain('INTERNAL_SERVER_ERROR');
  expect(gateway.realtime?.stats()).toMatchObject({ subscribers: 0, groups: 0 });
});
