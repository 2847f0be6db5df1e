import { once } from 'node:events';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '@civicgraph/platform';
import {
  type GraphQLResponse,
  graphData,
  postGraphQL,
  TEST_SECRETS,
} from '@civicgraph/platform/testing';
import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningStack } from '../src';
import { LiveConnection, type LivePayload, type LiveSubscription } from '../src/live-client';
import { signInAs, startSeededStack } from '../src/testing';

// Who may subscribe to what, and what each subscriber sees, over the real gateway;
// and what hostile input over the socket gets (a structured refusal, never a 4500).

const MAX_SUBSCRIPTIONS = 3;

let stack: RunningStack;
const staff: Record<string, Record<string, string>> = {};
const keys: Record<string, { apiKey: string; clientId: string }> = {};
let openConnections: LiveConnection[] = [];

interface OpenWork {
  id: string;
  assignee: { id: string } | null;
  serviceRequest: { id: string; reporter: Record<string, string | null> | null };
}
let work: OpenWork[] = [];

type ErrorLike = NonNullable<LivePayload['errors']>[number];

async function asStaff<T>(
  role: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return graphData<T>(`${stack.url}/graphql`, query, variables, staff[role]!);
}

async function createPartner(name: string, scopes: string[], persistedOperationsOnly = false) {
  const { createApiClient } = await asStaff<{
    createApiClient: { apiKey: string; apiClient: { id: string } };
  }>(
    'ADMIN',
    `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey apiClient { id } } }`,
    {
      input: {
        name,
        contactEmail: `${name}@example.org`,
        scopes,
        rateLimitPerMinute: 100_000,
        persistedOperationsOnly,
      },
    },
  );
  keys[name] = { apiKey: createApiClient.apiKey, clientId: createApiClient.apiClient.id };
}

function connect(connectionParams: Record<string, unknown>): LiveConnection {
  const connection = new LiveConnection({ origin: stack.url, connectionParams });
  openConnections.push(connection);
  return connection;
}

const asPartner = (name: string) => connect({ 'x-api-key': keys[name]!.apiKey });
const asRole = (role: string) => connect({ authorization: staff[role]!.authorization });

/** The newest event now: a subscription with `after` this is live before any change we make. */
const newestEvent = () => stack.gateway.realtime!.stats().feed.newest;

/** A note on a work order, at its current version: one outbox event. */
async function addNote(workOrderId: string, body: string, visibility: 'PUBLIC' | 'INTERNAL') {
  const { workOrder } = await asStaff<{ workOrder: { version: number } }>(
    'DISPATCHER',
    'query ($id: ID!) { workOrder(id: $id) { version } }',
    { id: workOrderId },
  );
  await asStaff(
    'DISPATCHER',
    `mutation ($input: AddWorkOrderNoteInput!) { addWorkOrderNote(input: $input) { workOrder { version } } }`,
    { input: { id: workOrderId, expectedVersion: workOrder.version, body, visibility } },
  );
}

/**
 * A request a dispatcher takes by phone, with the reporter's contact details (the demo
 * city's have none), and the work order it starts.
 */
async function fileByPhone(reporter: Record<string, string>): Promise<OpenWork> {
  const { services } = await asStaff<{
    services: Array<{ code: string; attributes: Array<{ required: boolean }> }>;
  }>('DISPATCHER', '{ services { code attributes { required } } }');
  const service = services.find((s) => s.attributes.every((a) => !a.required))!;
  const { createServiceRequest } = await asStaff<{ createServiceRequest: { id: string } }>(
    'DISPATCHER',
    'mutation ($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }',
    {
      input: {
        serviceCode: service.code,
        location: { lon: -112.074, lat: 33.4484 },
        address: '200 W Washington St',
        description: 'Called in: the streetlight is out',
        channel: 'PHONE',
        reporter,
      },
    },
  );
  const { serviceRequest } = await asStaff<{
    serviceRequest: { workOrders: Array<{ id: string }> };
  }>('DISPATCHER', 'query ($id: ID!) { serviceRequest(id: $id) { workOrders { id } } }', {
    id: createServiceRequest.id,
  });
  return {
    id: serviceRequest.workOrders[0]!.id,
    assignee: null,
    serviceRequest: { id: createServiceRequest.id, reporter },
  };
}

