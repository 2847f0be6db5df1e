import type { RunningSubgraph } from '@civicgraph/platform';
import {
  ANONYMOUS,
  distanceMeters,
  permits,
  scrubPersonalText,
  snapToBlock,
} from '@civicgraph/platform';
import { graphData } from '@civicgraph/platform/testing';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// GeoReport v2's GET requests, requests/{id} and tokens/{token} through the gateway,
// each answer checked against what the graph tells a dispatcher of the same requests.

let stack: RunningStack;
let dispatcher: Record<string, string>;
let supervisor: Record<string, string>;
const DAY_MS = 24 * 3600 * 1000;

const LIST_ITEMS = new Set([
  'service_requests.request',
  'errors.error',
  'service_requests.request.attributes.attribute',
  'service_requests.request.attributes.attribute.values.value',
]);
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (_name, jpath) => LIST_ITEMS.has(String(jpath)),
});

type Item = Record<string, unknown>;

interface GraphRequest {
  id: string;
  number: string;
  status: 'OPEN' | 'CLOSED';
  description: string;
  address: string;
  location: { lon: number; lat: number };
  requestedAt: string;
  updatedAt: string;
  mediaUrls: string[];
  service: {
    code: string;
    name: string;
    locationSensitive: boolean;
    department: { name: string };
  };
  attributes: Array<{ code: string; value: string | null; values: string[] | null }>;
  publicNotes: Array<{ body: string; createdAt: string }>;
  workOrders: Array<{ id: string; version: number; status: string; dueAt: string }>;
}

