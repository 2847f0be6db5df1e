import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { LiveSubscription } from '../src/live-client';
import { LiveCity } from './live-city';

// The gateway builds each event's payload once per group of subscribers that would
// receive the same one (same selection, variables and caller), not once per
// subscriber: its counters say how often it queried the subgraphs and executed.

let city: LiveCity;

beforeAll(async () => {
  city = await LiveCity.start();
});
// Each test starts with no subscriptions: the gateway's counts are the test's.
afterEach(() => city.closeConnections());
afterAll(() => city?.close());

/** Three selections of the work order (three subgraphs between them), and none of it. */
const SELECTIONS = {
  status: 'workOrder { id status priority }',
  people: 'workOrder { crew { name } assignee { name crew { name } } }',
  place: 'workOrder { number department { name } asset { tag } }',
  eventOnly: '',
} as const;

const documentSelecting = (selection: string) => `subscription ($after: ID) {
  workOrderChanged(after: $after) { eventId action changed ${selection} }
}`;

/** `changes` priority changes spread over three work orders at once. */
async function makeChanges(changes: number) {
  const work = (await city.openWork()).slice(0, 3);
  await Promise.all(
    work.map(async (w, index) => {
      for (let step = index; step < changes; step += work.length) await w.changePriority();
    }),
  );
}

it('builds each payload once per group, for 210 subscribers in four groups', async () => {
  const after = await city.newestEventId();
  // 200 subscribers in the three groups that read the work order, on 20 connections,
  // and 10 more that select only the event, on one more.
  const groups: Record<keyof typeof SELECTIONS, LiveSubscription[]> = {
    status: [],
    people: [],
    place: [],
    eventOnly: [],
  };
  const entityGroups = ['status', 'people', 'place'] as const;
  for (let c = 0; c < 20; c++) {
    const connection = city.connect();
    for (let s = 0; s < 10; s++) {
      const group = entityGroups[(c * 10 + s) % 3]!;
      groups[group].push(connection.subscribe(documentSelecting(SELECTIONS[group]), { after }));
    }
  }
  const eventOnly = city.connect();
  for (let s = 0; s < 10; s++) {
    groups.eventOnly.push(eventOnly.subscribe(documentSelecting(SELECTIONS.eventOnly), { after }));
  }
  await city.untilSubscribed(210);
  const before = city.realtime.stats();
  expect(before.groups).toBe(4);

  // Fewer than the payloads a group keeps (16): a subscriber further behind the others
  // than that would have its payload built again, and the counts would say so.
  const changes = 12;
  await makeChanges(changes);
  const written = await city.eventIdsAfter(after);
  expect(written).toHaveLength(changes);

  for (const [name, subscribers] of Object.entries(groups)) {
    const [first, ...others] = subscribers;
    await first!.received(changes);
    expect(first!.eventIds(), name).toEqual(written);
    expect(first!.payloads.every((p) => p.errors === undefined)).toBe(true);
    for (const other of others) {
      await other.received(changes);
      expect(other.payloads, name).toEqual(first!.payloads);
    }
  }
  const now = city.realtime.stats();
  expect(now.entityQueries - before.entityQueries).toBe(3 * changes);
  expect(now.payloads - before.payloads).toBe(4 * changes);
  expect(now.deliveries - before.deliveries).toBe(210 * changes);
});

it('puts subscribers that differ only in their resume position in one group', async () => {
  const newest = await city.newestEventId();
  const older = (await city.eventIdsAfter('0')).at(-6)!;
  const document = documentSelecting(SELECTIONS.status);
  const connection = city.connect();
  const behind = connection.subscribe(document, { after: older });
  const atHead = connection.subscribe(document, { after: newest });
  await behind.received(5);
  await city.untilSubscribed(2);
  const before = city.realtime.stats();
  expect(before.groups).toBe(1);

  await makeChanges(1);

  await behind.received(6);
  await atHead.received(1);
  expect(atHead.payloads).toEqual(behind.payloads.slice(5));
  // The new event's payload was built once, for both.
  const now = city.realtime.stats();
  expect(now.entityQueries - before.entityQueries).toBe(1);
  expect(now.deliveries - before.deliveries).toBe(2);
});