/** The errors that refused a subscription: its one payload's, or its error message's. */
async function refusalOf(live: LiveSubscription): Promise<ErrorLike[]> {
  const ended = await live.whenEnded();
  const errors = live.payloads[0]?.errors ?? (Array.isArray(ended.error) ? ended.error : null);
  if (!errors) throw new Error(`not refused: ${JSON.stringify(ended.error ?? live.payloads)}`);
  expect(live.payloads.every((payload) => !payload.data)).toBe(true);
  return errors as ErrorLike[];
}

const codesOf = (errors: readonly ErrorLike[] | undefined) =>
  (errors ?? []).map((error) => error.extensions?.code);

/** Refused fields as `path: code`, the path from below the root field. */
function refusedFields(errors: GraphQLResponse['errors'] | LivePayload['errors'], skip: number) {
  return (errors ?? [])
    .map(
      (e) =>
        `${((e as { path?: unknown[] }).path ?? []).slice(skip).join('.')}: ${e.extensions?.code}`,
    )
    .sort();
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 13, requests: 60, now: new Date('2026-11-20T15:00:00Z') },
    realtime: { recheckMilliseconds: 500, maxSubscriptionsPerConnection: MAX_SUBSCRIPTIONS },
    access: { callerCache: { apiKeySeconds: 1 } },
  });
  for (const role of ['ADMIN', 'DISPATCHER', 'ANALYST'] as const) {
    staff[role] = await signInAs(stack.url, role);
  }
  await createPartner('reader', ['REQUESTS_READ', 'CATALOG_READ']);
  await createPartner('catalog', ['CATALOG_READ']);
  await createPartner('persisted', ['REQUESTS_READ'], true);
  await createPartner('revoked', ['REQUESTS_READ']);
  const { workOrders } = await asStaff<{ workOrders: { edges: Array<{ node: OpenWork }> } }>(
    'DISPATCHER',
    `{ workOrders(first: 60, filter: { open: true }) { edges { node {
        id assignee { id } serviceRequest { id reporter { name email phone } } } } } }`,
  );
  work = workOrders.edges.map((edge) => edge.node);
});

/** Waits until the gateway counts this many subscribers (they subscribe asynchronously). */
async function untilSubscribers(count: number) {
  while (stack.gateway.realtime!.stats().subscribers !== count) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  await Promise.all(openConnections.map((connection) => connection.close()));
  openConnections = [];
  await untilSubscribers(0);
});

afterAll(async () => {
  await stack?.close();
});

