import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LivePayload, LiveSubscription } from '../src/live-client';
import { LiveCity, type WorkHandle } from './live-city';

// Subscriptions through the gateway, fed by the requests outbox: changes made over
// HTTP reach graphql-ws subscribers with fields from three subgraphs, resume without
// loss or repeats, survive the loss of the gateway's LISTEN connection, and follow
// their filters. What subscribers receive is compared with the outbox's own rows.

let city: LiveCity;

beforeAll(async () => {
  // No periodic read of the outbox: events reach subscribers through NOTIFY, and what
  // was committed while the LISTEN connection was down through its reconnection.
  city = await LiveCity.start({ realtime: { pollMilliseconds: 600_000 } });
});
// Each test starts with no subscriptions: the gateway's counts are the test's.
afterEach(() => city.closeConnections());
afterAll(() => city?.close());

const WORK_EVENTS = `subscription ($after: ID) {
  workOrderChanged(after: $after) { eventId action workOrder { id } }
}`;

/** The root field of each payload. */
function roots<T>(subscription: LiveSubscription): T[] {
  return subscription.payloads.map((p: LivePayload) => Object.values(p.data ?? {})[0] as T);
}

it('delivers a mutation made over HTTP with fields from requests, accounts and assets', async () => {
  const work = (await city.openWork()).find((w) => w.assetId)!;
  expect(work).toBeDefined();
  const selection =
    'id number status department { name } crew { name } assignee { name crew { name } } asset { tag }';
  const before = await city.newestEventId();
  const connection = city.connect();
  const live = connection.subscribe(
    `subscription { workOrderChanged { eventId type action changed workOrder { ${selection} } } }`,
  );
  await city.untilSubscribed(1);

  await work.assign();

  const [payload] = await live.received(1);
  const { workOrder } = await city.query<{ workOrder: Record<string, unknown> }>(
    city.dispatcher,
    `query ($id: ID) { workOrder(id: $id) { ${selection} } }`,
    { id: work.id },
  );
  expect(payload?.errors).toBeUndefined();
  expect(payload?.data?.workOrderChanged).toEqual({
    eventId: (await city.eventIdsAfter(before))[0],
    type: 'WORK_ORDER_UPDATED',
    action: 'ASSIGN',
    changed: expect.arrayContaining(['status']),
    workOrder,
  });
  // Each subgraph answered its part: requests, accounts (staff, crews), assets.
  expect(workOrder).toMatchObject({
    status: 'ASSIGNED',
    department: { name: expect.any(String) },
    crew: { name: expect.any(String) },
    assignee: { name: expect.any(String), crew: { name: expect.any(String) } },
    asset: { tag: expect.any(String) },
  });
});

describe('resuming', () => {
  /** 100 changes to five work orders at once, priorities and notes in turn. */
  async function hundredChanges(work: WorkHandle[]) {
    await Promise.all(
      work.map(async (w, chain) => {
        for (let step = 0; step < 20; step++) {
          if (step % 2 === 0) await w.changePriority();
          else await w.addNote(`change ${step} of chain ${chain}`);
        }
      }),
    );
  }

  it('delivers every change made while away, in order and once, then live ones', async () => {
    const work = (await city.openWork()).slice(0, 5);
    const first = city.connect();
    const once = first.subscribe(WORK_EVENTS);
    await city.untilSubscribed(1);
    await work[0]!.changePriority();
    await once.received(1);
    const lastId = once.eventIds()[0]!;
    await first.close();
    await city.until(() => city.realtime.stats().subscribers === 0, 'the first to end');

    await hundredChanges(work);
    const missed = await city.eventIdsAfter(lastId);
    expect(missed).toHaveLength(100);

    // Once with the `after` argument, once with lastEventId in connection_init.
    const byArgument = city.connect().subscribe(WORK_EVENTS, { after: lastId });
    const byConnection = city.connect(lastId).subscribe(WORK_EVENTS);
    for (const resumed of [byArgument, byConnection]) {
      await resumed.received(100);
      expect(resumed.eventIds()).toEqual(missed);
    }

    await work[1]!.changePriority();
    const [live] = await city.eventIdsAfter(missed.at(-1)!);
    for (const resumed of [byArgument, byConnection]) {
      await resumed.received(101);
      expect(resumed.eventIds()).toEqual([...missed, live]);
      expect(new Set(resumed.eventIds()).size).toBe(101);
    }
  });

  it('loses and repeats nothing when the LISTEN connection is killed mid-stream', async () => {
    const work = (await city.openWork()).slice(0, 3);
    const after = await city.newestEventId();
    const live = city.connect().subscribe(WORK_EVENTS, { after });
    await city.untilSubscribed(1);
    const reconnects = city.realtime.stats().feed.reconnects;
    const listening = async (times: number) =>
      await city.until(
        () => city.realtime.stats().feed.reconnects === reconnects + times,
        'the feed to listen again',
      );

    // Killed while three work orders keep changing.
    const killed: number[] = [];
    await Promise.all(
      work.map(async (w, chain) => {
        for (let step = 0; step < 10; step++) {
          if (chain === 0 && step === 5) killed.push(await city.terminateListener());
          await w.changePriority();
        }
      }),
    );
    await listening(1);
    // Killed while a change waits to commit, with none after it to notify the new
    // connection: the feed reads what was committed while nobody listened.
    await city.whileChangeWaits(
      work[0]!,
      (w) => w.changePriority(),
      async () => killed.push(await city.terminateListener()),
    );

    const written = await city.eventIdsAfter(after);
    expect(written).toHaveLength(31);
    await live.received(31);
    expect(live.eventIds()).toEqual(written);
    await listening(2);
    expect(killed).not.toContain(city.realtime.listenerPid());

    // Live again after the reconnection.
    await work[0]!.changePriority();
    await live.received(32);
    expect(live.eventIds()).toEqual(await city.eventIdsAfter(after));
    expect(new Set(live.eventIds()).size).toBe(32);
  });
});

