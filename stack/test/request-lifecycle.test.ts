import type { RunningSubgraph } from '@civicgraph/platform';
import { graphData, postGraphQL } from '@civicgraph/platform/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// A resident's report through a partner app, dispatched, worked and closed by staff,
// all through the gateway: the requests subgraph checks the assignee in accounts as
// the dispatcher, and the partner follows the request's public status.

let stack: RunningStack;
let partner: Record<string, string>;
const staff: Record<string, Record<string, string>> = {};

/** Just the outbox, as the test reads it. */
interface OutboxTable {
  outboxEvents: { id: string; serviceRequestId: string; type: string; action: string };
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function as<T = Record<string, unknown>>(
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return graphData<T>(`${stack.url}/graphql`, query, variables, headers);
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 80, now: new Date('2026-11-20T15:00:00Z') },
  });
  for (const role of ['ADMIN', 'DISPATCHER', 'FIELD_WORKER', 'SUPERVISOR'] as const) {
    staff[role] = await signInAs(stack.url, role);
  }
  const created = await as<{ createApiClient: { apiKey: string } }>(
    staff.ADMIN!,
    `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }`,
    {
      input: {
        name: '311 app',
        contactEmail: 'app@example.org',
        scopes: ['CATALOG_READ', 'REQUESTS_READ', 'REQUESTS_WRITE'],
        rateLimitPerMinute: 10_000,
      },
    },
  );
  partner = { 'x-api-key': created.createApiClient.apiKey };
});

afterAll(async () => {
  await stack?.close();
});

type AttributeDefinition = {
  code: string;
  required: boolean;
  variable: boolean;
  datatype: string;
  values: Array<{ key: string }>;
};

/** An answer of the right datatype to each required question. */
function answers(attributes: AttributeDefinition[]) {
  return attributes
    .filter((a) => a.required && a.variable)
    .map((a) => ({ ...a, datatype: a.datatype.toLowerCase() }))
    .map((a) => {
      if (a.datatype === 'multivaluelist') return { code: a.code, values: [a.values[0]!.key] };
      if (a.datatype === 'singlevaluelist') return { code: a.code, value: a.values[0]!.key };
      if (a.datatype === 'number') return { code: a.code, value: '2' };
      if (a.datatype === 'datetime') return { code: a.code, value: '2026-11-20T14:00:00Z' };
      return { code: a.code, value: 'seen this morning' };
    });
}

