import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { createPartnerKey, startSeededStack } from '../src/testing';
import { hostileString } from './fuzz/hostile-values';

/**
 * Requests in one run: each draws a path, a format, parameters (or a form) from
 * hostile values. fast-check prints the seed and path of a failure, which
 * `fc.assert(property, { seed, path })` replays.
 */
const RUNS = 300;

// Whatever a client sends to /open311/v2, the answer is the spec's: a document or
// the error list, in the format the path asked for, with a 2xx or 4xx — never a 500,
// never a page of another shape.
let stack: RunningStack;
let apiKey: string;

const xml = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'error' });

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 40, now: new Date('2026-11-01T15:00:00Z') },
  });
  apiKey = await createPartnerKey(stack.url, ['CATALOG_READ', 'REQUESTS_READ', 'REQUESTS_WRITE'], {
    name: 'Hostile 311 app',
  });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

/** The parameters GET requests and the catalog read, and the fields POST requests takes. */
const QUERY_NAMES = [
  'service_request_id',
  'service_code',
  'start_date',
  'end_date',
  'status',
  'page',
  'page_size',
  'updated_after',
  'updated_before',
  'lat',
  'long',
  'radius',
  'locale',
  'jurisdiction_id',
  'api_key',
];
const FORM_NAMES = [
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
  'attribute[]',
  'attribute[[',
  'jurisdiction_id',
  'locale',
];

/** Values that are nearly right (dates, numbers, codes) as well as plain hostile text. */
const hostileValue = fc.oneof(
  hostileString,
  fc.constantFrom(
    '2026-02-30',
    '2026-11-01T25:00:00Z',
    '1994-11-05T08:15:30-05:00',
    '-1',
    '0',
    '1e309',
    'NaN',
    '33.45',
    '-112.07',
    '99999999999999999999',
    'open,closed,',
    ',,,',
    'PHX-26-000001',
    'true',
  ),
  fc.double().map(String),
  fc.integer().map(String),
);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const pathArbitrary = fc.oneof(
  fc.constantFrom(
    'discovery',
    'services',
    'requests',
    'tokens',
    '',
    'services/POTHOLE',
    'requests/PHX-26-000001',
    'tokens/00000000-0000-0000-0000-000000000000',
    '..',
    '../graphql',
    'requests/../../graphql',
    '%2e%2e/graphql',
    'services/%',
    'services/%zz',
    'requests/%C0%80',
    'requests/a/b/c',
  ),
  fc
    .tuple(fc.constantFrom('services', 'requests', 'tokens'), hostileString)
    // A lone surrogate cannot be %-encoded at all: sent as U+FFFD, as a browser would.
    .map(
      ([endpoint, id]) =>
        `${endpoint}/${encodeURIComponent(id.slice(0, 300).replace(LONE_SURROGATE, '\ufffd'))}`,
    ),
);

const extensionArbitrary = fc.constantFrom('', '.json', '.xml', '.XML', '.csv', '.json.xml', '.');

const paramsArbitrary = (names: string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...names), hostileValue), { maxLength: 6 });

const callArbitrary = fc.record({
  method: fc.constantFrom('GET', 'GET', 'POST'),
  path: pathArbitrary,
  extension: extensionArbitrary,
  query: paramsArbitrary(QUERY_NAMES),
  form: paramsArbitrary(FORM_NAMES),
  key: fc.constantFrom('none', 'good', 'bad'),
  contentType: fc.constantFrom(
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded',
    'application/json',
    'text/plain',
  ),
});

type Call = typeof callArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Drops what URLSearchParams cannot carry (lone surrogates become U+FFFD, as browsers do). */
function encode(pairs: Array<[string, string]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) params.append(name, value);
  return params.toString();
}

async function send(call: Call) {
  const query = [...call.query] as Array<[string, string]>;
  const form = [...call.form] as Array<[string, string]>;
  const key = call.key === 'good' ? apiKey : call.key === 'bad' ? 'cgk_nope_not-a-key' : null;
  if (key) (call.method === 'POST' ? form : query).push(['api_key', key]);
  const search = query.length > 0 ? `?${encode(query)}` : '';
  const url = `${stack.url}/open311/v2/${call.path}${call.extension}${search}`;
  const response = await fetch(url, {
    method: call.method,
    ...(call.method === 'POST'
      ? { headers: { 'content-type': call.contentType }, body: encode(form) }
      : {}),
  });
  return { url, response, body: await response.text() };
}

describe('Open311 under hostile input', () => {
  it('answers every request with a 2xx or 4xx in the spec’s shape and the asked format', async () => {
    await fc.assert(
      fc.asyncProperty(callArbitrary, async (call) => {
        const { url, response, body } = await send(call);
        const context = `${call.method} ${url} → ${response.status} ${body.slice(0, 300)}`;
        expect(response.status, context).toBeGreaterThanOrEqual(200);
        expect(response.status, context).toBeLessThan(500);
        // A path whose dot segments lead out of /open311/v2 (fetch resolves them, as
        // browsers do) is another route's business: only "no 500" holds for it.
        const { pathname } = new URL(url);
        if (!pathname.startsWith('/open311/v2')) return;
        // A request line over Node's 16 KiB header limit is refused by HTTP itself,
        // before any route: a 431, the transport's answer rather than the spec's.
        if (response.status === 431) return;
        const type = response.headers.get('content-type') ?? '';
        const asXml = /\.xml$/i.test(pathname);
        if (asXml) {
          expect(type, context).toMatch(/^text\/xml/);
          expect(XMLValidator.validate(body), context).toBe(true);
        } else {
          expect(type, context).toMatch(/^application\/json/);
        }
        if (response.status < 400) return;
        const errors = asXml ? xml.parse(body).errors?.error : JSON.parse(body);
        expect(Array.isArray(errors), context).toBe(true);
        for (const error of errors as Array<{ code: unknown; description: unknown }>) {
          expect(Number(error.code), context).toBe(response.status);
          expect(String(error.description).length, context).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
