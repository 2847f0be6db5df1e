import type { RunningSubgraph } from '@civicgraph/platform';
import { postGraphQL } from '@civicgraph/platform/testing';
import { pruneOutbox } from '@civicgraph/requests';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { LiveConnection } from '../src/live-client';
import { signInAs, startSeededStack } from '../src/testing';

// Retention and resume: a subscriber whose last id is older than the outbox keeps is
// told to resync (RESYNC_REQUIRED with where to resume), never served a stream with a
// hole in it; one whose events are still kept resumes as usual.

let stack: RunningStack;
let dispatcher: Record<string, string>;
/** Just the outbox, as the test reads it. */
interface OutboxTable {
  outboxEvents: { id: string; occurredAt: Date };
}

let requests: RunningSubgraph<OutboxTable>;
let connection: LiveConnection;

const SUBSCRIPTION = `subscription ($after: ID) {
  workOrderChanged(after: $after) { eventId action workOrder { number priority } }
}`;

interface WorkOrderRow {
  id: string;
  version: number;
  priority: string;
}

async function openWorkOrders(): Promise<WorkOrderRow[]> {
  const answer = await postGraphQL<{ workOrders: { edges: Array<{ node: WorkOrderRow }> } }>(
    `${stack.url}/graphql`,
    '{ workOrders(first: 5, filter: { open: true }) { edges { node { id version priority } } } }',
    {},
    { headers: dispatcher },
  );
  return answer.data!.workOrders.edges.map((edge) => edge.node);
}

/** One priority change per work order, through the API: one outbox event each. */
async function changePriorities(workOrders: WorkOrderRow[]) {
  for (const workOrder of workOrders) {
    const answer = await postGraphQL(
      `${stack.url}/graphql`,
      'mutation ($input: ChangeWorkOrderPriorityInput!) { changeWorkOrderPriority(input: $input) { workOrder { id } } }',
      {
        input: {
          id: workOrder.id,
          expectedVersion: workOrder.version,
          priority: workOrder.priority === 'HIGH' ? 'LOW' : 'HIGH',
        },
      },
      { headers: dispatcher },
    );
    expect(answer.errors).toBeUndefined();
  }
}

async function outboxIds(): Promise<string[]> {
  const rows = await requests.db.selectFrom('outboxEvents').select('id').orderBy('id').execute();
  return rows.map((row) => String(row.id));
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 17, requests: 120, now: new Date('2026-11-20T15:00:00Z') },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
  requests = stack.subgraphs.find(
    (s) => s.name === 'requests',
  ) as unknown as RunningSubgraph<OutboxTable>;
  connection = new LiveConnection({
    origin: stack.url,
    connectionParams: { authorization: dispatcher.authorization },
  });
});

afterAll(async () => {
  await connection?.close();
  await stack?.close();
});

it('tells a subscriber whose events retention deleted to resync, and where to resume', async () => {
  const workOrders = await openWorkOrders();
  expect(workOrders).toHaveLength(5);
  // The demo seed's events come first (one per seeded request and work order).
  const seeded = await outboxIds();
  expect(seeded).toHaveLength(240);
  await changePriorities(workOrders);
  const seen = (await outboxIds()).slice(seeded.length);
  expect(seen).toHaveLength(5);
  // The seed's and the first three are a month old; retention (14 days by default)
  // deletes them.
  await requests.db
    .updateTable('outboxEvents')
    .set({ occurredAt: new Date(Date.now() - 30 * 24 * 3600_000) })
    .where('id', '<=', seen[2]!)
    .execute();
  const pruned = await pruneOutbox(requests.db as never, {
    olderThan: new Date(Date.now() - 14 * 24 * 3600_000),
  });
  expect(pruned).toBe(seeded.length + 3);

  // Last saw the first event: the second and third are gone.
  const behind = connection.subscribe(SUBSCRIPTION, { after: seen[0] });
  const [signal] = await behind.received(1);
  expect(signal?.errors?.[0]?.extensions).toMatchObject({
    code: 'RESYNC_REQUIRED',
    after: seen[0],
    resumeAfter: seen[4],
  });
  await behind.whenEnded();
  expect(behind.payloads).toHaveLength(1);

  // Last saw the third (the horizon itself): everything after it is kept.
  const current = connection.subscribe(SUBSCRIPTION, { after: seen[2] });
  await current.received(2);
  expect(current.eventIds()).toEqual([seen[3], seen[4]]);
  current.stop();
});

it('resumes from where the resync said, losing nothing made after it', async () => {
  const newest = (await outboxIds()).at(-1)!;
  await changePriorities((await openWorkOrders()).slice(0, 2));
  const live = connection.subscribe(SUBSCRIPTION, { after: newest });
  await live.received(2);
  const all = await outboxIds();
  expect(live.eventIds()).toEqual(all.slice(all.indexOf(newest) + 1));
  live.stop();
});
