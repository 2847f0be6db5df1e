import { createHash } from 'node:crypto';
import { ANONYMOUS, CALLER_HEADER } from '@civicgraph/platform';
import { dataOf, staffCaller } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCallers, firstError, partnerCaller } from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

const CLIENT_FIELDS = `id name contactEmail scopes rateLimitPerMinute persistedOperationsOnly
  createdAt revokedAt lastUsedAt keys { prefix createdAt expiresAt lastUsedAt }`;

interface Client {
  id: string;
  name: string;
  scopes: string[];
  revokedAt: string | null;
  lastUsedAt: string | null;
  keys: Array<{ prefix: string; expiresAt: string | null; lastUsedAt: string | null }>;
}

async function createClient(input: Record<string, unknown> = {}) {
  return subgraph.query<{ createApiClient: { apiClient: Client; apiKey: string } }>(
    `mutation ($input: CreateApiClientInput!) {
      createApiClient(input: $input) { apiKey apiClient { ${CLIENT_FIELDS} } }
    }`,
    {
      input: {
        name: 'Valley Transit app',
        contactEmail: 'dev@valleytransit.example',
        scopes: ['CATALOG_READ', 'REQUESTS_READ'],
        rateLimitPerMinute: 120,
        ...input,
      },
    },
  );
}

function rotate(clientId: string, graceHours?: number) {
  return subgraph.query<{
    rotateApiClientKey: { apiKey: string; previousKeysExpireAt: string; apiClient: Client };
  }>(
    `mutation ($input: RotateApiClientKeyInput!) {
      rotateApiClientKey(input: $input) { apiKey previousKeysExpireAt apiClient { ${CLIENT_FIELDS} } }
    }`,
    { input: { clientId, ...(graceHours === undefined ? {} : { graceHours }) } },
  );
}

function revoke(clientId: string) {
  return subgraph.query<{ revokeApiClient: { apiClient: Client } }>(
    `mutation ($input: RevokeApiClientInput!) {
      revokeApiClient(input: $input) { apiClient { ${CLIENT_FIELDS} } }
    }`,
    { input: { clientId } },
  );
}

async function readClient(id: string) {
  const result = await subgraph.query<{ apiClient: Client }>(
    `query ($id: ID!) { apiClient(id: $id) { ${CLIENT_FIELDS} } }`,
    { id },
  );
  return dataOf(result).apiClient;
}

async function keyCaller(apiKey: string) {
  const reply = await askCallers(subgraph, { apiKey });
  expect(reply.status).toBe(200);
  return reply.body;
}

