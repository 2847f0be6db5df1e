import { postGraphQL } from '@civicgraph/platform/testing';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { createPartnerKey, signInAs, startSeededStack } from '../src/testing';

// GeoReport v2's POST requests through the gateway, as a partner app files them: the
// spec's form in, the spec's answer out, the request in the graph as the city sees it,
// and every refusal a 4xx naming the argument, with nothing written.
let stack: RunningStack;
let admin: Record<string, string>;
let dispatcher: Record<string, string>;
let writerKey: string;
let readerKey: string;
// Text as sent: every element checked by name, ids kept as strings.
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => name === 'request' || name === 'error',
});

const INSIDE = { lat: '33.4484', long: '-112.074' };
const OUTSIDE = { lat: '33.72', long: '-112.30' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 31, requests: 20, now: new Date('2026-11-01T15:00:00Z') },
  });
  admin = await signInAs(stack.url, 'ADMIN');
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
  writerKey = await createPartnerKey(stack.url, ['REQUESTS_WRITE'], { name: 'Writer app' });
  readerKey = await createPartnerKey(stack.url, ['REQUESTS_READ', 'CATALOG_READ'], {
    name: 'Reader app',
  });
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

type Fields = ReadonlyArray<readonly [string, string]>;

/** POSTs the form as the writer app (key in the header, and in the form as helper A reads it). */
async function post(
  format: 'json' | 'xml',
  fields: Fields,
  key: string | null = writerKey,
): Promise<{ status: number; type: string | null; text: string }> {
  const body = new URLSearchParams(fields as [string, string][]);
  if (key) body.append('api_key', key);
  const response = await fetch(`${stack.url}/open311/v2/requests.${format}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(key ? { 'x-api-key': key } : {}),
    },
    body: body.toString(),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** The one error of an error answer, in either format. */
function onlyError(format: 'json' | 'xml', text: string): { code: string; description: string } {
  const errors =
    format === 'json'
      ? (JSON.parse(text) as Array<{ code: number; description: string }>)
      : (xml.parse(text).errors.error as Array<{ code: string; description: string }>);
  expect(errors).toHaveLength(1);
  return { code: String(errors[0]!.code), description: errors[0]!.description };
}

const REQUEST_FIELDS = `id number service { code } channel description locale address
  location { lon lat } attributes { code value values } mediaUrls
  reporter { name email phone } workOrders { id }`;

interface GraphRequest {
  id: string;
  number: string;
  service: { code: string };
  channel: string;
  description: string;
  locale: string;
  address: string;
  location: { lon: number; lat: number };
  attributes: Array<{ code: string; value: string | null; values: string[] | null }>;
  mediaUrls: string[];
  reporter: { name: string | null; email: string | null; phone: string | null } | null;
  workOrders: Array<{ id: string }> | null;
}

async function readInGraph(number: string, headers: Record<string, string>) {
  return postGraphQL<{ serviceRequest: GraphRequest | null }>(
    `${stack.url}/graphql`,
    `query ($number: String!) { serviceRequest(number: $number) { ${REQUEST_FIELDS} } }`,
    { number },
    { headers },
  );
}

/** The request as a dispatcher reads it: everything, the reporter included. */
async function requestInGraph(number: string) {
  const answer = await readInGraph(number, dispatcher);
  expect(answer.errors ?? []).toEqual([]);
  return answer.data!.serviceRequest!;
}

/** How many requests and work orders the city holds: a refusal must change neither. */
async function counts() {
  const answer = await postGraphQL<{
    serviceRequests: { totalCount: number };
    workOrders: { totalCount: number };
  }>(
    `${stack.url}/graphql`,
    '{ serviceRequests(first: 1) { totalCount } workOrders(first: 1) { totalCount } }',
    {},
    { headers: admin },
  );
  return {
    requests: answer.data!.serviceRequests.totalCount,
    workOrders: answer.data!.workOrders.totalCount,
  };
}

const POTHOLE: Fields = [
  ['service_code', 'POTHOLE'],
  ['lat', INSIDE.lat],
  ['long', INSIDE.long],
  ['attribute[SIZE]', 'LARGE'],
  ['attribute[LOCATION_IN_ROAD]', 'TRAVEL_LANE'],
  ['description', 'A deep pothole in the eastbound lane'],
];

describe('POST requests: filing', () => {
  it('files a request in JSON with every field the spec has, and the graph shows it', async () => {
    const answer = await post('json', [
      ...POTHOLE,
      ['attribute[DEPTH_CM]', '12.5'],
      ['email', 'ana@example.org'],
      ['first_name', 'Ana'],
      ['last_name', 'López'],
      ['phone', '+1 (602) 555-0100'],
      ['media_url', 'https://photos.example.org/pothole.jpg'],
      ['device_id', 'device-42'],
      ['account_id', 'acct-7'],
      ['an_extension_we_do_not_know', 'ignored'],
    ]);
    expect(answer.status).toBe(201);
    expect(answer.type).toMatch(/^application\/json/);
    const body = JSON.parse(answer.text);
    expect(body).toEqual([
      {
        service_request_id: expect.stringMatching(/^PHX-\d{2}-\d{6}$/),
        token: expect.stringMatching(UUID),
        service_notice: null,
        account_id: 'acct-7',
      },
    ]);
    expect(Object.keys(body[0])).toEqual([
      'service_request_id',
      'token',
      'service_notice',
      'account_id',
    ]);

    const filed = await requestInGraph(body[0].service_request_id);
    expect(filed).toMatchObject({
      id: body[0].token,
      service: { code: 'POTHOLE' },
      channel: 'MOBILE_APP',
      description: 'A deep pothole in the eastbound lane',
      locale: 'EN',
      address: `${INSIDE.lat}, ${INSIDE.long}`,
      location: { lon: -112.074, lat: 33.4484 },
      mediaUrls: ['https://photos.example.org/pothole.jpg'],
      reporter: { name: 'Ana López', email: 'ana@example.org', phone: '+1 (602) 555-0100' },
    });
    expect(filed.attributes).toEqual([
      { code: 'DEPTH_CM', value: '12.5', values: null },
      { code: 'LOCATION_IN_ROAD', value: 'TRAVEL_LANE', values: null },
      { code: 'SIZE', value: 'LARGE', values: null },
    ]);
    expect(filed.workOrders).toHaveLength(1);

    // The reporter is personal data: an analyst, or a partner app that reads requests,
    // sees the request but none of it.
    for (const headers of [{ 'x-api-key': readerKey }, await signInAs(stack.url, 'ANALYST')]) {
      const other = await readInGraph(body[0].service_request_id, headers);
      expect(other.data!.serviceRequest).toMatchObject({ id: body[0].token, reporter: null });
      expect(
        other.errors?.find((e) => e.path?.join('.') === 'serviceRequest.reporter'),
      ).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('files a request in XML with a list attribute, and answers element by element', async () => {
    const answer = await post('xml', [
      ['service_code', 'GRAFFITI'],
      ['lat', INSIDE.lat],
      ['long', INSIDE.long],
      ['address_string', '200 W Washington St'],
      ['attribute[SURFACE][]', 'WALL'],
      ['attribute[SURFACE][]', 'UTILITY_BOX'],
      ['attribute[OFFENSIVE]', 'NO'],
      ['description', 'Tags on the wall and the box'],
      ['locale', 'es'],
    ]);
    expect(answer.status).toBe(201);
    expect(answer.type).toMatch(/^text\/xml/);
    expect(answer.text).toMatch(
      /<service_requests><request><service_request_id>[^<]+<\/service_request_id><token>[^<]+<\/token><service_notice\s*\/?>(<\/service_notice>)?<account_id\s*\/?>(<\/account_id>)?<\/request><\/service_requests>/,
    );
    const [request] = xml.parse(answer.text).service_requests.request;
    expect(request.service_request_id).toMatch(/^PHX-\d{2}-\d{6}$/);
    expect(request.token).toMatch(UUID);
    expect(request.service_notice).toBe('');
    expect(request.account_id).toBe('');

    const filed = await requestInGraph(request.service_request_id);
    expect(filed).toMatchObject({
      id: request.token,
      channel: 'WEB',
      locale: 'ES',
      address: '200 W Washington St',
      reporter: null,
    });
    expect(filed.attributes).toEqual([
      { code: 'OFFENSIVE', value: 'NO', values: null },
      { code: 'SURFACE', value: null, values: ['WALL', 'UTILITY_BOX'] },
    ]);
  });

  it('describes a request sent without a description by its service, in its language', async () => {
    const fields = POTHOLE.filter(([name]) => name !== 'description');
    const english = JSON.parse((await post('json', fields)).text)[0];
    expect((await requestInGraph(english.service_request_id)).description).toBe('Pothole');
    const spanish = JSON.parse((await post('json', [...fields, ['locale', 'es']])).text)[0];
    expect((await requestInGraph(spanish.service_request_id)).description).toBe('Bache');
  });
});

describe('POST requests: placing an address', () => {
  async function crossing(first: string, second: string) {
    const answer = await postGraphQL<{
      a: Array<{ geometry: { coordinates: number[][] } }>;
      b: Array<{ geometry: { coordinates: number[][] } }>;
    }>(
      `${stack.url}/graphql`,
      `query ($a: String!, $b: String!) {
        a: streets(name: $a) { geometry } b: streets(name: $b) { geometry } }`,
      { a: first, b: second },
    );
    // The grid's north-south streets keep one longitude, east-west ones one latitude.
    return {
      lon: answer.data!.a[0]!.geometry.coordinates[0]![0]!,
      lat: answer.data!.b[0]!.geometry.coordinates[0]![1]!,
    };
  }

  it.each([
    'Central Ave & Van Buren St',
    'central avenue and van buren street',
    'Central Ave. at Van Buren St.',
    'Van Buren St / Central Ave',
  ])('places "%s" where the two streets cross', async (address) => {
    const expected = await crossing('Central Ave', 'Van Buren St');
    const answer = await post('json', [
      ...POTHOLE.filter(([name]) => name !== 'lat' && name !== 'long'),
      ['address_string', address],
    ]);
    expect(answer.status, answer.text).toBe(201);
    const filed = await requestInGraph(JSON.parse(answer.text)[0].service_request_id);
    expect(filed.address).toBe(address);
    expect(filed.location.lon).toBeCloseTo(expected.lon, 9);
    expect(filed.location.lat).toBeCloseTo(expected.lat, 9);
  });

  it('ignores address_id beside lat and long', async () => {
    const answer = await post('json', [...POTHOLE, ['address_id', 'A-123']]);
    expect(answer.status).toBe(201);
  });
});

const withoutLocation = POTHOLE.filter(([name]) => name !== 'lat' && name !== 'long');
const replacing = (name: string, value: string | null): Fields => [
  ...POTHOLE.filter(([n]) => n !== name),
  ...(value === null ? [] : [[name, value] as const]),
];

/** Each refusal: the form, and what its description must say (the argument first). */
const REFUSALS: Array<[string, Fields, RegExp]> = [
  ['missing service_code', replacing('service_code', null), /^service_code is required/],
  ['an unknown service', replacing('service_code', 'NO_SUCH_THING'), /^service_code: .*NO_SUCH/],
  ['a missing location', withoutLocation, /lat and long, or address_string/],
  ['lat without long', replacing('long', null), /lat is given without long/],
  ['a bad lat', replacing('lat', '33.4e1'), /^lat must be decimal degrees/],
  ['a lat beyond the pole', replacing('lat', '91'), /^lat must be decimal degrees/],
  [
    'a point outside the city',
    [
      ...POTHOLE.filter(([n]) => n !== 'lat' && n !== 'long'),
      ['lat', OUTSIDE.lat],
      ['long', OUTSIDE.long],
    ],
    /^lat\/long: .*outside/,
  ],
  ['a bad email', [...POTHOLE, ['email', 'ana-at-example']], /^email: .*not an email/],
  ['a bad phone', [...POTHOLE, ['phone', '12']], /^phone: /],
  ['a bad attribute value', replacing('attribute[SIZE]', 'HUGE'), /^attribute\[SIZE\]: HUGE/],
  [
    'a missing required attribute',
    replacing('attribute[SIZE]', null),
    /^attribute\[SIZE\]: .*required/,
  ],
  [
    'an attribute the service lacks',
    [...POTHOLE, ['attribute[COLOUR]', 'RED']],
    /^attribute\[COLOUR\]/,
  ],
  [
    'a list for a one-value attribute',
    [...replacing('attribute[SIZE]', null), ['attribute[SIZE][]', 'LARGE']],
    /attribute\[SIZE\] takes one value/,
  ],
  [
    'a description too long',
    replacing('description', 'x'.repeat(4001)),
    /^description: .*4001 characters/,
  ],
  ['a description with HTML', replacing('description', '<b>hole</b>'), /^description: .*HTML/],
  [
    'a media_url that is not http',
    [...POTHOLE, ['media_url', 'javascript:alert(1)']],
    /^media_url: /,
  ],
  [
    'a field given twice',
    [...POTHOLE, ['email', 'a@example.org'], ['email', 'b@example.org']],
    /^email is given 2 times/,
  ],
  [
    'an attribute given twice',
    [...POTHOLE, ['attribute[SIZE]', 'SMALL']],
    /^attribute\[SIZE\] is given twice/,
  ],
  [
    'an address it cannot place',
    [...withoutLocation, ['address_string', 'Central Ave & Nowhere Rd']],
    /^address_string could not be placed.*lat and long/,
  ],
  [
    'address_id alone',
    [...withoutLocation, ['address_id', 'A-123']],
    /^address_id .*no master address/,
  ],
  ['a NUL in a value', replacing('description', 'a\u0000b'), /U\+0000/],
];

describe('POST requests: refusals', () => {
  it.each(REFUSALS)(
    'refuses %s with a 400 naming the argument, in JSON and XML',
    async (_what, fields, description) => {
      const before = await counts();
      for (const format of ['json', 'xml'] as const) {
        const answer = await post(format, fields);
        expect(answer.status, answer.text).toBe(400);
        expect(onlyError(format, answer.text)).toEqual({
          code: '400',
          description: expect.stringMatching(description),
        });
      }
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a retired service with the reason', async () => {
    const retired = await postGraphQL<{ services: Array<{ id: string; code: string }> }>(
      `${stack.url}/graphql`,
      '{ services { id code } }',
      {},
      { headers: admin },
    );
    const sweeping = retired.data!.services.find((s) => s.code === 'STREET_SWEEPING')!;
    const retire = await postGraphQL(
      `${stack.url}/graphql`,
      'mutation ($id: ID!) { retireService(input: { id: $id }) { __typename } }',
      { id: sweeping.id },
      { headers: admin },
    );
    expect(retire.errors ?? []).toEqual([]);
    const answer = await post('json', [...replacing('service_code', 'STREET_SWEEPING')]);
    expect(answer.status).toBe(400);
    expect(onlyError('json', answer.text).description).toMatch(/^service_code: .*retired/);
  });

  it('refuses an anonymous caller and a key without requests:write with a 403', async () => {
    const before = await counts();
    for (const format of ['json', 'xml'] as const) {
      const anonymous = await post(format, POTHOLE, null);
      expect(anonymous.status).toBe(403);
      expect(onlyError(format, anonymous.text)).toEqual({
        code: '403',
        description: expect.stringMatching(/^api_key is required/),
      });
      const reader = await post(format, POTHOLE, readerKey);
      expect(reader.status).toBe(403);
      expect(onlyError(format, reader.text).description).toMatch(/requests:write/);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('POST requests: any form', () => {
  const names = fc.constantFrom(
    'service_code',
    'lat',
    'long',
    'address_string',
    'address_id',
    'email',
    'first_name',
    'last_name',
    'phone',
    'description',
    'media_url',
    'device_id',
    'account_id',
    'attribute[SIZE]',
    'attribute[SIZE][]',
    'attribute[LOCATION_IN_ROAD]',
    'attribute[]',
    'attribute[[x]]',
    'jurisdiction_id',
    'locale',
  );
  const values = fc.oneof(
    fc.constantFrom(
      '',
      'POTHOLE',
      'GRAFFITI',
      INSIDE.lat,
      INSIDE.long,
      'NaN',
      '-0',
      '1e308',
      'LARGE',
      'TRAVEL_LANE',
      'Central Ave & Van Buren St',
      'a@example.org',
      '\u0000',
      '\uFFFF',
      'x'.repeat(5000),
      '<script>',
    ),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const forms = fc.array(fc.tuple(names, values), { maxLength: 12 });

  it('never answers a 500, and a refused form writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        forms,
        fc.boolean(),
        fc.constantFrom('json' as const, 'xml' as const),
        async (fields, onAPothole, format) => {
          const before = await counts();
          // Half the forms start from a good one, so that extras and repeats meet intake.
          const answer = await post(format, [...(onAPothole ? POTHOLE : []), ...fields]);
          expect([201, 400, 403, 404]).toContain(answer.status);
          const after = await counts();
          if (answer.status === 201) {
            expect(after).toEqual({
              requests: before.requests + 1,
              workOrders: before.workOrders + 1,
            });
          } else {
            expect(after).toEqual(before);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
