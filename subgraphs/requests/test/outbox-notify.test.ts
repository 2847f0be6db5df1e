import { staffCaller } from '@civicgraph/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actorOf } from '../src/lifecycle/actor';
import { createWorkOrder, insertServiceRequest } from '../src/lifecycle/create';
import { OUTBOX_CHANNEL } from '../src/lifecycle/outbox';
import { writeRequests } from '../src/lifecycle/requests-write';
import { type RequestsHarness, startRequestsHarness } from './harness';

const dispatcher = actorOf(staffCaller('DISPATCHER'));

let h: RequestsHarness;
let listener: pg.Client;
/** Every payload received on the outbox channel, in arrival order. */
const received: string[] = [];
let arrived: (() => void) | null = null;

beforeAll(async () => {
  h = await startRequestsHarness(20);
  const [database] = await h.db
    .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name'))
    .execute();
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${database!.name}`;
  listener = new pg.Client({ connectionString: url.toString() });
  await listener.connect();
  listener.on('notification', (message) => {
    if (message.channel !== OUTBOX_CHANNEL) return;
    received.push(message.payload ?? '');
    arrived?.();
  });
  await listener.query(`listen ${OUTBOX_CHANNEL}`);
});

afterAll(async () => {
  await listener?.end();
  await h?.close();
});

/** Waits until `count` notifications have arrived in all (no timing assertion: vitest's timeout bounds it). */
async function notifications(count: number) {
  while (received.length < count) {
    await new Promise<void>((resolve) => {
      arrived = resolve;
    });
  }
  return received.slice(0, count);
}

async function fileRequest(description: string, fail = false) {
  const service = await h.db
    .selectFrom('services')
    .selectAll()
    .where('code', '=', 'GRAFFITI')
    .executeTakeFirstOrThrow();
  return writeRequests(h.db, dispatcher, async (write) => {
    const request = await insertServiceRequest(write, {
      serviceId: service.id,
      channel: 'PHONE',
      description,
      locale: 'en',
      lon: -112.07,
      lat: 33.45,
      address: '300 W Washington St',
      district: 7,
    });
    await createWorkOrder(write, { request, service });
    if (fail) throw new Error('the caller hung up before it was saved');
    return request;
  });
}

async function newestEventId() {
  const row = await h.db
    .selectFrom('outboxEvents')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirstOrThrow();
  return row.id === null ? null : String(row.id);
}

describe('outbox NOTIFY', () => {
  it("carries the id of a write's last event, and nothing for a write that rolled back", async () => {
    const first = await fileRequest('Tagging on the bus shelter');
    const events = await h.db
      .selectFrom('outboxEvents')
      .select(['id', 'type'])
      .where('serviceRequestId', '=', first.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['SERVICE_REQUEST_CREATED', 'WORK_ORDER_CREATED']);
    expect(await notifications(1)).toEqual([String(events.at(-1)!.id)]);

    const before = await newestEventId();
    await expect(fileRequest('Never saved', true)).rejects.toThrow(/hung up/);
    // No event was kept, and the rolled-back write's NOTIFY was never delivered: the
    // next notification to arrive is the next write's.
    expect(await newestEventId()).toBe(before);
    const third = await fileRequest('Tagging on the wall');
    const [, second] = await notifications(2);
    const thirdLast = await h.db
      .selectFrom('outboxEvents')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('serviceRequestId', '=', third.id)
      .executeTakeFirstOrThrow();
    expect(second).toBe(String(thirdLast.id));
    expect(received).toHaveLength(2);
    expect(
      await h.db
        .selectFrom('serviceRequests')
        .select('id')
        .where('description', '=', 'Never saved')
        .execute(),
    ).toEqual([]);
  });
});