describe('createApiClient', () => {
  it('shows the key once; only its prefix and a sha256 of it are stored', async () => {
    const { apiKey, apiClient } = dataOf(await createClient()).createApiClient;
    expect(apiKey).toMatch(/^cgk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(apiClient).toMatchObject({
      name: 'Valley Transit app',
      scopes: ['CATALOG_READ', 'REQUESTS_READ'],
      rateLimitPerMinute: 120,
      persistedOperationsOnly: false,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(apiClient.keys).toEqual([
      {
        prefix: apiKey.slice(4, 12),
        createdAt: expect.any(String),
        expiresAt: null,
        lastUsedAt: null,
      },
    ]);
    const rows = await subgraph.db.selectFrom('apiKeys').selectAll().execute();
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(apiKey.slice(13));
    expect(rows.map((r) => r.keyHash)).toContain(createHash('sha256').update(apiKey).digest('hex'));
    // No field of the schema can read a key or its hash back.
    const types = await subgraph.query<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "ApiKey") { fields { name } } }',
    );
    expect(
      dataOf(types)
        .__type.fields.map((f) => f.name)
        .sort(),
    ).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'prefix'].sort());
  });

  it('gives the gateway the partner behind the key, and records the use', async () => {
    const { apiKey, apiClient } = dataOf(
      await createClient({ scopes: ['DATA_READ', 'RESIDENTS_ACT'], persistedOperationsOnly: true }),
    ).createApiClient;
    expect(await keyCaller(apiKey)).toEqual({
      caller: { kind: 'partner', id: apiClient.id, scopes: ['data:read', 'residents:act'] },
      rateLimitPerMinute: 120,
      persistedOperationsOnly: true,
    });
    const used = await readClient(apiClient.id);
    expect(used.lastUsedAt).not.toBeNull();
    expect(used.keys[0]!.lastUsedAt).not.toBeNull();
  });

  it.each([
    ['no scopes', { scopes: [] }, 'input.scopes'],
    ['a rate limit of 0', { rateLimitPerMinute: 0 }, 'input.rateLimitPerMinute'],
    ['a malformed contact', { contactEmail: 'nobody' }, 'input.contactEmail'],
    ['an empty name', { name: '' }, 'input.name'],
  ])('refuses %s', async (_name, input, argument) => {
    const result = await createClient(input);
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('keys that do not work', () => {
  it.each([
    ['a well-formed key nobody was given', `cgk_abcdefgh_${'x'.repeat(43)}`],
    ['something else', 'hello'],
    ['an empty key', ''],
  ])('%s gives no caller', async (_name, apiKey) => {
    expect(await keyCaller(apiKey)).toEqual({ caller: null });
  });
});

describe('rotateApiClientKey', () => {
  it('keeps the old key working through the grace period only', async () => {
    const { apiKey: oldKey, apiClient } = dataOf(await createClient()).createApiClient;
    const before = Date.now();
    const rotated = dataOf(await rotate(apiClient.id)).rotateApiClientKey;
    expect(rotated.apiKey).not.toBe(oldKey);
    const graceHours = (Date.parse(rotated.previousKeysExpireAt) - before) / 3_600_000;
    expect(graceHours).toBeGreaterThan(23.9);
    expect(graceHours).toBeLessThan(24.1);
    for (const key of [oldKey, rotated.apiKey]) {
      expect((await keyCaller(key)).caller).toMatchObject({ id: apiClient.id });
    }
    const keys = (await readClient(apiClient.id)).keys;
    expect(keys.map((k) => [k.prefix, k.expiresAt])).toEqual([
      [rotated.apiKey.slice(4, 12), null],
      [oldKey.slice(4, 12), rotated.previousKeysExpireAt],
    ]);

    // The grace period passes.
    await sql`update api_keys set expires_at = now() - interval '1 second'
      where expires_at is not null`.execute(subgraph.db);
    expect((await keyCaller(oldKey)).caller).toBeNull();
    expect((await keyCaller(rotated.apiKey)).caller).toMatchObject({ id: apiClient.id });
  });

  it('with graceHours 0 the old key stops at once', async () => {
    const { apiKey: oldKey, apiClient } = dataOf(await createClient()).createApiClient;
    const rotated = dataOf(await rotate(apiClient.id, 0)).rotateApiClientKey;
    expect((await keyCaller(oldKey)).caller).toBeNull();
    expect((await keyCaller(rotated.apiKey)).caller).toMatchObject({ id: apiClient.id });
  });

  it.each([
    [-1, 'BAD_USER_INPUT'],
    [169, 'BAD_USER_INPUT'],
  ])('refuses a grace of %i hours', async (graceHours, code) => {
    const { apiClient } = dataOf(await createClient()).createApiClient;
    expect(firstError(await rotate(apiClient.id, graceHours))).toMatchObject({ code });
  });

  it('answers NOT_FOUND for an unknown client', async () => {
    const result = await rotate('00000000-0000-4000-8000-000000000000');
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('revokeApiClient', () => {
  it('stops every key at once, and a revoked client gets no new key', async () => {
    const { apiKey: first, apiClient } = dataOf(await createClient()).createApiClient;
    const second = dataOf(await rotate(apiClient.id)).rotateApiClientKey.apiKey;
    const revoked = dataOf(await revoke(apiClient.id)).revokeApiClient.apiClient;
    expect(revoked.revokedAt).not.toBeNull();
    for (const key of [first, second]) expect((await keyCaller(key)).caller).toBeNull();
    expect(firstError(await rotate(apiClient.id))).toMatchObject({ code: 'BAD_USER_INPUT' });
    // Revoking again keeps the first time.
    const again = dataOf(await revoke(apiClient.id)).revokeApiClient.apiClient;
    expect(again.revokedAt).toBe(revoked.revokedAt);
  });
});

describe('apiClients', () => {
  it('lists clients in name order, filtered by revocation', async () => {
    const { apiClient } = dataOf(await createClient({ name: 'Aardvark Alerts' })).createApiClient;
    dataOf(await revoke(apiClient.id));
    const all = await subgraph.query<{
      apiClients: { totalCount: number; edges: Array<{ node: { name: string } }> };
    }>('{ apiClients(first: 100) { totalCount edges { node { name } } } }');
    const names = dataOf(all).apiClients.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('Aardvark Alerts');
    const working = await subgraph.query<{ apiClients: { totalCount: number } }>(
      '{ apiClients(filter: { revoked: false }) { totalCount } }',
    );
    const revoked = await subgraph.query<{ apiClients: { totalCount: number } }>(
      '{ apiClients(filter: { revoked: true }) { totalCount } }',
    );
    expect(dataOf(working).apiClients.totalCount + dataOf(revoked).apiClients.totalCount).toBe(
      dataOf(all).apiClients.totalCount,
    );
    expect(dataOf(revoked).apiClients.totalCount).toBeGreaterThan(0);
  });
});

describe('POST /internal/callers', () => {
  it.each([
    ['an admin', staffCaller('ADMIN')],
    ['a partner', partnerCaller(['catalog:read'])],
    ['nobody signed in', ANONYMOUS],
  ])('refuses %s with 403', async (_name, caller) => {
    const reply = await askCallers(subgraph, { sessionId: crypto.randomUUID() }, caller);
    expect(reply.status).toBe(403);
    expect(reply.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    ['an empty object', {}],
    ['both keys', { apiKey: 'cgk_x', sessionId: crypto.randomUUID() }],
    ['a key that is not a string', { apiKey: 5 }],
    ['a session id that is not a UUID', { sessionId: "1' or '1'='1" }],
    ['an unknown field', { user: 'admin' }],
    ['an array', [{ apiKey: 'x' }]],
    ['null', null],
    ['a string', '"cgk_"'],
    ['a key longer than any key', { apiKey: 'k'.repeat(10_000) }],
  ])('answers %s with 400 and a JSON error', async (_name, body) => {
    const reply = await askCallers(subgraph, body);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a body that is not JSON with a 4xx JSON error', async () => {
    const reply = await askCallers(subgraph, '{"apiKey":');
    expect(reply.status).toBe(400);
    expect(reply.body).toBeTypeOf('object');
  });

  it('refuses an unsigned request with 401', async () => {
    const response = await fetch(new URL('/internal/callers', subgraph.running.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CALLER_HEADER]: 'forged' },
      body: JSON.stringify({ sessionId: crypto.randomUUID() }),
    });
    expect(response.status).toBe(401);
  });
});
