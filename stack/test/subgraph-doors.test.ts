import { CALLER_HEADER, type Caller, requestDigest, signCaller } from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { startSeededStack } from '../src/testing';

// What an attacker tries first: the subgraph URLs (they are in the supergraph file),
// called directly, around the gateway. Every one must answer 401 to anything the
// gateway did not sign for that subgraph and that exact request.
let stack: RunningStack;

const admin: Caller = {
  kind: 'staff',
  id: '00000000-0000-4000-8000-000000000001',
  roles: ['ADMIN'],
};

const documents = {
  sdl: '{ _service { sdl } }',
  entities: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
};

function bodyOf(query: string, variables: Record<string, unknown> = {}) {
  return JSON.stringify({ query, variables });
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> },
  };
}

function expectRefused(answer: Awaited<ReturnType<typeof post>>) {
  expect(answer.status).toBe(401);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 3, requests: 30, now: new Date('2026-11-01T15:00:00Z') },
  });
});

afterAll(async () => {
  await stack?.close();
});

describe('each subgraph, called directly on its own port', () => {
  it('answers a request the gateway signed (the control)', async () => {
    for (const subgraph of stack.subgraphs) {
      const body = bodyOf(documents.sdl);
      const signature = await signCaller(
        admin,
        { audience: subgraph.name, method: 'POST', path: '/graphql', body },
        TEST_SECRETS.callerSigning,
      );
      const answer = await post(subgraph.url, body, { [CALLER_HEADER]: signature });
      expect(answer.status, subgraph.name).toBe(200);
    }
  });

  it('refuses _service and _entities without a signature', async () => {
    for (const subgraph of stack.subgraphs) {
      expectRefused(await post(subgraph.url, bodyOf(documents.sdl)));
      expectRefused(
        await post(
          subgraph.url,
          bodyOf(documents.entities, { r: [{ __typename: 'Department', id: 'x' }] }),
        ),
      );
    }
  });

  it('refuses a signature made with another secret', async () => {
    for (const subgraph of stack.subgraphs) {
      const body = bodyOf(documents.sdl);
      const forged = await signCaller(
        admin,
        { audience: subgraph.name, method: 'POST', path: '/graphql', body },
        'an attacker guessing the secret, long enough',
      );
      expectRefused(await post(subgraph.url, body, { [CALLER_HEADER]: forged }));
    }
  });

  it('refuses a captured header replayed with another query, or at another subgraph', async () => {
    for (const subgraph of stack.subgraphs) {
      const captured = await signCaller(
        admin,
        { audience: subgraph.name, method: 'POST', path: '/graphql', body: bodyOf(documents.sdl) },
        TEST_SECRETS.callerSigning,
      );
      const otherQuery = bodyOf(documents.entities, { r: [] });
      expectRefused(await post(subgraph.url, otherQuery, { [CALLER_HEADER]: captured }));
      const elsewhere = stack.subgraphs.find((s) => s.name !== subgraph.name)!;
      expectRefused(
        await post(elsewhere.url, bodyOf(documents.sdl), { [CALLER_HEADER]: captured }),
      );
    }
  });

  it('refuses an expired signature', async () => {
    const key = new TextEncoder().encode(TEST_SECRETS.callerSigning);
    for (const subgraph of stack.subgraphs) {
      const body = bodyOf(documents.sdl);
      const expired = await new SignJWT({
        caller: admin,
        rd: requestDigest('POST', '/graphql', body),
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('civicgraph-gateway')
        .setAudience(subgraph.name)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
        .sign(key);
      expectRefused(await post(subgraph.url, body, { [CALLER_HEADER]: expired }));
    }
  });
});
