import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, CALLER_HEADER, type Caller, type SignedRequest, signCaller } from '../src';
import {
  partnerCaller,
  type SeededSubgraph,
  startSeededSubgraph,
  TEST_SECRETS,
} from '../src/testing';
import { forgedCallerToken } from './fixtures/forged-caller-token';
import { type NotesDatabase, notesSubgraph } from './fixtures/signed-subgraph';

const NOTE_ID = '7d3f0c52-9a51-4c8e-9c1e-0c6f7d2b9a10';

let h: SeededSubgraph<NotesDatabase>;
let origin: string;

beforeAll(async () => {
  h = await startSeededSubgraph(notesSubgraph, async (db) => {
    await db.insertInto('notes').values({ id: NOTE_ID, text: 'gateway only' }).execute();
  });
  origin = new URL(h.running.url).origin;
});

afterAll(async () => {
  await h?.close();
});

const graphqlBody = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

/** What an attacker at the subgraph's port would try: every way in, each with its body. */
const TARGETS: Array<{ name: string; path: string; body: string; answer: RegExp }> = [
  {
    name: 'a query',
    path: '/graphql',
    body: graphqlBody('{ notes { text } }'),
    answer: /"notes":\[\{"text":"gateway only"\}\]/,
  },
  {
    name: '_service { sdl }',
    path: '/graphql',
    body: graphqlBody('{ _service { sdl } }'),
    answer: /type Note\\n? *@key/,
  },
  {
    name: '_entities',
    path: '/graphql',
    body: graphqlBody(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Note { text } } }',
      { r: [{ __typename: 'Note', id: NOTE_ID }] },
    ),
    answer: /"_entities":\[\{"text":"gateway only"\}\]/,
  },
  {
    name: 'a REST route',
    path: '/internal/echo',
    body: '{"hello":"world"}',
    answer: /"caller":\{"kind":"anonymous"\}/,
  },
];

async function post(path: string, body: string, header?: string) {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(header ? { [CALLER_HEADER]: header } : {}) },
    body,
  });
  return { status: response.status, body: await response.json() };
}

const requestFor = (path: string, body: string): SignedRequest => ({
  audience: notesSubgraph.name,
  method: 'POST',
  path,
  body,
});

const signFor = (caller: Caller, path: string, body: string) =>
  signCaller(caller, requestFor(path, body), TEST_SECRETS.callerSigning);

/** Each way a header can be wrong: how to make it for a target request, and what is said. */
const BAD_HEADERS: Array<[string, (path: string, body: string) => Promise<string | undefined>]> = [
  ['no header', async () => undefined],
  [
    'a forged signature (another secret)',
    (path, body) =>
      signCaller(ANONYMOUS, requestFor(path, body), 'not-the-gateway-secret-0123456789abcdef'),
  ],
  [
    'a real header replayed with another body',
    (path) => signFor(ANONYMOUS, path, graphqlBody('{ callerKind }')),
  ],
  ['a real header replayed on another path', (_path, body) => signFor(ANONYMOUS, '/other', body)],
  [
    'a header signed for another subgraph',
    (path, body) =>
      signCaller(
        ANONYMOUS,
        { ...requestFor(path, body), audience: 'requests' },
        TEST_SECRETS.callerSigning,
      ),
  ],
  [
    'an expired header',
    (path, body) => forgedCallerToken({ request: requestFor(path, body), expiresIn: -60 }),
  ],
  [
    'a header with a malformed caller',
    (path, body) =>
      forgedCallerToken({ request: requestFor(path, body), caller: { kind: 'root' } }),
  ],
];

describe.each(TARGETS)('$name at $path', ({ path, body, answer }) => {
  it.each(BAD_HEADERS)(
    'is refused with 401 and a JSON error for %s, before any SQL',
    async (_name, make) => {
      h.resetStatements();
      const response = await post(path, body, await make(path, body));
      expect(response).toEqual({
        status: 401,
        body: {
          errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }],
        },
      });
      expect(h.statements).toEqual([]);
    },
  );

  it('is answered with a header the gateway signed for it', async () => {
    const response = await post(path, body, await signFor(ANONYMOUS, path, body));
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toMatch(answer);
  });
});

describe('a signed request', () => {
  it('hands the signed caller to resolvers and routes', async () => {
    const caller = partnerCaller(['catalog:read']);
    const echo = '{}';
    expect(
      await post('/internal/echo', echo, await signFor(caller, '/internal/echo', echo)),
    ).toEqual({ status: 200, body: { caller } });
    const query = graphqlBody('{ callerKind }');
    const answer = await post('/graphql', query, await signFor(caller, '/graphql', query));
    expect(answer.body).toEqual({ data: { callerKind: 'partner' } });
  });
});

it('/health stays open to an orchestrator without a header', async () => {
  const response = await fetch(`${origin}/health`);
  expect(response.status).toBe(200);
});
