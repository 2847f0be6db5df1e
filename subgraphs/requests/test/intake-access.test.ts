import { permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  expectedRefusals,
  expectedRootOutcome,
  type RootFieldCase,
  refusalsOf,
  rootFieldOutcome,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { writtenRows } from './intake-counts';

// Who may NOT use what intake, duplicates and the catalog's administration add: each
// caller of the matrix without the permission is refused before any SQL runs, and
// nothing is written. (What permitted callers get is in the feature tests.)

let h: RequestsHarness;
let sample: { request: string; original: string; service: string; lon: number; lat: number };

beforeAll(async () => {
  h = await startRequestsHarness(40);
  const [batch] = [...h.city.requestBatches()];
  const [first, second] = batch!.serviceRequests;
  sample = {
    request: first!.id,
    original: second!.id,
    service: h.city.services[0]!.id,
    lon: first!.lon,
    lat: first!.lat,
  };
  // A request with a reporter, filed by a staff member: the personal fields to guard.
  await h.db
    .updateTable('serviceRequests')
    .set({
      reporterName: 'Ana García',
      reporterPhone: '602 555 0100',
      submittedByKind: 'STAFF',
      submittedById: '00000000-0000-4000-8000-000000000009',
    })
    .where('id', '=', sample.request)
    .execute();
});
afterAll(() => h?.close());

const MUTATIONS: RootFieldCase[] = [
  {
    field: 'createServiceRequest',
    permission: 'requests.create',
    document: `mutation ($lon: Float!, $lat: Float!) { createServiceRequest(input: {
      serviceCode: "STREET_SWEEPING", location: { lon: $lon, lat: $lat }, address: "1 Main St",
      description: "Glass in the road", channel: WEB }) { id } }`,
    variables: () => ({ lon: sample.lon, lat: sample.lat }),
  },
  {
    field: 'markDuplicate',
    permission: 'requests.triage',
    document: `mutation ($id: ID!, $originalId: ID!) { markDuplicate(input: {
      id: $id, originalId: $originalId, expectedVersion: 1 }) { serviceRequest { id } } }`,
    variables: () => ({ id: sample.request, originalId: sample.original }),
  },
  {
    field: 'createService',
    permission: 'services.manage',
    document: `mutation { createService(input: { code: "NEVER_MADE",
      departmentId: "00000000-0000-4000-8000-000000000000",
      group: { en: "g", es: "g" }, name: { en: "n", es: "n" },
      description: { en: "d", es: "d" }, slaHours: 1 }) { service { id } } }`,
  },
  {
    field: 'updateService',
    permission: 'services.manage',
    document: `mutation ($id: ID!) { updateService(input: { id: $id, slaHours: 1 }) { service { id } } }`,
    variables: () => ({ id: sample.service }),
  },
  {
    field: 'retireService',
    permission: 'services.manage',
    document: `mutation ($id: ID!) { retireService(input: { id: $id }) { service { id } } }`,
    variables: () => ({ id: sample.service }),
  },
];

const LIKELY: RootFieldCase = {
  field: 'likelyDuplicates',
  permission: 'requests.duplicates.read',
  document: `query ($lon: Float!, $lat: Float!) {
    likelyDuplicates(serviceCode: "POTHOLE", lon: $lon, lat: $lat) { number } }`,
  variables: () => ({ lon: sample.lon, lat: sample.lat }),
};

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it.each(MUTATIONS.filter((c) => !permits(caller, c.permission)))(
    '$field is refused without $permission, before any SQL, writing nothing',
    async (c) => {
      const before = await writtenRows(h.db);
      const services = await h.db.selectFrom('services').selectAll().orderBy('id').execute();
      expect(await rootFieldOutcome(h, caller, c)).toEqual(expectedRootOutcome(caller, c));
      expect(await writtenRows(h.db)).toEqual(before);
      expect(await h.db.selectFrom('services').selectAll().orderBy('id').execute()).toEqual(
        services,
      );
    },
  );

  it('likelyDuplicates answers only with requests.duplicates.read', async () => {
    expect(await rootFieldOutcome(h, caller, LIKELY)).toEqual(expectedRootOutcome(caller, LIKELY));
  });

  it('reporter needs requests.reporter.read, takenBy staff.read; the request itself stays', async () => {
    const result = await h.queryAs<{
      serviceRequest: { number: string; reporter: unknown; takenBy: unknown } | null;
    }>(
      caller,
      'query ($id: ID) { serviceRequest(id: $id) { number reporter { name phone } takenBy { id } } }',
      { id: sample.request },
    );
    if (!permits(caller, 'requests.read')) {
      expect(result.data?.serviceRequest ?? null).toBeNull();
      return;
    }
    const reporter = permits(caller, 'requests.reporter.read');
    const staff = permits(caller, 'staff.read');
    expect(result.data!.serviceRequest).toMatchObject({
      reporter: reporter ? { name: 'Ana García', phone: '602 555 0100' } : null,
      takenBy: staff ? { id: '00000000-0000-4000-8000-000000000009' } : null,
    });
    expect(refusalsOf(result)).toEqual(
      expectedRefusals(caller, [
        ['serviceRequest.reporter', reporter],
        ['serviceRequest.takenBy', staff],
      ]),
    );
  });
});

it('the analyst reads requests but never their reporters, and files nothing', () => {
  const analyst = CALLER_MATRIX.find((c) => c.name === 'staff ANALYST')!.caller;
  expect(permits(analyst, 'requests.read')).toBe(true);
  expect(permits(analyst, 'requests.reporter.read')).toBe(false);
  expect(permits(analyst, 'requests.create')).toBe(false);
  expect(permits(analyst, 'requests.triage')).toBe(false);
});
