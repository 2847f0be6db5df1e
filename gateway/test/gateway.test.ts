import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, type RunningServer } from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSupergraph, startGateway } from '../src';

// These tests need no subgraph: they cover what the gateway itself serves.
const logger = createLogger('test', 'silent');
const unreachable = 'http://127.0.0.1:9/graphql';
const subgraphUrls = {
  accounts: unreachable,
  assets: unreachable,
  datasets: unreachable,
  requests: unreachable,
};
let consoleDir: string;
let gateway: RunningServer;
let origin: string;

beforeAll(async () => {
  consoleDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-console-'));
  await mkdir(path.join(consoleDir, 'assets'));
  await writeFile(
    path.join(consoleDir, 'index.html'),
    '<!doctype html><title>CivicGraph Console</title>',
  );
  await writeFile(path.join(consoleDir, 'assets', 'app.js'), 'console.log("app")');
  gateway = await startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls,
    host: '127.0.0.1',
    port: 0,
    logger,
    consoleDir,
    secrets: TEST_SECRETS,
  });
  origin = gateway.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await gateway?.close();
  await rm(consoleDir, { recursive: true, force: true });
});

describe('the gateway origin', () => {
  it('serves the console and its assets', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('CivicGraph Console');
    const script = await fetch(`${origin}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers client-side routes with the console, unknown API paths with a JSON 404', async () => {
    const route = await fetch(`${origin}/work-orders/PHX-WO-26-000001`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('CivicGraph Console');

    for (const path of ['/graphql/v2/schema.json', '/health/subgraphs?verbose=1']) {
      const api = await fetch(`${origin}${path}`);
      expect(api.status, path).toBe(404);
      expect(await api.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    const post = await fetch(`${origin}/work-orders`, { method: 'POST' });
    expect(post.status).toBe(404);
    expect(await post.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('reports an unreachable subgraph as SERVICE_UNAVAILABLE, naming it', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ departments { name } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      service: 'accounts',
    });
    expect(body.errors[0]!.message).toBe('The accounts service is unavailable; try again shortly');
  });

  it('is unhealthy while its subgraphs are unreachable, and says which', async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      service: 'gateway',
      checks: {
        accounts: 'unavailable',
        assets: 'unavailable',
        datasets: 'unavailable',
        requests: 'unavailable',
      },
    });
  });

  it('refuses to start without a URL for every subgraph', async () => {
    await expect(
      startGateway({
        supergraphSdl: readSupergraph(),
        subgraphUrls: { accounts: unreachable },
        host: '127.0.0.1',
        port: 0,
        logger,
        consoleDir: null,
        secrets: TEST_SECRETS,
      }),
    ).rejects.toThrow(/No URL configured for subgraph "(assets|datasets|requests)"/);
  });
});
