import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Caller } from '@civicgraph/platform';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operationHash } from '../src';
import { DEFAULT_PERSISTED_OPERATIONS_PATH } from '../src/config';
import {
  accessToken,
  firstError,
  HAPPY_ANSWERS,
  post,
  type RunningServer,
  StubSubgraphs,
  startTestGateway,
} from './harness';

const manifest = JSON.parse(readFileSync(DEFAULT_PERSISTED_OPERATIONS_PATH, 'utf8')) as Record<
  string,
  string
>;
const catalogHash = Object.keys(manifest).find((hash) =>
  manifest[hash]!.includes('ServiceCatalog'),
)!;

const PARTNER_KEY = `cgk_partner0_${'p'.repeat(43)}`;
const PERSISTED_ONLY_KEY = `cgk_persist0_${'q'.repeat(43)}`;
const partner: Caller = { kind: 'partner', id: 'client-3', scopes: ['catalog:read'] };
const staffId = randomUUID();
const sessionId = randomUUID();

const HAPPY_SERVICE = (HAPPY_ANSWERS.requests.body as { data: { services: unknown[] } }).data
  .services[0];
let stubs: StubSubgraphs;
let staffHeaders: Record<string, string>;

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  stubs.table.keys.set(PARTNER_KEY, { caller: partner });
  stubs.table.keys.set(PERSISTED_ONLY_KEY, {
    caller: { ...partner, id: 'client-4' },
    persistedOperationsOnly: true,
  });
  stubs.table.sessions.set(sessionId, {
    kind: 'staff',
    id: staffId,
    roles: ['ANALYST'],
    sessionId,
  });
  staffHeaders = {
    authorization: `Bearer ${await accessToken({ staffId, sessionId, roles: ['ANALYST'] })}`,
  };
});

afterAll(async () => {
  await stubs?.close();
});

beforeEach(() => stubs.reset());

const INTROSPECTION = { query: getIntrospectionQuery() };
const TYPE_QUERY = {
  query: '{ ...Schema } fragment Schema on Query { __type(name: "Service") { name } }',
};

describe('introspection in production', () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    gateway = await startTestGateway(stubs.urls, { production: true });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('is refused to anonymous and partner callers, however it is spelled', async () => {
    for (const headers of [{}, { 'x-api-key': PARTNER_KEY }] as Array<Record<string, string>>) {
      for (const query of [INTROSPECTION, TYPE_QUERY]) {
        const response = await post(gateway.url, query, headers);
        expect(response.status).toBe(403);
        expect(firstError(response.body)).toEqual({ code: 'INTROSPECTION_DISABLED' });
        expect(response.body.data).toBeUndefined();
      }
    }
  });

  it('is served to staff', async () => {
    const response = await post(gateway.url, INTROSPECTION, staffHeaders);
    expect(response.status).toBe(200);
    const schema = (response.body.data as { __schema: { types: Array<{ name: string }> } })
      .__schema;
    expect(schema.types.map((t) => t.name)).toContain('ServiceRequest');
  });

  it('still answers __typename to anyone', async () => {
    const response = await post(gateway.url, { query: '{ __typename }' });
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not suggest field names to strangers', async () => {
    const response = await post(gateway.url, { query: '{ servicez { code } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors![0]!.message).not.toContain('services');
  });
});

describe('introspection in development', () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    gateway = await startTestGateway(stubs.urls, { production: false });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('is served to anyone (codegen, tools)', async () => {
    for (const headers of [{}, { 'x-api-key': PARTNER_KEY }, staffHeaders]) {
      const response = await post(gateway.url, TYPE_QUERY, headers);
      expect(response.body).toEqual({ data: { __type: { name: 'Service' } } });
    }
  });
});

describe('persisted operations', () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    gateway = await startTestGateway(stubs.urls);
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const byHash = (sha256Hash: string) => ({
    extensions: { persistedQuery: { version: 1, sha256Hash } },
  });

  it('ships a manifest whose every document the graph accepts', async () => {
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(3);
    for (const [hash, document] of Object.entries(manifest)) {
      expect(operationHash(document)).toBe(hash);
      const response = await post(gateway.url, {
        ...byHash(hash),
        variables: { number: 'PHX-SR-26-000001' },
      });
      // The stand-in subgraphs answer other data, but no document is refused.
      for (const error of response.body.errors ?? []) {
        expect(error.extensions?.code, `${hash}: ${error.message}`).not.toMatch(
          /GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|PERSISTED_QUERY_NOT_FOUND/,
        );
      }
    }
  });

  it('runs a manifest operation sent by its hash alone', async () => {
    const response = await post(gateway.url, byHash(catalogHash));
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ services: [HAPPY_SERVICE] });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, and never learns one', async () => {
    const query = '{ services { code } }';
    const hash = operationHash(query);
    // Sent with its text, an automatic persisted query would be stored; here it is not.
    expect((await post(gateway.url, { query, ...byHash(hash) })).status).toBe(200);
    const response = await post(gateway.url, byHash(hash));
    expect(firstError(response.body)).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('refuses a manifest hash sent with other text as the client’s mistake', async () => {
    const headers = { 'x-api-key': PERSISTED_ONLY_KEY };
    const response = await post(
      gateway.url,
      { query: '{ services { code } }', ...byHash(catalogHash) },
      headers,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/sha does not match/);
    expect(firstError(response.body)).toEqual({ code: 'BAD_REQUEST' });
    expect(stubs.subgraphCalls).toBe(0);
  });

  it('holds a persisted-only partner to the manifest', async () => {
    const headers = { 'x-api-key': PERSISTED_ONLY_KEY };
    const freeForm = await post(gateway.url, { query: '{ services { code } }' }, headers);
    expect(freeForm.status).toBe(403);
    expect(firstError(freeForm.body)).toEqual({ code: 'PERSISTED_OPERATION_REQUIRED' });
    expect(stubs.subgraphCalls).toBe(0);

    const persisted = await post(gateway.url, byHash(catalogHash), headers);
    expect(persisted.status).toBe(200);
    expect(persisted.body.data).toEqual({ services: [HAPPY_SERVICE] });
    // The manifest's text itself is the same document, and allowed as well.
    const asText = await post(gateway.url, { query: manifest[catalogHash] }, headers);
    expect(asText.status).toBe(200);
  });

  it('lets other partners send documents of their own', async () => {
    const response = await post(
      gateway.url,
      { query: '{ services { code } }' },
      {
        'x-api-key': PARTNER_KEY,
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ services: [{ code: 'POTHOLE' }] });
  });
});
