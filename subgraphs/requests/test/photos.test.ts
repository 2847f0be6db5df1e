import { type Caller, createLogger, permits } from '@civicgraph/platform';
import { CALLER_MATRIX, refusalCode, staffCaller } from '@civicgraph/platform/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PhotoKind } from '../src/db/photo.table';
import { actorOf } from '../src/lifecycle/actor';
import { ChangeRefused } from '../src/lifecycle/change-refused';
import { writeRequests } from '../src/lifecycle/requests-write';
import { attachCompletionPhoto, attachReporterPhotos } from '../src/photos/attach';
import type { PhotoStore } from '../src/photos/photo-store';
import { PostgresPhotoStore } from '../src/photos/postgres-photo-store';
import { processPhoto } from '../src/photos/process-photo';
import { startPhotoSweeper, UNATTACHED_PHOTO_TTL_MS } from '../src/photos/sweep-unattached';
import { type RequestsHarness, startRequestsHarness } from './harness';

const dispatcher = staffCaller('DISPATCHER', '00000000-0000-4000-8000-0000000000d1');
const fieldWorker = staffCaller('FIELD_WORKER', '00000000-0000-4000-8000-0000000000f1');
const otherDispatcher = staffCaller('DISPATCHER', '00000000-0000-4000-8000-0000000000d2');

let h: RequestsHarness;
let store: PostgresPhotoStore;
let jpeg: Buffer;
let requestIds: string[];

beforeAll(async () => {
  h = await startRequestsHarness(40);
  store = new PostgresPhotoStore(h.db);
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer();
  const rows = await h.db
    .selectFrom('serviceRequests')
    .select('id')
    .orderBy('id')
    .limit(6)
    .execute();
  requestIds = rows.map((r) => r.id);
});

afterAll(async () => {
  await h?.close();
});

async function upload(caller: Caller, kind: PhotoKind = 'REPORTER') {
  const actor = actorOf(caller);
  return store.put({
    ...(await processPhoto(jpeg, 'image/jpeg')),
    kind,
    uploadedBy: { kind: actor.kind, id: actor.id! },
  });
}

const attachedTo = async (ids: string[]) =>
  (
    await h.db
      .selectFrom('photos')
      .select(['id', 'serviceRequestId', 'workOrderId'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute()
  ).map((p) => p.serviceRequestId);

/** The refusal a write ends with: its code and details. */
async function refusalOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof ChangeRefused) return { code: error.code, ...error.details };
    throw error;
  }
  return 'accepted';
}

describe('PostgresPhotoStore', () => {
  it('keeps a photo and its thumbnail, each with its own ETag', async () => {
    const photo = await upload(dispatcher);
    expect(photo).toMatchObject({ kind: 'REPORTER', serviceRequestId: null, width: 64 });
    const image = await store.get(photo.id);
    expect(image?.contentType).toBe('image/jpeg');
    expect(image?.bytes.length).toBe(photo.size);
    expect(image?.etag).toBe(photo.sha256);
    const thumbnail = await store.getThumbnail(photo.id);
    expect(thumbnail?.contentType).toBe('image/webp');
    expect(thumbnail?.etag).not.toBe(image?.etag);
    expect(await store.get(crypto.randomUUID())).toBeNull();
  });

  it('deletes unattached photos older than the cut-off, and only those', async () => {
    const [old, recent, kept] = [
      await upload(dispatcher),
      await upload(dispatcher),
      await upload(dispatcher),
    ];
    await h.db
      .updateTable('photos')
      .set({ createdAt: new Date(Date.now() - 2 * UNATTACHED_PHOTO_TTL_MS) })
      .where('id', 'in', [old.id, kept.id])
      .execute();
    await writeRequests(h.db, actorOf(dispatcher), (write) =>
      attachReporterPhotos(write, { id: requestIds[5]! }, [kept.id]),
    );
    const deleted = await store.deleteUnattached(new Date(Date.now() - UNATTACHED_PHOTO_TTL_MS));
    expect(deleted).toBe(1);
    expect(await store.get(old.id)).toBeNull();
    expect(await store.get(recent.id)).not.toBeNull();
    expect(await store.get(kept.id)).not.toBeNull();
  });
});

