import { ANONYMOUS } from '@civicgraph/platform';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { OPEN311_REQUEST_PARAMETERS } from './open311-parameters';
import { getAsCaller } from './tiles-client';

// Every parameter of GET requests, requests/{id} and tokens/{token}, fuzzed over HTTP:
// a 200 or a 4xx in the spec's error list, never a 500.

let h: RequestsHarness;
beforeAll(async () => {
  h = await startRequestsHarness(40);
});
afterAll(() => h?.close());

const NAMES = [...OPEN311_REQUEST_PARAMETERS, 'jurisdiction_id', 'locale'];

const hostileValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    '\u0000',
    '%',
    '1e309',
    '-1',
    'NaN',
    '2026-11-01',
    '2026-11-01T00:00:00Z',
    'open',
    'PHX-26-000001',
    '33.45',
    '0x10',
    '[]',
    '💩',
  ),
  fc.string({ minLength: 1000, maxLength: 1500 }),
);

let lastJson: unknown;
/** As a URL carries it: WHATWG URLs also encode `'` in a query, which the signature covers. */
const encoded = (value: string) => encodeURIComponent(value).replace(/'/g, '%27');

async function statusOf(path: string) {
  const reply = await getAsCaller(h.running.url, ANONYMOUS, path);
  lastJson = reply.json;
  // 431: Node's HTTP parser refuses a request line over 16 KiB before any route sees it.
  if (reply.status >= 400 && reply.status !== 431) {
    const listed = Array.isArray(reply.json) || reply.headers.get('content-type')?.includes('xml');
    expect(listed, `${reply.status} ${new TextDecoder().decode(reply.bytes).slice(0, 200)}`).toBe(
      true,
    );
  }
  return reply.status;
}

describe('Open311 reads under fuzzed parameters', () => {
  it('answer GET requests with a 200 or a 4xx, in both formats', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...NAMES), hostileValue), { maxLength: 4 }),
        fc.constantFrom('', '.json', '.xml'),
        async (pairs, format) => {
          const query = pairs.map(([name, value]) => `${name}=${encoded(value)}`).join('&');
          const status = await statusOf(`/open311/v2/requests${format}${query ? `?${query}` : ''}`);
          expect(
            status === 200 || (status >= 400 && status < 500),
            `${status} ${query} ${JSON.stringify(lastJson)}`,
          ).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answer requests/{id} and tokens/{token} with a 200 or a 404, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('requests', 'tokens'),
        fc.oneof(hostileValue, fc.uuid()),
        fc.constantFrom('', '.json', '.xml'),
        async (endpoint, id, format) => {
          const status = await statusOf(`/open311/v2/${endpoint}/${encoded(id)}${format}`);
          expect(status === 200 || (status >= 400 && status < 500), `${status} ${id}`).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