describe('a partner app with requests:read', () => {
  const SELECTION = `
    number status description
    publicNotes { body }
    internalNotes { body }
    reporter { name email phone }
    takenBy { name }
    workOrders { id }
    history { action }`;

  it('follows a request with its public fields; staff-only ones are refused as over HTTP', async () => {
    const target = await fileByPhone({
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      phone: '602 555 0100',
    });
    const requestId = target.serviceRequest.id;
    const live = asPartner('reader').subscribe(
      `subscription ($id: ID!, $after: ID) {
        serviceRequestChanged(id: $id, after: $after) { eventId action serviceRequest { ${SELECTION} } }
      }`,
      { id: requestId, after: newestEvent() },
    );
    await addNote(target.id, 'The crew is on its way', 'PUBLIC');
    await addNote(target.id, 'Internal: the resident was rude on the phone', 'INTERNAL');
    const notes = (await live.received(2)).filter((p) => {
      const root = p.data?.serviceRequestChanged as { action?: string } | undefined;
      return root?.action === 'NOTE';
    });
    expect(notes).toHaveLength(2);

    const last = notes.at(-1)!;
    const text = JSON.stringify(live.payloads);
    expect(text).not.toContain('rude on the phone');
    for (const detail of Object.values(target.serviceRequest.reporter!)) {
      if (detail) expect(text).not.toContain(detail);
    }
    const delivered = (last.data!.serviceRequestChanged as { serviceRequest: object })
      .serviceRequest;
    expect(delivered).toMatchObject({
      publicNotes: expect.arrayContaining([{ body: 'The crew is on its way' }]),
      internalNotes: null,
      reporter: null,
      takenBy: null,
      workOrders: null,
      history: null,
    });

    const http = await postGraphQL(
      `${stack.url}/graphql`,
      `query ($id: ID!) { serviceRequest(id: $id) { ${SELECTION} } }`,
      { id: requestId },
      { headers: { 'x-api-key': keys.reader!.apiKey } },
    );
    expect(delivered).toEqual(http.data!.serviceRequest);
    expect(refusedFields(last.errors, 1)).toEqual(refusedFields(http.errors, 0));
    expect(refusedFields(last.errors, 1)).toEqual([
      'serviceRequest.history: FORBIDDEN',
      'serviceRequest.internalNotes: FORBIDDEN',
      'serviceRequest.reporter: FORBIDDEN',
      'serviceRequest.takenBy: FORBIDDEN',
      'serviceRequest.workOrders: FORBIDDEN',
    ]);
  });

  it('may not follow work orders or every new request', async () => {
    const connection = asPartner('reader');
    const workOrders = connection.subscribe('subscription { workOrderChanged { eventId } }');
    const created = connection.subscribe('subscription { serviceRequestCreated { eventId } }');
    expect(codesOf(await refusalOf(workOrders))).toEqual(['FORBIDDEN']);
    expect(codesOf(await refusalOf(created))).toEqual(['FORBIDDEN']);
  });

  it('without requests:read is refused at subscribe', async () => {
    const live = asPartner('catalog').subscribe(
      'subscription ($id: ID!) { serviceRequestChanged(id: $id) { eventId } }',
      { id: work[0]!.serviceRequest.id },
    );
    const errors = await refusalOf(live);
    expect(codesOf(errors)).toEqual(['FORBIDDEN']);
    expect(errors[0]!.message).toContain('Subscription.serviceRequestChanged');
  });

  it('held to persisted operations cannot subscribe with its own document', async () => {
    const live = asPartner('persisted').subscribe(
      'subscription ($id: ID!) { serviceRequestChanged(id: $id) { eventId } }',
      { id: work[0]!.serviceRequest.id },
    );
    expect(codesOf(await refusalOf(live))).toEqual(['PERSISTED_OPERATION_REQUIRED']);
  });

  it('revoked, loses its subscription at the next check', async () => {
    const connection = asPartner('revoked');
    const live = connection.subscribe(
      'subscription ($id: ID!) { serviceRequestChanged(id: $id) { eventId } }',
      { id: work[0]!.serviceRequest.id },
    );
    await untilSubscribers(1);
    await asStaff(
      'ADMIN',
      'mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { apiClient { revokedAt } } }',
      { input: { clientId: keys.revoked!.clientId } },
    );
    const closed = await connection.whenClosed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/credentials/i);
    await live.whenEnded();
  });
});

describe('connection_init', () => {
  it('without credentials closes with 4401 and says how to send them', async () => {
    const closed = await connect({}).whenClosed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/authorization/);
    expect(closed.reason).toMatch(/x-api-key/);
  });

  it.each([
    ['an unknown API key', { 'x-api-key': 'cgk_abcd1234_notasecretthatexists' }],
    ['a malformed API key', { 'x-api-key': 'let me in' }],
    ['a forged token', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl' }],
    ['an authorization without Bearer', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('with %s closes with 4401', async (_name, params) => {
    const closed = await connect(params).whenClosed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).not.toBe('');
  });

  it.each([
    ['a non-string authorization', { authorization: 42 }],
    ['a non-string API key', { 'x-api-key': ['cgk_a', 'cgk_b'] }],
    ['both a token and a key', { authorization: 'Bearer x', 'x-api-key': 'cgk_abcd1234_x' }],
    ['a malformed lastEventId', { 'x-api-key': 'cgk_abcd1234_x', lastEventId: 'yesterday' }],
    ['a numeric lastEventId', { 'x-api-key': 'cgk_abcd1234_x', lastEventId: 12 }],
  ])('with %s closes with 4400 and a reason', async (_name, params) => {
    const closed = await connect(params).whenClosed();
    expect(closed.code).toBe(4400);
    expect(closed.reason).not.toBe('');
  });
});

/** A socket speaking graphql-transport-ws by hand, for messages no client library sends. */
async function rawSocket() {
  const socket = new WebSocket(
    `${stack.url.replace(/^http/, 'ws')}/graphql`,
    'graphql-transport-ws',
  );
  const messages: Array<{ type: string; id?: string; payload?: unknown }> = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    socket.emit('civicgraph-message');
  });
  const closed = once(socket, 'close') as Promise<[number, Buffer]>;
  await once(socket, 'open');
  return {
    socket,
    messages,
    /** Resolves once a message of this type has come. */
    received: async (type: string) => {
      while (!messages.some((m) => m.type === type)) await once(socket, 'civicgraph-message');
      return messages.find((m) => m.type === type)!;
    },
    send: (message: unknown) =>
      socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    closed: async () => {
      const [code, reason] = await closed;
      return { code, reason: String(reason) };
    },
  };
}