/** Uploads a photo as the gateway's /photos route takes it; its id. */
async function uploadPhoto(headers: Record<string, string>, kind: 'REPORTER' | 'COMPLETION') {
  const image = await sharp({
    create: { width: 400, height: 300, channels: 3, background: '#3a7d44' },
  })
    .jpeg()
    .toBuffer();
  const response = await fetch(`${stack.url}/photos?kind=${kind}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'image/jpeg' },
    body: image,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('a report from a partner app, through dispatch, to closed', () => {
  it('is filed, assigned, worked, closed, and followed by the partner with public notes only', async () => {
    // The demo field worker's department decides the service, so the worker may take it.
    const { me } = await as<{
      me: { id: string; department: { id: string }; crew: { id: string } };
    }>(staff.FIELD_WORKER!, '{ me { id department { id } crew { id } } }');
    const { services } = await as<{
      services: Array<{
        code: string;
        department: { id: string };
        attributes: AttributeDefinition[];
      }>;
    }>(
      partner,
      '{ services { code department { id } attributes { code required variable datatype values { key } } } }',
    );
    const service = services.find((s) => s.department.id === me.department.id)!;
    expect(service).toBeDefined();

    const location = { lon: -112.074, lat: 33.4484 };
    const before = await as<{ likelyDuplicates: unknown[] }>(
      partner,
      'query ($code: String!, $lon: Float!, $lat: Float!) { likelyDuplicates(serviceCode: $code, lon: $lon, lat: $lat) { number } }',
      { code: service.code, ...location },
    );
    expect(Array.isArray(before.likelyDuplicates)).toBe(true);

    const reporterPhoto = await uploadPhoto(partner, 'REPORTER');
    const filed = await as<{
      createServiceRequest: { id: string; number: string; serviceRequest: { status: string } };
    }>(
      partner,
      `mutation ($input: CreateServiceRequestInput!) {
        createServiceRequest(input: $input) { id number serviceRequest { status } }
      }`,
      {
        input: {
          serviceCode: service.code,
          location,
          address: '200 W Washington St',
          description: 'Reported through the 311 app',
          channel: 'MOBILE_APP',
          locale: 'ES',
          attributes: answers(service.attributes),
          reporter: { name: 'Ana Ruiz', email: 'ana@example.org' },
          photoIds: [reporterPhoto],
        },
      },
    );
    expect(filed.createServiceRequest.serviceRequest.status).toBe('OPEN');
    const requestId = filed.createServiceRequest.id;

    // The same place now has a likely duplicate for the next reporter.
    const after = await as<{ likelyDuplicates: Array<{ number: string }> }>(
      partner,
      'query ($code: String!, $lon: Float!, $lat: Float!) { likelyDuplicates(serviceCode: $code, lon: $lon, lat: $lat) { number } }',
      { code: service.code, ...location },
    );
    expect(after.likelyDuplicates.map((d) => d.number)).toContain(
      filed.createServiceRequest.number,
    );

    const read = async () =>
      (
        await as<{
          serviceRequest: {
            reporter: { email: string } | null;
            workOrders: Array<{ id: string; version: number; status: string }>;
          };
        }>(
          staff.DISPATCHER!,
          'query ($id: ID) { serviceRequest(id: $id) { reporter { email } workOrders { id version status } } }',
          { id: requestId },
        )
      ).serviceRequest;
    const request = await read();
    expect(request.reporter).toEqual({ email: 'ana@example.org' });
    const [workOrder] = request.workOrders;
    expect(workOrder).toMatchObject({ status: 'NEW', version: 1 });

    const step = async (
      headers: Record<string, string>,
      mutation: string,
      input: Record<string, unknown>,
    ) => {
      const { version } = (await read()).workOrders[0]!;
      const data = await as<Record<string, { workOrder: { status: string; version: number } }>>(
        headers,
        `mutation ($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) {
          ${mutation}(input: $input) { workOrder { status version } }
        }`,
        { input: { id: workOrder!.id, expectedVersion: version, ...input } },
      );
      return data[mutation]!.workOrder;
    };
    expect(
      await step(staff.DISPATCHER!, 'assignWorkOrder', { crewId: me.crew.id, assigneeId: me.id }),
    ).toMatchObject({ status: 'ASSIGNED', version: 2 });
    expect(await step(staff.FIELD_WORKER!, 'startWorkOrder', {})).toMatchObject({
      status: 'IN_PROGRESS',
    });
    const { resolutionCodes } = (
      await as<{ service: { resolutionCodes: Array<{ code: string }> } }>(
        partner,
        'query ($code: String) { service(code: $code) { resolutionCodes { code } } }',
        { code: service.code },
      )
    ).service;
    const resolution = { resolutionCode: resolutionCodes[0]!.code, note: 'Done and checked' };
    const completionPhoto = await uploadPhoto(staff.FIELD_WORKER!, 'COMPLETION');
    expect(
      await step(staff.FIELD_WORKER!, 'completeWorkOrder', {
        ...resolution,
        photoId: completionPhoto,
      }),
    ).toMatchObject({ status: 'COMPLETED' });
    // A field worker may not close; a supervisor does.
    const refused = (await postGraphQL(
      `${stack.url}/graphql`,
      'mutation ($input: CloseWorkOrderInput!) { closeWorkOrder(input: $input) { workOrder { status } } }',
      { input: { id: workOrder!.id, expectedVersion: 4, ...resolution } },
      { headers: staff.FIELD_WORKER! },
    )) as Answer;
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await step(staff.SUPERVISOR!, 'closeWorkOrder', resolution)).toMatchObject({
      status: 'CLOSED',
    });

    // The partner sees the request closed, and what the city told the reporter, in
    // Spanish; never the reporter's details, internal notes or history.
    const followed = (await postGraphQL(
      `${stack.url}/graphql`,
      'query ($id: ID) { serviceRequest(id: $id) { status publicNotes { body } photos { id kind } reporter { email } } }',
      { id: requestId },
      { headers: partner },
    )) as Answer;
    const seen = followed.data?.serviceRequest as {
      status: string;
      publicNotes: Array<{ body: string }>;
      photos: Array<{ id: string; kind: string }>;
      reporter: null;
    };
    // The reporter's photo and the crew's photo of the finished work, in its public status.
    expect(seen.photos).toEqual([
      { id: reporterPhoto, kind: 'REPORTER' },
      { id: completionPhoto, kind: 'COMPLETION' },
    ]);
    expect(seen.status).toBe('CLOSED');
    expect(seen.reporter).toBeNull();
    expect(seen.publicNotes.length).toBeGreaterThanOrEqual(4);
    expect(seen.publicNotes.every((n) => n.body.includes(filed.createServiceRequest.number))).toBe(
      true,
    );
    expect(followed.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    // Every change left one event in the outbox, in order.
    const requests = stack.subgraphs.find(
      (s) => s.name === 'requests',
    ) as unknown as RunningSubgraph<OutboxTable>;
    const events = await requests.db
      .selectFrom('outboxEvents')
      .select(['type', 'action'])
      .where('serviceRequestId', '=', requestId)
      .orderBy('id')
      .execute();
    expect(events.map((e) => `${e.type}:${e.action}`)).toEqual([
      'SERVICE_REQUEST_CREATED:CREATE',
      'WORK_ORDER_CREATED:CREATE',
      'WORK_ORDER_UPDATED:ASSIGN',
      'WORK_ORDER_UPDATED:START',
      'WORK_ORDER_UPDATED:COMPLETE',
      'SERVICE_REQUEST_UPDATED:CLOSE',
      'WORK_ORDER_UPDATED:CLOSE',
    ]);
  });
});