describe('filters', () => {
  it('workOrderChanged(statuses) hears work enter and leave them, and nothing else', async () => {
    const [entering, untouched, sentinel] = await city.openWork({
      statuses: ['IN_PROGRESS', 'ON_HOLD'],
    });
    expect(sentinel).toBeDefined();
    const after = await city.newestEventId();
    const assigned = city.connect().subscribe(
      `subscription ($after: ID) {
        workOrderChanged(filter: { statuses: [ASSIGNED] }, after: $after) {
          eventId action workOrder { id }
        }
      }`,
      { after },
    );

    await untouched!.changePriority();
    await entering!.assign(); // enters ASSIGNED
    await untouched!.addNote('not assigned before or after');
    await entering!.start(); // leaves it: facts.previous says it was ASSIGNED
    await untouched!.changePriority();
    await sentinel!.assign();

    await assigned.received(3);
    const delivered = roots<{ action: string; workOrder: { id: string } }>(assigned);
    expect(delivered.map((d) => [d.workOrder.id, d.action])).toEqual([
      [entering!.id, 'ASSIGN'],
      [entering!.id, 'START'],
      [sentinel!.id, 'ASSIGN'],
    ]);
    const wanted = [
      ...(await city.eventIdsAfter(after, { entityId: entering!.id })),
      ...(await city.eventIdsAfter(after, { entityId: sentinel!.id })),
    ].sort((a, b) => Number(a) - Number(b));
    expect(assigned.eventIds()).toEqual(wanted);
    expect(await city.eventIdsAfter(after, { entityId: untouched!.id })).toHaveLength(3);
  });

  it("serviceRequestChanged(id) hears that request's events and its work's, no other's", async () => {
    const [place] = await city.places();
    const [other] = await city.openWork();
    const after = await city.newestEventId();
    const followed = await city.fileRequest(place!.location);
    const events = city.connect().subscribe(
      `subscription ($id: ID!, $after: ID) {
        serviceRequestChanged(id: $id, after: $after) {
          eventId type action serviceRequest { id }
        }
      }`,
      { id: followed.id, after },
    );

    await other!.changePriority();
    await city.fileRequest(place!.location);
    await followed.work.assign();

    await events.received(3);
    const delivered = roots<{ type: string; action: string; serviceRequest: { id: string } }>(
      events,
    );
    expect(delivered.map((d) => `${d.type}:${d.action}`)).toEqual([
      'SERVICE_REQUEST_CREATED:CREATE',
      'WORK_ORDER_CREATED:CREATE',
      'WORK_ORDER_UPDATED:ASSIGN',
    ]);
    expect(delivered.every((d) => d.serviceRequest.id === followed.id)).toBe(true);
    expect(events.eventIds()).toEqual(
      await city.eventIdsAfter(after, { serviceRequestId: followed.id }),
    );
  });

  it('serviceRequestCreated(district) hears new requests of that district only', async () => {
    const places = await city.places();
    const here = places[0]!;
    const elsewhere = places.find((p) => p.district !== here.district)!;
    expect(elsewhere).toBeDefined();
    const after = await city.newestEventId();
    const created = city.connect().subscribe(
      `subscription ($district: Int, $after: ID) {
        serviceRequestCreated(filter: { district: $district }, after: $after) {
          eventId type serviceRequest { id district }
        }
      }`,
      { district: here.district, after },
    );

    await city.fileRequest(elsewhere.location);
    const first = await city.fileRequest(here.location);
    await city.fileRequest(elsewhere.location);
    const second = await city.fileRequest(here.location);

    await created.received(2);
    expect(roots(created)).toEqual([
      expect.objectContaining({ serviceRequest: { id: first.id, district: here.district } }),
      expect.objectContaining({ serviceRequest: { id: second.id, district: here.district } }),
    ]);
    expect(created.eventIds()).toEqual([
      ...(await city.eventIdsAfter(after, {
        serviceRequestId: first.id,
        type: 'SERVICE_REQUEST_CREATED',
      })),
      ...(await city.eventIdsAfter(after, {
        serviceRequestId: second.id,
        type: 'SERVICE_REQUEST_CREATED',
      })),
    ]);
  });
});

describe('resume positions the outbox cannot serve', () => {
  it('asks a subscriber beyond the newest event to resync, then completes', async () => {
    const newest = await city.newestEventId();
    const beyond = (BigInt(newest) + 1000n).toString();
    const resync = city.connect().subscribe(WORK_EVENTS, { after: beyond });
    const [payload] = await resync.received(1);
    expect(payload?.data ?? null).toBeNull();
    expect(payload?.errors?.[0]?.extensions).toMatchObject({
      code: 'RESYNC_REQUIRED',
      after: beyond,
      resumeAfter: newest,
    });
    expect(await resync.whenEnded()).toEqual({});
    expect(resync.payloads).toHaveLength(1);
  });

  it('refuses a malformed `after` as bad input', async () => {
    const malformed = city.connect().subscribe(WORK_EVENTS, { after: 'abc' });
    await malformed.whenEnded();
    const errors = malformed.payloads.flatMap((p) => p.errors ?? []);
    const ended = malformed.ended?.error as Array<{ extensions?: { code?: string } }> | undefined;
    const codes = [...errors, ...(ended ?? [])].map((e) => e.extensions?.code);
    expect(codes).toEqual(['BAD_USER_INPUT']);
  });
});
