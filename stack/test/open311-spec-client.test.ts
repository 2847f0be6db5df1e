import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { createPartnerKey, signInAs, startSeededStack } from '../src/testing';
import {
  GeoReportClient,
  GeoReportError,
  type GeoReportFormat,
  type ServiceAttribute,
} from './open311/georeport-client';

// A client written against the GeoReport v2 spec alone (./open311/georeport-client.ts)
// finds the endpoint, lists services, reads a definition, posts a request with a partner
// key and reads it back — in JSON and in XML — and the graph sees the same request.
let stack: RunningStack;
let dispatcher: Record<string, string>;
let apiKey: string;
let jurisdictionId: string;
/** A point in the city: where one of its requests is (the client needs a place to report). */
let place: { lon: number; lat: number };

async function asDispatcher<T>(query: string, variables: Record<string, unknown> = {}) {
  const answer = await postGraphQL<T>(`${stack.url}/graphql`, query, variables, {
    headers: dispatcher,
  });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data as T;
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 60, now: new Date('2026-11-01T15:00:00Z') },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
  apiKey = await createPartnerKey(stack.url, ['CATALOG_READ', 'REQUESTS_WRITE'], {
    name: 'Spec client 311 app',
  });
  const city = await asDispatcher<{
    city: { jurisdictionId: string };
    serviceRequests: { edges: Array<{ node: { location: { lon: number; lat: number } } }> };
  }>(
    '{ city { jurisdictionId } serviceRequests(first: 1) { edges { node { location { lon lat } } } } }',
  );
  jurisdictionId = city.city.jurisdictionId;
  const first = city.serviceRequests.edges[0]?.node;
  if (!first) throw new Error('the demo city has no requests');
  place = first.location;
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

/** An answer the definition accepts: the first listed value(s), a number, a time, a word. */
function answerFor(attribute: ServiceAttribute): string | string[] {
  switch (attribute.datatype) {
    case 'singlevaluelist':
      return attribute.values[0]?.key ?? '';
    case 'multivaluelist':
      return attribute.values.slice(0, 2).map((value) => value.key);
    case 'number':
      return '3';
    case 'datetime':
      return '2026-10-31T09:30:00-07:00';
    default:
      return 'Seen from the corner';
  }
}

const REPORTER = {
  email: 'reporter.spec-client@example.org',
  first_name: 'Rosa',
  last_name: 'Quintanilla',
  phone: '602-555-0188',
};

describe.each<GeoReportFormat>(['json', 'xml'])('a GeoReport v2 client speaking %s', (format) => {
  it('lists services, posts a request with an API key and reads it back', async () => {
    const client = await GeoReportClient.discover(`${stack.url}/open311/v2/discovery`, format, {
      apiKey,
      jurisdictionId,
    });
    expect(client.endpoint).toBe(`${stack.url}/open311/v2`);

    const services = await client.services();
    expect(services.length).toBeGreaterThan(0);
    const service = services.find((s) => s.metadata) ?? services[0]!;
    const definition = await client.serviceDefinition(service.service_code);
    expect(definition.service_code).toBe(service.service_code);
    const answers = Object.fromEntries(
      definition.attributes
        .filter((attribute) => attribute.variable)
        .map((attribute) => [attribute.code, answerFor(attribute)]),
    );

    const description = `Spec client (${format}): the sign at the corner is down`;
    const [created] = await client.createRequest(
      {
        service_code: service.service_code,
        lat: String(place.lat),
        long: String(place.lon),
        address_string: '100 W Washington St',
        description,
        device_id: `spec-client-${format}`,
        ...REPORTER,
      },
      answers,
    );
    expect(created?.service_request_id ?? created?.token).toBeTruthy();
    // Created at once here; a server that queues requests answers a token instead.
    const id =
      created?.service_request_id ??
      (await client.token(created!.token!))[0]?.service_request_id ??
      null;
    expect(id).toBeTruthy();

    const [read] = await client.request(id!);
    expect(read).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: service.service_code,
      service_name: service.service_name,
      description,
    });
    // W3C datetimes with an offset, as the spec requires; requested just now.
    expect(read?.requested_datetime).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/,
    );
    expect(Math.abs(Date.parse(read!.requested_datetime!) - Date.now())).toBeLessThan(60_000);
    expect(Number(read?.lat)).toBeCloseTo(place.lat, 2);
    expect(Number(read?.long)).toBeCloseTo(place.lon, 2);

    // The list finds it by id too, and the token (when given) leads to the same id.
    const listed = await client.requests({ service_request_id: id! });
    expect(listed.map((r) => r.service_request_id)).toEqual([id]);
    if (created?.token) {
      expect(await client.token(created.token)).toEqual([
        { service_request_id: id, token: created.token },
      ]);
    }

    // The graph has the same request, with the answers and the reporter it was given.
    const graph = await asDispatcher<{
      serviceRequest: {
        description: string;
        service: { code: string };
        attributes: Array<{ code: string; value: string | null; values: string[] | null }>;
        reporter: { name: string | null; email: string | null; phone: string | null } | null;
      } | null;
    }>(
      `query One($number: String!) { serviceRequest(number: $number) {
        description service { code } attributes { code value values }
        reporter { name email phone } } }`,
      { number: id },
    );
    expect(graph.serviceRequest).toMatchObject({
      description,
      service: { code: service.service_code },
      reporter: { name: 'Rosa Quintanilla', email: REPORTER.email, phone: REPORTER.phone },
    });
    const stored = Object.fromEntries(
      graph.serviceRequest!.attributes.map((a) => [a.code, a.values ?? a.value]),
    );
    expect(stored).toEqual(answers);
  });

  it('is told, in the spec’s error list, what was wrong', async () => {
    const client = await GeoReportClient.discover(`${stack.url}/open311/v2/discovery`, format, {
      apiKey,
    });
    const unknown = await client.serviceDefinition('NO_SUCH_SERVICE').catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(GeoReportError);
    expect((unknown as GeoReportError).status).toBe(404);
    expect((unknown as GeoReportError).errors[0]?.code).toBe('404');

    const keyless = await GeoReportClient.discover(`${stack.url}/open311/v2/discovery`, format);
    const services = await keyless.services();
    const refused = await keyless
      .createRequest({
        service_code: services[0]!.service_code,
        lat: String(place.lat),
        long: String(place.lon),
        description: 'No key',
      })
      .catch((e: unknown) => e);
    expect((refused as GeoReportError).status).toBe(403);
    expect((refused as GeoReportError).errors[0]?.description).toMatch(/api_key/);
  });
});