describe('hostile messages on the socket', () => {
  it('a subscribe before connection_init runs nothing and closes with 4401', async () => {
    const before = stack.gateway.realtime!.stats();
    const raw = await rawSocket();
    raw.send({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { serviceRequestCreated { eventId } }' },
    });
    expect((await raw.closed()).code).toBe(4401);
    expect(raw.messages).toEqual([]);
    const after = stack.gateway.realtime!.stats();
    expect(after.subscribers).toBe(before.subscribers);
    expect(after.payloads).toBe(before.payloads);
  });

  it.each([
    [
      'variables sent as a list (not a message graphql-ws reads)',
      {
        query: 'subscription ($id: ID!) { serviceRequestChanged(id: $id) { eventId } }',
        variables: ['not', 'an', 'object'],
      },
      4400,
    ],
    [
      'a message over the size limit (1009, too big)',
      { query: `subscription { serviceRequestCreated { eventId } } #${'x'.repeat(70_000)}` },
      1009,
    ],
  ])('%s closes the connection, not with 4500', async (_name, payload, code) => {
    const raw = await rawSocket();
    raw.send({ type: 'connection_init', payload: staff.DISPATCHER });
    await raw.received('connection_ack');
    raw.send({ id: '1', type: 'subscribe', payload });
    expect((await raw.closed()).code).toBe(code);
  });

  it.each([
    ['text that is not JSON', '{"type": "connection_init"'],
    ['a message of no known type', { type: 'hello' }],
    ['a server message sent by the client', { id: '1', type: 'next', payload: {} }],
    ['a connection_ack from the client', { type: 'connection_ack' }],
  ])('%s closes with 4400, not 4500', async (_name, message) => {
    const raw = await rawSocket();
    raw.send({
      type: 'connection_init',
      payload: { authorization: staff.DISPATCHER!.authorization },
    });
    raw.send(message);
    expect((await raw.closed()).code).toBe(4400);
  });
});

describe('a staff token that expires', () => {
  it('closes the connection with 4401; a reconnection with its last event id misses nothing', async () => {
    const target = work[1]!;
    const { sub, sid, roles } = decodeJwt(staff.DISPATCHER!.authorization!.slice('Bearer '.length));
    const soon = new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS - 2) * 1000);
    const { token: shortLived } = await signAccessToken(
      { kind: 'staff', id: sub!, sessionId: sid as string, roles: roles as ['DISPATCHER'] },
      TEST_SECRETS.accessToken,
      soon,
    );
    const follow = `subscription ($id: ID!, $after: ID) {
      serviceRequestChanged(id: $id, after: $after) { eventId action }
    }`;
    const variables = { id: target.serviceRequest.id, after: newestEvent() };
    const reference = asRole('DISPATCHER').subscribe(follow, variables);
    const expiring = connect({ authorization: `Bearer ${shortLived}` });
    const first = expiring.subscribe(follow, variables);

    await addNote(target.id, 'Before the token expires', 'PUBLIC');
    await reference.received(1);
    const closed = await expiring.whenClosed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/expired/);

    await addNote(target.id, 'While the client is away', 'PUBLIC');
    await addNote(target.id, 'Still away', 'INTERNAL');
    const seen = first.eventIds();
    const resumed = connect({
      authorization: staff.DISPATCHER!.authorization,
      lastEventId: seen.at(-1) ?? variables.after,
    }).subscribe(follow, { id: target.serviceRequest.id });
    await addNote(target.id, 'After the reconnection', 'PUBLIC');

    const all = (await reference.received(4)).length;
    await resumed.received(all - seen.length);
    expect([...seen, ...resumed.eventIds()]).toEqual(reference.eventIds());
    expect(new Set(reference.eventIds()).size).toBe(reference.eventIds().length);
  });
});

