import { ANONYMOUS, type Caller } from '@civicgraph/platform';
import { dataOf, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

// Resident.serviceRequests: a resident who reports while signed in (or through an app
// acting for them) finds the request there, with its status and public notes; nobody
// else's, and nobody else reads theirs.

let h: RequestsHarness;
let where: { lon: number; lat: number };

const ALEX = '6f1d8f5e-8a44-4a34-9a2b-6a6c0f0b1a01';
const MARIA = '6f1d8f5e-8a44-4a34-9a2b-6a6c0f0b1a02';
const alex: Caller = { kind: 'resident', id: ALEX };
const alexThroughApp: Caller = { kind: 'resident', id: ALEX, actingPartnerId: 'app-1' };
const maria: Caller = { kind: 'resident', id: MARIA };

beforeAll(async () => {
  h = await startRequestsHarness(20);
  const [batch] = [...h.city.requestBatches()];
  const first = batch!.serviceRequests[0]!;
  where = { lon: first.lon, lat: first.lat };
});
afterAll(() => h?.close());

function report(caller: Caller, description: string) {
  return h.queryAs<{
    createServiceRequest: { id: string; serviceRequest: { id: string; status: string } | null };
  }>(
    caller,
    `mutation ($lon: Float!, $lat: Float!, $d: String!) { createServiceRequest(input: {
      serviceCode: "STREET_SWEEPING", location: { lon: $lon, lat: $lat }, address: "1 Main St",
      description: $d, channel: MOBILE_APP }) { id serviceRequest { id status } } }`,
    { ...where, d: description },
  );
}

const MINE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Resident {
  serviceRequests { id status description publicNotes { body visibility } } } } }`;

function requestsOf(caller: Caller, residentId: string) {
  return h.queryAs<{
    _entities: Array<{
      serviceRequests: Array<{ id: string; publicNotes: Array<{ body: string }> }>;
    } | null>;
  }>(caller, MINE, { r: [{ __typename: 'Resident', id: residentId }] });
}

describe('Resident.serviceRequests', () => {
  it('links what a resident reports, signed in or through an app, and shows it to them only', async () => {
    const own = dataOf(await report(alex, 'Broken glass on the sidewalk')).createServiceRequest;
    // The resident reads back what they filed.
    expect(own.serviceRequest).toEqual({ id: own.id, status: 'OPEN' });
    const viaApp = dataOf(await report(alexThroughApp, 'Overflowing bin')).createServiceRequest;
    const hers = dataOf(await report(maria, 'Pothole')).createServiceRequest;
    const rows = await h.db
      .selectFrom('serviceRequests')
      .select(['id', 'reporterResidentId'])
      .where('id', 'in', [own.id, viaApp.id, hers.id])
      .execute();
    expect(new Map(rows.map((r) => [r.id, r.reporterResidentId]))).toEqual(
      new Map([
        [own.id, ALEX],
        [viaApp.id, ALEX],
        [hers.id, MARIA],
      ]),
    );
    await h.db
      .insertInto('notes')
      .values([
        {
          id: crypto.randomUUID(),
          serviceRequestId: own.id,
          workOrderId: null,
          visibility: 'PUBLIC',
          body: 'Crew on the way',
          authorKind: 'SYSTEM',
          authorId: 'test',
        },
        {
          id: crypto.randomUUID(),
          serviceRequestId: own.id,
          workOrderId: null,
          visibility: 'INTERNAL',
          body: 'Staff only',
          authorKind: 'SYSTEM',
          authorId: 'test',
        },
      ])
      .execute();

    const mine = dataOf(await requestsOf(alex, ALEX))._entities[0]!.serviceRequests;
    expect(mine.map((r) => r.id)).toEqual([viaApp.id, own.id]);
    expect(mine[1]!.publicNotes.map((n) => n.body)).toEqual(['Crew on the way']);
    const throughApp = dataOf(await requestsOf(alexThroughApp, ALEX))._entities[0]!.serviceRequests;
    expect(throughApp.map((r) => r.id)).toEqual([viaApp.id, own.id]);
    // An admin (residents.read) sees them too.
    const admin = dataOf(await requestsOf(staffCaller('ADMIN'), ALEX))._entities[0]!
      .serviceRequests;
    expect(admin.map((r) => r.id)).toEqual([viaApp.id, own.id]);
  });

  it('refuses another resident, partners, staff without residents.read and the anonymous', async () => {
    const refusals: Array<[Caller, string]> = [
      [maria, 'FORBIDDEN'],
      [{ kind: 'resident', id: MARIA, actingPartnerId: 'app-1' }, 'FORBIDDEN'],
      [{ kind: 'partner', id: 'p', scopes: ['requests:read', 'residents:act'] }, 'FORBIDDEN'],
      [staffCaller('DISPATCHER'), 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of refusals) {
      const answer = await requestsOf(caller, ALEX);
      expect(answer.data?._entities?.[0] ?? null, JSON.stringify(caller)).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(caller)).toBe(code);
    }
  });

  it('keeps a resident out of other requests and of the work behind their own', async () => {
    const [batch] = [...h.city.requestBatches()];
    const someone = batch!.serviceRequests[1]!.id;
    const other = await h.queryAs(alex, 'query ($id: ID!) { serviceRequest(id: $id) { id } }', {
      id: someone,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await h.queryAs(alex, '{ serviceRequests(first: 5) { totalCount } }');
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const entity = await h.queryAs<{ _entities: unknown[] }>(
      alex,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceRequest { id } } }',
      { r: [{ __typename: 'ServiceRequest', id: someone }] },
    );
    expect(entity.data?._entities?.[0] ?? null).toBeNull();
    const work = await h.queryAs<{
      _entities: Array<{ serviceRequests: Array<{ workOrders: null; internalNotes: null }> }>;
    }>(
      alex,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Resident {
        serviceRequests { workOrders { id } internalNotes { body } } } } }`,
      { r: [{ __typename: 'Resident', id: ALEX }] },
    );
    const first = work.data?._entities[0]?.serviceRequests[0];
    expect(first).toEqual({ workOrders: null, internalNotes: null });
    expect(new Set(work.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('checks first', async () => {
    const answer = await h.queryAs(
      alex,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { serviceRequests(first: 1000) { id } } } }',
      { r: [{ __typename: 'Resident', id: ALEX }] },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
