import { ANONYMOUS } from '@civicgraph/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { getAsCaller } from './tiles-client';

// What only a direct call to the subgraph shows: the gateway always names its origin,
// so stack/test/open311-catalog.test.ts cannot see discovery without one.
let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness(5);
});
afterAll(() => h?.close());

async function getJson<T>(path: string, headers: Record<string, string> = {}) {
  const reply = await getAsCaller(h.running.url, ANONYMOUS, `/open311/v2${path}`, headers);
  expect(reply.status).toBe(200);
  return JSON.parse(new TextDecoder().decode(reply.bytes)) as T;
}

type Discovery = { endpoints: Array<{ url: string }> };

describe('Open311 discovery reached directly', () => {
  it('writes a root-relative endpoint url without an origin, or with one that is not one', async () => {
    expect((await getJson<Discovery>('/discovery.json')).endpoints[0]?.url).toBe('/open311/v2');
    const forged = await getJson<Discovery>('/discovery.json', {
      'x-civicgraph-origin': 'javascript:alert(1)//',
    });
    expect(forged.endpoints[0]?.url).toBe('/open311/v2');
    const named = await getJson<Discovery>('/discovery.json', {
      'x-civicgraph-origin': 'https://311.City.example',
    });
    expect(named.endpoints[0]?.url).toBe('https://311.city.example/open311/v2');
  });

  it('falls back to English for a language the city does not write in', async () => {
    const english = await getJson<unknown[]>('/services.json');
    expect(english.length).toBeGreaterThan(0);
    expect(await getJson('/services.json?locale=fr')).toEqual(english);
    expect(await getJson('/services.json', { 'accept-language': 'de, fr;q=0.8' })).toEqual(english);
  });
});