describe('two principals with the same selection', () => {
  it('each sees what it may, from groups of their own', async () => {
    const target = work.find((w) => w.assignee)!;
    const document = `subscription ($id: ID!, $after: ID) {
      serviceRequestChanged(id: $id, after: $after) {
        eventId action serviceRequest { workOrders { id assignee { id name email } } }
      }
    }`;
    const variables = { id: target.serviceRequest.id, after: newestEvent() };
    const dispatcher = asRole('DISPATCHER').subscribe(document, variables);
    const secondDispatcher = asRole('DISPATCHER').subscribe(document, variables);
    const analyst = asRole('ANALYST').subscribe(document, variables);
    await addNote(target.id, 'Who may see the assignee email', 'PUBLIC');
    const [toDispatcher] = await dispatcher.received(1);
    const [toAnalyst] = await analyst.received(1);
    await secondDispatcher.received(1);

    type Delivered = {
      workOrders: Array<{ id: string; assignee: { email: string | null } | null }>;
    };
    const assigneeOf = (payload: LivePayload) =>
      (
        payload.data!.serviceRequestChanged as { serviceRequest: Delivered }
      ).serviceRequest.workOrders.find((w) => w.id === target.id)!.assignee!;
    expect(assigneeOf(toDispatcher!).email).toMatch(/@/);
    expect(toDispatcher!.errors).toBeUndefined();
    expect(assigneeOf(toAnalyst!).email).toBeNull();
    expect(codesOf(toAnalyst!.errors)).toContain('FORBIDDEN');
    expect(JSON.stringify(toAnalyst)).not.toContain(assigneeOf(toDispatcher!).email);

    const http = await postGraphQL(
      `${stack.url}/graphql`,
      'query ($id: ID!) { serviceRequest(id: $id) { workOrders { id assignee { id name email } } } }',
      { id: target.serviceRequest.id },
      { headers: staff.ANALYST! },
    );
    expect(
      (toAnalyst!.data!.serviceRequestChanged as { serviceRequest: unknown }).serviceRequest,
    ).toEqual(http.data!.serviceRequest);
    expect(refusedFields(toAnalyst!.errors, 1)).toEqual(refusedFields(http.errors, 0));

    // Two dispatchers share one group; the analyst has one of its own.
    const stats = stack.gateway.realtime!.stats();
    expect(stats.subscribers).toBe(3);
    expect(stats.groups).toBe(2);
  });
});