describe('startPhotoSweeper', () => {
  it('asks the store every period to delete what waited longer than a day', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-29T12:00:00Z') });
    try {
      const cutoffs: Date[] = [];
      const fake = {
        deleteUnattached: async (before: Date) => {
          cutoffs.push(before);
          return 0;
        },
      };
      const stop = startPhotoSweeper(
        fake as unknown as PhotoStore,
        createLogger('test', 'silent'),
        1000,
      );
      await vi.advanceTimersByTimeAsync(2500);
      await stop();
      await vi.advanceTimersByTimeAsync(5000);
      expect(cutoffs.map((d) => d.toISOString())).toEqual([
        '2026-11-28T12:00:01.000Z',
        '2026-11-28T12:00:02.000Z',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('attachReporterPhotos', () => {
  it("attaches the caller's own photos to a request, in the order given", async () => {
    const [a, b] = [await upload(dispatcher), await upload(dispatcher)];
    const attached = await writeRequests(h.db, actorOf(dispatcher), (write) =>
      attachReporterPhotos(write, { id: requestIds[0]! }, [b.id, a.id.toUpperCase()]),
    );
    expect(attached.map((p) => p.id)).toEqual([b.id, a.id]);
    expect(await attachedTo([a.id, b.id])).toEqual([requestIds[0], requestIds[0]]);
  });

  it('refuses, naming photoIds and writing nothing, any photo it may not take', async () => {
    const mine = await upload(dispatcher);
    const theirs = await upload(otherDispatcher);
    const completion = await upload(dispatcher, 'COMPLETION');
    const taken = await upload(dispatcher);
    await writeRequests(h.db, actorOf(dispatcher), (write) =>
      attachReporterPhotos(write, { id: requestIds[1]! }, [taken.id]),
    );
    const attach = (ids: string[], caller = dispatcher, request = requestIds[2]!) =>
      refusalOf(
        writeRequests(h.db, actorOf(caller), (write) =>
          attachReporterPhotos(write, { id: request }, ids),
        ),
      );

    for (const [other, why] of [
      [theirs.id, "another caller's"],
      [completion.id, 'a completion photo'],
      [taken.id, 'already attached'],
      [crypto.randomUUID(), 'never uploaded'],
    ] as const) {
      expect(await attach([mine.id, other]), why).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'photoIds',
        photoIds: [other],
      });
    }
    expect(await attach([mine.id, 'not-an-id'])).toMatchObject({
      field: 'photoIds',
      photoIds: ['not-an-id'],
    });
    expect(await attach([mine.id, mine.id])).toMatchObject({ field: 'photoIds' });
    const six = await Promise.all(Array.from({ length: 6 }, () => upload(dispatcher)));
    expect(await attach(six.map((p) => p.id))).toMatchObject({ field: 'photoIds', limit: 5 });
    // Five are allowed in all: four more after one is refused.
    await writeRequests(h.db, actorOf(dispatcher), (write) =>
      attachReporterPhotos(write, { id: requestIds[3]! }, [six[0]!.id]),
    );
    expect(
      await attach(
        six.slice(1).map((p) => p.id),
        dispatcher,
        requestIds[3],
      ),
    ).toMatchObject({ limit: 5 });

    // Nothing of the refused writes was kept.
    expect(await attachedTo([mine.id, theirs.id, completion.id])).toEqual([null, null, null]);
    expect(await attachedTo(six.slice(1).map((p) => p.id))).toEqual([null, null, null, null, null]);
  });
});

describe('attachCompletionPhoto and the photo fields', () => {
  it('puts the completion photo on the completed work order and in its request’s photos', async () => {
    const workOrder = await h.db
      .selectFrom('workOrders')
      .selectAll()
      .where('serviceRequestId', '=', requestIds[4]!)
      .executeTakeFirstOrThrow();
    const reporter = await upload(dispatcher);
    await writeRequests(h.db, actorOf(dispatcher), (write) =>
      attachReporterPhotos(write, { id: workOrder.serviceRequestId }, [reporter.id]),
    );
    const photo = await upload(fieldWorker, 'COMPLETION');
    const attach = (status: typeof workOrder.status, id = photo.id, caller = fieldWorker) =>
      refusalOf(
        writeRequests(h.db, actorOf(caller), (write) =>
          attachCompletionPhoto(write, { ...workOrder, status }, id),
        ),
      );
    expect(await attach('IN_PROGRESS')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoId' });
    expect(await attach('COMPLETED', photo.id, otherDispatcher)).toMatchObject({
      field: 'photoId',
      photoIds: [photo.id],
    });
    expect(await attach('COMPLETED', reporter.id)).toMatchObject({ field: 'photoId' });
    expect(await attach('COMPLETED', '42')).toMatchObject({ field: 'photoId' });
    expect(await attach('COMPLETED')).toBe('accepted');

    const read = await h.queryAs<{
      workOrder: {
        completionPhoto: { id: string; kind: string; url: string } | null;
        serviceRequest: { photos: Array<{ id: string; kind: string; thumbnailUrl: string }> };
      };
    }>(
      staffCaller('ANALYST'),
      'query ($id: ID) { workOrder(id: $id) { completionPhoto { id kind url } serviceRequest { photos { id kind thumbnailUrl width height takenAt } } } }',
      { id: workOrder.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.workOrder.completionPhoto).toEqual({
      id: photo.id,
      kind: 'COMPLETION',
      url: `/photos/${photo.id}`,
    });
    expect(read.data?.workOrder.serviceRequest.photos.map((p) => [p.id, p.kind])).toEqual([
      [reporter.id, 'REPORTER'],
      [photo.id, 'COMPLETION'],
    ]);
  });

  it('reads the photos of a page of requests in one statement', async () => {
    const statements = await h.statementsFor(
      '{ serviceRequests(first: 6) { edges { node { id photos { id } } } } }',
    );
    // One statement more than the page alone: the photos of all its requests at once.
    h.resetStatements();
    await h.query('{ serviceRequests(first: 6) { edges { node { id } } } }');
    expect(statements - h.statements.length).toBe(1);
  });
});

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it('reads ServiceRequest.photos with requests.read, WorkOrder.completionPhoto with work-orders.read', async () => {
    const requests = await h.queryAs<{ serviceRequest: { photos: unknown[] } | null }>(
      caller,
      'query ($id: ID) { serviceRequest(id: $id) { photos { id } } }',
      { id: requestIds[0] },
    );
    if (permits(caller, 'requests.read')) {
      expect(requests.errors).toBeUndefined();
      expect(requests.data?.serviceRequest?.photos).toHaveLength(2);
    } else {
      expect(requests.errors?.[0]?.extensions?.code).toBe(refusalCode(caller));
    }
    const workOrder = await h.db.selectFrom('workOrders').select('id').executeTakeFirstOrThrow();
    const work = await h.queryAs<{ workOrder: { completionPhoto: unknown } | null }>(
      caller,
      'query ($id: ID) { workOrder(id: $id) { completionPhoto { id } } }',
      { id: workOrder.id },
    );
    if (permits(caller, 'work-orders.read')) expect(work.errors).toBeUndefined();
    else expect(work.errors?.[0]?.extensions?.code).toBe(refusalCode(caller));
  });
});