interface GraphConnection {
  edges: Array<{ node: GraphRequest }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const REQUEST_FIELDS = `id number status description address location { lon lat }
  requestedAt updatedAt mediaUrls
  service { code name locationSensitive department { name } }
  attributes { code value values }
  publicNotes { body createdAt }
  workOrders { id version status dueAt }`;

async function graph<T>(query: string, variables: Item = {}, headers = dispatcher): Promise<T> {
  return graphData<T>(`${stack.url}/graphql`, query, variables, headers);
}

/** Every request the graph finds for a filter, as a dispatcher sees it. */
async function graphRequests(filter: Item = {}): Promise<GraphRequest[]> {
  const all: GraphRequest[] = [];
  let after: string | null = null;
  for (;;) {
    const { serviceRequests }: { serviceRequests: GraphConnection } = await graph<{
      serviceRequests: {
        edges: Array<{ node: GraphRequest }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(
      `query ($filter: ServiceRequestFilter, $after: String) {
        serviceRequests(filter: $filter, first: 50, after: $after) {
          edges { node { ${REQUEST_FIELDS} } } pageInfo { hasNextPage endCursor }
        }
      }`,
      { filter, after },
    );
    all.push(...serviceRequests.edges.map((edge) => edge.node));
    if (!serviceRequests.pageInfo.hasNextPage) return all;
    after = serviceRequests.pageInfo.endCursor;
  }
}

async function open311(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.url}/open311/v2${path}`, { headers });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text };
}

/** A JSON list of requests: 200, and the items. */
async function list(path: string): Promise<Item[]> {
  const { status, text } = await open311(path);
  if (status !== 200) throw new Error(`${path}: ${status} ${text}`);
  return JSON.parse(text) as Item[];
}

/** What the XML of a JSON value parses back to: text, '' for null or an empty list. */
function asParsedXml(value: unknown, item = ''): unknown {
  if (value === null) return '';
  if (Array.isArray(value)) {
    return value.length === 0 ? '' : { [item]: value.map((v) => asParsedXml(v)) };
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Item).map(([k, v]) => [
        k,
        asParsedXml(v, k === 'attributes' ? 'attribute' : 'value'),
      ]),
    );
  }
  return String(value);
}

/** The same path as XML: parsed, checked equal to the JSON, element order included. */
async function sameInXml(path: string, json: Item[]) {
  const [base, query = ''] = path.split('?');
  const { status, type, text } = await open311(`${base}.xml${query ? `?${query}` : ''}`);
  expect(status).toBe(200);
  expect(type).toMatch(/^text\/xml/);
  const parsed = xml.parse(text).service_requests;
  expect(parsed === '' ? [] : parsed.request).toEqual(json.map((item) => asParsedXml(item)));
  const first = /<request>(.*?)<\/request>/.exec(text)?.[1];
  if (json[0] && first) {
    const topLevel = [...first.matchAll(/<(\w+)(?:\/>|>)/g)].map((m) => m[1]);
    const order = topLevel.filter((name) => name && name in json[0]!);
    expect([...new Set(order)]).toEqual(Object.keys(json[0]));
  }
}

async function errorOf(path: string) {
  const asJson = await open311(path);
  const [base, query = ''] = path.split('?');
  const asXml = await open311(`${base}.xml${query ? `?${query}` : ''}`);
  expect(asXml.status).toBe(asJson.status);
  const xmlError = xml.parse(asXml.text).errors.error[0];
  const [jsonError] = JSON.parse(asJson.text) as Array<{ code: number; description: string }>;
  expect(xmlError).toEqual({ code: String(jsonError!.code), description: jsonError!.description });
  return { status: asJson.status, ...jsonError! };
}

const sameInstant = (a: unknown, b: string) =>
  expect(new Date(a as string).getTime()).toBe(new Date(b).getTime());

/** One document against the graph's request, field by field. */
function expectMatches(item: Item, request: GraphRequest, origin: string) {
  const sensitive = request.service.locationSensitive;
  const scrub = (text: string) => scrubPersonalText(text, { houseNumbers: sensitive });
  const [lon, lat] = sensitive
    ? snapToBlock(request.location.lon, request.location.lat)
    : [request.location.lon, request.location.lat];
  const notes = [...request.publicNotes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const open = request.workOrders.filter(
    (w) => !['COMPLETED', 'CLOSED', 'CANCELLED'].includes(w.status),
  );
  expect(Object.keys(item)).toEqual([
    'service_request_id',
    'status',
    'status_notes',
    'service_name',
    'service_code',
    'description',
    'agency_responsible',
    'service_notice',
    'requested_datetime',
    'updated_datetime',
    'expected_datetime',
    'address',
    'address_id',
    'zipcode',
    'lat',
    'long',
    'media_url',
    'attributes',
  ]);
  expect(item).toMatchObject({
    service_request_id: request.number,
    status: request.status.toLowerCase(),
    status_notes: notes[0] ? scrub(notes[0].body) : null,
    service_name: request.service.name,
    service_code: request.service.code,
    description: scrub(request.description),
    agency_responsible: request.service.department.name,
    service_notice: null,
    address_id: null,
    zipcode: null,
    lat,
    long: lon,
  });
  // Dates in the city's zone (Phoenix: no daylight saving) to the millisecond.
  expect(item.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}-07:00$/);
  sameInstant(item.requested_datetime, request.requestedAt);
  sameInstant(item.updated_datetime, request.updatedAt);
  if (request.status === 'CLOSED' || open.length === 0) expect(item.expected_datetime).toBeNull();
  else {
    const due = Math.min(...open.map((w) => Date.parse(w.dueAt)));
    expect(Date.parse(item.expected_datetime as string)).toBe(due);
  }
  if (!sensitive) expect(item.address).toBe(request.address);
  else expect(item.address === null || /^\d+ block of /.test(item.address as string)).toBe(true);
  const link = request.mediaUrls[0];
  if (sensitive) expect(item.media_url).toBeNull();
  else if (link)
    expect(item.media_url).toBe(link.startsWith('/photos/') ? `${origin}${link}` : link);
  expect(item.attributes).toEqual(
    request.attributes.map((a) =>
      a.values
        ? { code: a.code, values: a.values.map(scrub) }
        : { code: a.code, value: scrub(a.value!) },
    ),
  );
}

/** A reporter's photo uploaded through the gateway's /photos, as a dispatcher taking a call. */
async function uploadPhoto() {
  const image = await sharp({
    create: { width: 320, height: 240, channels: 3, background: '#7d3a44' },
  })
    .jpeg()
    .toBuffer();
  const response = await fetch(`${stack.url}/photos?kind=REPORTER`, {
    method: 'POST',
    headers: { ...dispatcher, 'content-type': 'image/jpeg' },
    body: image,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const numbersOf = (items: Item[]) => items.map((item) => item.service_request_id as string);

beforeAll(async () => {
  // The seeded window ends a month ago: a third of it is older than the default 90 days.
  stack = await startSeededStack({
    city: { seed: 11, requests: 120, now: new Date(Date.now() - 30 * DAY_MS) },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
  supervisor = await signInAs(stack.url, 'SUPERVISOR');
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('GET requests', () => {
  it('lists the last 90 days, newest first, each request as the graph has it, in JSON and XML', async () => {
    const before = Date.now();
    const items = await list('/requests.json');
    const graphAll = await graphRequests();
    const inWindow = graphAll.filter((r) => Date.parse(r.requestedAt) >= before - 90 * DAY_MS);
    expect(inWindow.length).toBeGreaterThan(10);
    expect(inWindow.length).toBeLessThan(graphAll.length);
    expect(numbersOf(items).sort()).toEqual(inWindow.map((r) => r.number).sort());
    const times = items.map((item) => Date.parse(item.requested_datetime as string));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const byNumber = new Map(graphAll.map((r) => [r.number, r]));
    for (const item of items) {
      expectMatches(item, byNumber.get(item.service_request_id as string)!, stack.url);
    }
    await sameInXml('/requests', items);
  });

  it('filters by service_code, status and start_date/end_date like the graph', async () => {
    const graphAll = await graphRequests();
    const [code] = [...new Set(graphAll.map((r) => r.service.code))];
    const start = new Date(Date.now() - 100 * DAY_MS).toISOString();
    const end = new Date(Date.now() - 40 * DAY_MS).toISOString();
    const path = `/requests?service_code=${code}&status=closed&start_date=${start}&end_date=${end}`;
    const items = await list(path);
    const expected = graphAll.filter(
      (r) =>
        r.service.code === code &&
        r.status === 'CLOSED' &&
        Date.parse(r.requestedAt) >= Date.parse(start) &&
        Date.parse(r.requestedAt) < Date.parse(end),
    );
    expect(numbersOf(items).sort()).toEqual(expected.map((r) => r.number).sort());
    await sameInXml(path, items);

    const both = await list(`/requests?status=open,closed&start_date=${start}&end_date=${end}`);
    expect(both.length).toBe(
      graphAll.filter(
        (r) =>
          Date.parse(r.requestedAt) >= Date.parse(start) &&
          Date.parse(r.requestedAt) < Date.parse(end),
      ).length,
    );
  });

  it('takes service_request_id over every other filter', async () => {
    const graphAll = await graphRequests();
    const open = graphAll.filter((r) => r.status === 'OPEN').slice(0, 3);
    const old = graphAll.at(-1)!;
    const wanted = [...open.map((r) => r.number), old.number];
    const path = `/requests?service_request_id=${wanted.join(',')}&status=closed&service_code=NONE`;
    const items = await list(path);
    expect(numbersOf(items).sort()).toEqual([...wanted].sort());
    await sameInXml(path, items);
  });

  it('pages through the whole set: the pages add up to it, no repeats, no gaps', async () => {
    const whole = numbersOf(await list('/requests'));
    const walked: string[] = [];
    for (let page = 1; ; page++) {
      const items = await list(`/requests?page=${page}&page_size=7`);
      walked.push(...numbersOf(items));
      if (items.length < 7) break;
    }
    expect(walked).toEqual(whole);
    expect(new Set(walked).size).toBe(walked.length);
    const xmlPage = await list('/requests?page=2&page_size=7');
    await sameInXml('/requests?page=2&page_size=7', xmlPage);
  });

  it('walks by updated_after without missing a request changed during the walk', async () => {
    const since = new Date(Date.now() - 400 * DAY_MS).toISOString();
    const seen = new Map<string, string>();
    let resume = `updated_after=${encodeURIComponent(since)}`;
    const changed: string[] = [];
    const toChange = (await graphRequests({ status: 'OPEN' })).slice(0, 6);
    // Many requests changed in the same millisecond (a bulk change): pages end inside the tie.
    const tie = new Date('2026-06-01T12:00:00.123Z');
    const requests = stack.subgraphs.find(
      (s) => s.name === 'requests',
    ) as unknown as RunningSubgraph<{ serviceRequests: { number: string; updatedAt: Date } }>;
    const tied = (await graphRequests({ status: 'CLOSED' })).slice(0, 25).map((r) => r.number);
    await requests.db
      .updateTable('serviceRequests')
      .set({ updatedAt: tie })
      .where('number', 'in', tied)
      .execute();
    let pagesEndingInTie = 0;
    for (let page = 0; ; page++) {
      const items = await list(`/requests?${resume}&page_size=9`);
      const updates = items.map((item) => Date.parse(item.updated_datetime as string));
      expect(updates).toEqual([...updates].sort((a, b) => a - b));
      for (const item of items) {
        seen.set(item.service_request_id as string, item.updated_datetime as string);
      }
      if (items.length === 0) break;
      const last = items.at(-1)!;
      if (Date.parse(last.updated_datetime as string) === tie.getTime()) pagesEndingInTie++;
      resume = `updated_after=${encodeURIComponent(last.updated_datetime as string)}&after_service_request_id=${last.service_request_id}`;
      // Between pages, staff close requests: each moves to the end of the walk.
      const request = toChange[page];
      if (request) {
        for (const w of request.workOrders.filter((w) => w.status !== 'CANCELLED')) {
          await graph(
            'mutation ($input: CancelWorkOrderInput!) { cancelWorkOrder(input: $input) { workOrder { status } } }',
            { input: { id: w.id, expectedVersion: w.version, reason: 'Walk test' } },
            supervisor,
          );
        }
        changed.push(request.number);
      }
    }
    const now = await graphRequests({ updatedAfter: since });
    expect([...seen.keys()].sort()).toEqual(now.map((r) => r.number).sort());
    // Every request the walk saw, it saw as last updated.
    for (const request of now) sameInstant(seen.get(request.number), request.updatedAt);
    expect(changed.length).toBeGreaterThan(2);
    expect(pagesEndingInTie).toBeGreaterThanOrEqual(2);
    for (const number of tied) expect(seen.get(number)).toBe('2026-06-01T05:00:00.123-07:00');
  });

  it('finds a request again after a public note, which is news to its reporter; not after an internal one', async () => {
    const [request] = await graphRequests({ status: 'OPEN' });
    if (!request) throw new Error('no open request');
    const [before] = await list(`/requests/${request.number}`);
    const since = before!.updated_datetime as string;
    let workOrder = request.workOrders.find((w) => w.status !== 'CANCELLED')!;
    const note = async (visibility: 'PUBLIC' | 'INTERNAL', body: string) => {
      const { addWorkOrderNote } = await graph<{
        addWorkOrderNote: {
          workOrder: { id: string; version: number; status: string; dueAt: string };
        };
      }>(
        'mutation ($input: AddWorkOrderNoteInput!) { addWorkOrderNote(input: $input) { workOrder { id version status dueAt } } }',
        { input: { id: workOrder.id, expectedVersion: workOrder.version, body, visibility } },
        supervisor,
      );
      workOrder = addWorkOrderNote.workOrder;
    };
    const syncedSince = async () =>
      numbersOf(
        await list(
          `/requests?updated_after=${encodeURIComponent(since)}&after_service_request_id=${request.number}&service_code=${request.service.code}`,
        ),
      );

    await note('INTERNAL', 'Internal: waiting on the parts order');
    expect(await syncedSince()).not.toContain(request.number);

    await note('PUBLIC', 'A crew is booked for Thursday morning');
    expect(await syncedSince()).toContain(request.number);
    const [after] = await list(`/requests/${request.number}`);
    expect(after!.status_notes).toBe('A crew is booked for Thursday morning');
    expect(Date.parse(after!.updated_datetime as string)).toBeGreaterThan(Date.parse(since));
  });

  it('finds requests within lat/long/radius of where they are published', async () => {
    const graphAll = await graphRequests();
    const center = graphAll[0]!.location;
    const radius = 2500;
    const before = Date.now();
    const items = await list(`/requests?lat=${center.lat}&long=${center.lon}&radius=${radius}`);
    const distance = (r: GraphRequest) => {
      const [lon, lat] = r.service.locationSensitive
        ? snapToBlock(r.location.lon, r.location.lat)
        : [r.location.lon, r.location.lat];
      return distanceMeters(lon, lat, center.lon, center.lat);
    };
    const found = new Set(numbersOf(items));
    const recent = graphAll.filter((r) => Date.parse(r.requestedAt) >= before - 90 * DAY_MS);
    // Clear of the edge, where the two distance formulas may differ by a metre.
    const clear = recent.filter((r) => Math.abs(distance(r) - radius) > 10);
    for (const r of clear) expect(found.has(r.number), r.number).toBe(distance(r) < radius);
    expect(clear.filter((r) => distance(r) < radius).length).toBeGreaterThan(0);
    expect(clear.filter((r) => distance(r) > radius).length).toBeGreaterThan(0);
    expect(found.size).toBe(recent.filter((r) => distance(r) < radius).length);
  });

  it('answers each bad parameter with a 400 naming it, in JSON and XML', async () => {
    const cases: Array<[string, RegExp]> = [
      ['service_request_id=a%20b', /^service_request_id/],
      ['service_code=a%20b', /^service_code/],
      ['status=pending', /^status/],
      ['start_date=tomorrow', /^start_date/],
      ['end_date=2026-02-30', /^end_date/],
      ['start_date=2026-01-01&end_date=2026-06-01', /^start_date and end_date/],
      ['page=0', /^page/],
      ['page_size=5000', /^page_size/],
      ['updated_after=soon', /^updated_after/],
      ['updated_before=2026-13-01', /^updated_before/],
      ['after_service_request_id=PHX-26-000001', /^after_service_request_id/],
      ['lat=33&long=-112', /^lat, long and radius/],
      ['lat=33&long=-112&radius=99999', /^radius/],
      ['page=1&page=2', /^page/],
    ];
    for (const [query, description] of cases) {
      const error = await errorOf(`/requests?${query}`);
      expect(error, query).toMatchObject({ status: 400, code: 400 });
      expect(error.description, query).toMatch(description);
    }
  });

  it('is public: anyone may read, under requests.open311.read', async () => {
    expect(permits(ANONYMOUS, 'requests.open311.read')).toBe(true);
    const { status } = await open311('/requests?page_size=1');
    expect(status).toBe(200);
  });

  it('never answers a hostile query string with a 500', async () => {
    const hostile = [
      'service_request_id=%00',
      `service_code=${'x'.repeat(5000)}`,
      'status=%F0%9F%92%A9',
      'start_date=2026-11-01&start_date=2026-11-02',
      'lat=1e400&long=1&radius=1',
      'page=99999999999999999999',
      'updated_after=2026-11-01T00:00:00%2B25:00',
      'radius=-1&lat=0&long=0',
      `service_request_id=${'A,'.repeat(2000)}`,
    ];
    for (const query of hostile) {
      const { status } = await open311(`/requests.xml?${query}`);
      expect(status, query).toBeGreaterThanOrEqual(400);
      expect(status, query).toBeLessThan(500);
    }
  });
});

describe('GET requests/{id} and tokens/{token}', () => {
  it('answers a list of one, and a 404 naming an unknown number', async () => {
    const [request] = await graphRequests({ status: 'OPEN' });
    const items = await list(`/requests/${request!.number}.json`);
    expect(items).toHaveLength(1);
    expectMatches(items[0]!, request!, stack.url);
    await sameInXml(`/requests/${request!.number}`, items);

    const unknown = await errorOf('/requests/PHX-99-999999');
    expect(unknown).toMatchObject({ status: 404, code: 404 });
    expect(unknown.description).toContain('PHX-99-999999');
    expect(await errorOf('/requests/%3Cscript%3E')).toMatchObject({ status: 404 });
  });

  it('names the service in the locale asked for', async () => {
    const [request] = await graphRequests();
    const { serviceRequest } = await graph<{ serviceRequest: { service: { name: string } } }>(
      'query ($id: ID) { serviceRequest(id: $id) { service { name(locale: ES) } } }',
      { id: request!.id },
    );
    const [item] = await list(`/requests/${request!.number}.json?locale=es`);
    expect(item!.service_name).toBe(serviceRequest.service.name);
    expect(serviceRequest.service.name).not.toBe(request!.service.name);
  });

  it('turns a token into its request number; unknown or malformed is a 404', async () => {
    const [request] = await graphRequests();
    const { status, text } = await open311(`/tokens/${request!.id}.json`);
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual([{ service_request_id: request!.number, token: request!.id }]);
    const asXml = xml.parse((await open311(`/tokens/${request!.id}.xml`)).text);
    expect(asXml.service_requests.request).toEqual([
      { service_request_id: request!.number, token: request!.id },
    ]);
    expect(await errorOf('/tokens/00000000-0000-4000-8000-000000000000')).toMatchObject({
      status: 404,
    });
    expect(await errorOf('/tokens/not-a-token')).toMatchObject({ status: 404 });
  });
});

describe('personal data', () => {
  it('never publishes the reporter, nor contacts written in the text; sensitive places at their block', async () => {
    const { services } = await graph<{
      services: Array<{
        id: string;
        code: string;
        locationSensitive: boolean;
        attributes: Array<{
          code: string;
          datatype: string;
          variable: boolean;
          required: boolean;
          values: Array<{ key: string }>;
        }>;
      }>;
    }>(
      '{ services { id code locationSensitive attributes { code datatype variable required values { key } } } }',
    );
    const secrets = ['Zelda Quixote', 'zelda.q@example.net', '602-555-0199', '480 555 0123'];
    const filed: Array<{ id: string; number: string; sensitive: boolean }> = [];
    for (const service of [
      services.find((s) => !s.locationSensitive)!,
      services.find((s) => s.locationSensitive)!,
    ]) {
      const attributes = service.attributes
        .filter((a) => a.variable)
        .map((a) => {
          const type = a.datatype.toLowerCase();
          if (type === 'multivaluelist') return { code: a.code, values: [a.values[0]!.key] };
          if (type === 'singlevaluelist') return { code: a.code, value: a.values[0]!.key };
          if (type === 'number') return { code: a.code, value: '2' };
          if (type === 'datetime') return { code: a.code, value: '2026-11-20T14:00:00Z' };
          return { code: a.code, value: 'call 480 555 0123 after six' };
        });
      const photoIds = service.locationSensitive ? [] : [await uploadPhoto()];
      const { createServiceRequest } = await graph<{
        createServiceRequest: { id: string; number: string };
      }>(
        `mutation ($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id number } }`,
        {
          input: {
            serviceId: service.id,
            location: { lon: -112.0741, lat: 33.4487 },
            address: '1234 W Washington St',
            description:
              'Outside 1234 W Washington St. Reach me at zelda.q@example.net or 602-555-0199.',
            channel: 'PHONE',
            attributes,
            photoIds,
            reporter: {
              name: 'Zelda Quixote',
              email: 'zelda.q@example.net',
              phone: '602-555-0199',
            },
          },
        },
      );
      filed.push({ ...createServiceRequest, sensitive: service.locationSensitive });
    }
    // A public note with a contact in it, then an internal one: the latest PUBLIC one shows.
    const { serviceRequest } = await graph<{
      serviceRequest: { workOrders: Array<{ id: string; version: number }> };
    }>('query ($id: ID) { serviceRequest(id: $id) { workOrders { id version } } }', {
      id: filed[0]!.id,
    });
    let { id: workOrderId, version } = serviceRequest.workOrders[0]!;
    for (const [visibility, body] of [
      ['PUBLIC', 'Crew booked; questions to ops.lead@example.gov or 602 555 0142'],
      ['INTERNAL', 'Internal only: the caller sounded upset'],
    ] as const) {
      const { addWorkOrderNote } = await graph<{
        addWorkOrderNote: { workOrder: { version: number } };
      }>(
        'mutation ($input: AddWorkOrderNoteInput!) { addWorkOrderNote(input: $input) { workOrder { version } } }',
        { input: { id: workOrderId, expectedVersion: version, body, visibility } },
        supervisor,
      );
      version = addWorkOrderNote.workOrder.version;
    }
    secrets.push('ops.lead@example.gov', '602 555 0142', 'Internal only');
    const numbers = filed.map((f) => f.number).join(',');
    const outputs = [
      (await open311('/requests.json')).text,
      (await open311('/requests.xml')).text,
      (await open311(`/requests.xml?service_request_id=${numbers}`)).text,
      ...(await Promise.all(
        filed.map(async (f) => (await open311(`/requests/${f.number}.xml`)).text),
      )),
      ...(await Promise.all(filed.map(async (f) => (await open311(`/tokens/${f.id}.json`)).text))),
    ];
    for (const output of outputs) {
      for (const secret of secrets) expect(output).not.toContain(secret);
    }
    const items = await list(`/requests?service_request_id=${numbers}`);
    const graphFiled = await graphRequests({
      updatedAfter: new Date(Date.now() - DAY_MS).toISOString(),
    });
    for (const f of filed) {
      const item = items.find((i) => i.service_request_id === f.number)!;
      const request = graphFiled.find((r) => r.number === f.number)!;
      expectMatches(item, request, stack.url);
      expect(item.description).toContain('[email removed]');
      expect(item.description).toContain('[phone removed]');
      if (!f.sensitive) {
        expect(item.status_notes).toBe(
          'Crew booked; questions to [email removed] or [phone removed]',
        );
        // The city's stored photo is linked only for callers who may open it (requests.read):
        // an anonymous app would be sent to a 401.
        expect(item.media_url).toBeNull();
        const [asStaff] = JSON.parse(
          (await open311(`/requests/${f.number}.json`, dispatcher)).text,
        );
        expect(asStaff.media_url).toMatch(new RegExp(`^${stack.url}/photos/[0-9a-f-]{36}$`));
        const photo = await fetch(asStaff.media_url as string, { headers: dispatcher });
        expect(photo.status).toBe(200);
        expect(photo.headers.get('content-type')).toBe('image/jpeg');
      }
      if (f.sensitive) {
        const [lon, lat] = snapToBlock(-112.0741, 33.4487);
        expect([item.long, item.lat]).toEqual([lon, lat]);
        expect(item.address).toBe('1200 block of W Washington St');
        expect(item.description).not.toContain('1234');
        expect(item.media_url).toBeNull();
      } else {
        expect([item.long, item.lat]).toEqual([-112.0741, 33.4487]);
        expect(item.address).toBe('1234 W Washington St');
      }
    }
  });
});