describe('documents the socket refuses', () => {
  const follow = (selection: string) =>
    `subscription ($id: ID!) { serviceRequestChanged(id: $id) { ${selection} } }`;
  const nest = (field: string, depth: number, leaf: string): string =>
    depth === 0 ? leaf : `${field} { ${nest(field, depth - 1, leaf)} }`;

  it('a query or a mutation: BAD_REQUEST, use HTTP', async () => {
    const connection = asRole('DISPATCHER');
    const query = connection.subscribe('{ city { name } }');
    const mutation = connection.subscribe(
      'mutation { revokeApiClient(input: { clientId: "x" }) { apiClient { id } } }',
    );
    const [queryError] = await refusalOf(query);
    expect(queryError!.extensions?.code).toBe('BAD_REQUEST');
    expect(queryError!.message).toMatch(/HTTP/);
    expect(codesOf(await refusalOf(mutation))).toEqual(['BAD_REQUEST']);
  });

  it('a subscription over HTTP: 400 SUBSCRIPTION_OVER_HTTP', async () => {
    const answer = await postGraphQL(
      `${stack.url}/graphql`,
      'subscription { workOrderChanged { eventId } }',
      {},
      { headers: staff.DISPATCHER! },
    );
    expect(answer.status).toBe(400);
    expect(codesOf(answer.errors)).toEqual(['SUBSCRIPTION_OVER_HTTP']);
  });

  it.each([
    [
      'too deep',
      follow(`serviceRequest { ${nest('duplicateOf', 12, 'id')} }`),
      'MAX_DEPTH_EXCEEDED',
    ],
    [
      'too many aliases',
      follow(Array.from({ length: 31 }, (_, i) => `a${i}: eventId`).join(' ')),
      'MAX_ALIASES_EXCEEDED',
    ],
    ['too many tokens', follow('eventId '.repeat(2100)), 'MAX_TOKENS_EXCEEDED'],
    [
      'too costly',
      follow(`serviceRequest { ${nest('duplicates', 4, 'number')} }`),
      'MAX_COST_EXCEEDED',
    ],
    [
      'a syntax error',
      'subscription { serviceRequestChanged(id: ) { eventId }',
      'GRAPHQL_PARSE_FAILED',
    ],
    ['an unknown field', follow('eventId secretSauce'), 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s: the same code as over HTTP', async (_name, document, code) => {
    const variables = { id: work[0]!.serviceRequest.id };
    const refused = await refusalOf(asRole('DISPATCHER').subscribe(document, variables));
    expect(codesOf(refused)).toContain(code);
    const overHttp = await postGraphQL(`${stack.url}/graphql`, document, variables, {
      headers: staff.DISPATCHER!,
    });
    expect(codesOf(overHttp.errors)).toContain(code);
  });

  it.each([
    ['a request id that is no id', follow('eventId'), { id: 'not-a-uuid' }],
    [
      'a department id that is no id',
      'subscription { workOrderChanged(filter: { departmentId: "7" }) { eventId } }',
      {},
    ],
    [
      'a box outside the world',
      'subscription { workOrderChanged(filter: { bbox: { west: -200, south: 0, east: 10, north: 10 } }) { eventId } }',
      {},
    ],
    [
      'a negative radius',
      'subscription { serviceRequestCreated(filter: { near: { lon: -112, lat: 33.4, radiusMeters: -5 } }) { eventId } }',
      {},
    ],
    [
      'district 0',
      'subscription { serviceRequestCreated(filter: { district: 0 }) { eventId } }',
      {},
    ],
    [
      'an `after` that is no event id',
      'subscription { serviceRequestCreated(after: "last tuesday") { eventId } }',
      {},
    ],
  ])('%s: BAD_USER_INPUT', async (_name, document, variables) => {
    const refused = await refusalOf(asRole('DISPATCHER').subscribe(document, variables));
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['an object for an ID', { id: { $ne: null } }],
    ['no value for a required variable', {}],
    ['a list for an ID', { id: ['a', 'b'] }],
  ])('%s: BAD_USER_INPUT, as over HTTP', async (_name, variables) => {
    const document = follow('eventId');
    const refused = await refusalOf(asRole('DISPATCHER').subscribe(document, variables));
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    const overHttp = await postGraphQL(
      `${stack.url}/graphql`,
      'query ($id: ID!) { serviceRequest(id: $id) { id } }',
      variables,
      { headers: staff.DISPATCHER! },
    );
    expect(codesOf(overHttp.errors)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    [
      '@skip on the root field',
      'subscription { serviceRequestCreated @skip(if: true) { eventId } }',
      {},
    ],
    [
      '@include on a spread at the root',
      'subscription ($on: Boolean!) { ...Created @include(if: $on) } fragment Created on Subscription { serviceRequestCreated { eventId } }',
      { on: false },
    ],
    ['an introspection root field', 'subscription { __typename }', {}],
  ])('%s: GRAPHQL_VALIDATION_FAILED, the connection stays', async (_name, document, variables) => {
    const connection = asRole('DISPATCHER');
    const refused = await refusalOf(connection.subscribe(document, variables));
    expect(codesOf(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(connection.closed).toBeNull();
  });

  it('two operations and no operationName: BAD_REQUEST', async () => {
    const refused = await refusalOf(
      asRole('DISPATCHER').subscribe(
        'subscription A { serviceRequestCreated { eventId } } subscription B { serviceRequestCreated { eventId } }',
      ),
    );
    expect(codesOf(refused)).toEqual(['BAD_REQUEST']);
  });

  it(`more than ${MAX_SUBSCRIPTIONS} subscriptions on one connection: TOO_MANY_SUBSCRIPTIONS`, async () => {
    const connection = asRole('DISPATCHER');
    const held = Array.from({ length: MAX_SUBSCRIPTIONS }, () =>
      connection.subscribe('subscription { serviceRequestCreated { eventId } }'),
    );
    const extra = connection.subscribe('subscription { serviceRequestCreated { eventId } }');
    expect(codesOf(await refusalOf(extra))).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(held.every((live) => live.ended === null)).toBe(true);
    expect(connection.closed).toBeNull();
  });
});
