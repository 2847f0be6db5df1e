import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { startSeededStack } from '../src/testing';

// GeoReport v2's paths through the gateway: what is not an endpoint is the spec's
// error list, in the format the path asked for, never an HTML page or a 500.
let stack: RunningStack;
const xml = new XMLParser({ isArray: (name) => name === 'error' });

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 30, now: new Date('2026-11-01T15:00:00Z') },
  });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${stack.url}/open311/v2${path}`, init);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

describe('Open311 paths', () => {
  it('answers an unknown path with a 404 in JSON, and in XML when it ends in .xml', async () => {
    const json = await get('/nothing-here.json');
    expect(json.status).toBe(404);
    expect(json.type).toMatch(/^application\/json/);
    expect(JSON.parse(json.text)).toEqual([
      { code: 404, description: expect.stringContaining('discovery') },
    ]);

    const asXml = await get('/nothing/here.xml');
    expect(asXml.status).toBe(404);
    expect(asXml.type).toMatch(/^text\/xml/);
    const errors = xml.parse(asXml.text).errors.error;
    expect(errors).toEqual([{ code: 404, description: expect.stringContaining('discovery') }]);
  });

  it('refuses a format it does not serve, and a method an endpoint does not take', async () => {
    const csv = await get('/services.csv');
    expect(csv.status).toBe(404);
    expect(JSON.parse(csv.text)[0].description).toMatch(/\.json and \.xml/);

    const post = await get('/services.xml', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(post.status).toBe(405);
    expect(xml.parse(post.text).errors.error[0]).toMatchObject({ code: 405 });
  });

  it('answers a path it cannot decode with a 400 in the spec’s shape', async () => {
    const broken = await get('/services/%zz.xml');
    expect(broken.status).toBe(400);
    expect(broken.type).toMatch(/^text\/xml/);
    expect(xml.parse(broken.text).errors.error[0]).toMatchObject({ code: 400 });

    const elsewhere = await fetch(`${stack.url}/photos/%zz`);
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('checks jurisdiction_id against the city it serves', async () => {
    const other = await get('/services.xml?jurisdiction_id=somewhere.else.gov');
    expect(other.status).toBe(404);
    expect(xml.parse(other.text).errors.error[0].description).toMatch(/jurisdiction_id/);
  });
});
