// @vitest-environment node
// The live feed against the real stack: the gateway's graphql-ws server, the outbox,
// real sessions. Node 20 has no WebSocket of its own: `ws` stands in for the browser's.

import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import type { RunningStack } from '@civicgraph/stack';
import { startSeededStack } from '@civicgraph/stack/testing';
import { parse, print } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WorkOrderApi, type WorkOrderState } from '../../e2e/work-order-api';
import { createApolloClient } from '../apollo-client';
import { refreshOverHttp } from '../session/refresh-over-http';
import { LoginDocument, type LoginMutation } from '../session/session.graphql';
import { SessionManager } from '../session/session-manager';
import { memoryStorage } from '../session/session-mock';
import { type LiveConnection, liveConnectionOf } from './live-connection';
import type { LiveWorkOrderEvent } from './live-context';
import { LiveFeed, type LiveNotice } from './live-feed';

interface RowData {
  workOrder: {
    __typename: 'WorkOrder';
    id: string;
    number: string;
    status: string;
    version: number;
    assignee: { __typename: 'Staff'; id: string; name: string } | null;
  } | null;
}

// parse, not gql: a test's document stays out of the generated (shipped) documents.
const WORK_ORDER: TypedDocumentNode<RowData, { id: string }> = parse(`
  query LiveFeedTestWorkOrder($id: ID!) {
    workOrder(id: $id) {
      id
      number
      status
      priority
      version
      assignee {
        id
        name
      }
    }
  }
`);

let stack: RunningStack;
let supervisor: WorkOrderApi;
let fieldWorker: { id: string; name: string; department: { id: string } };
let work: WorkOrderState[];
let assignable: WorkOrderState;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 150, now: new Date('2026-11-01T12:00:00Z') },
  });
  supervisor = await WorkOrderApi.signIn(stack.url, 'SUPERVISOR');
  fieldWorker = await (await WorkOrderApi.signIn(stack.url, 'FIELD_WORKER')).me();
  work = await supervisor.openWork();
  expect(work.length).toBeGreaterThan(4);
  const unassigned = await supervisor.openWork(fieldWorker.department.id);
  expect(unassigned.length).toBeGreaterThan(0);
  assignable = unassigned[0]!;
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

interface Running {
  client: ApolloClient;
  connection: LiveConnection;
  feed: LiveFeed;
  session: SessionManager;
  events: LiveWorkOrderEvent[];
  notices: LiveNotice[];
  stop: () => void;
}
const running: Running[] = [];
afterEach(() => {
  for (const one of running.splice(0)) {
    one.stop();
    one.connection.dispose();
    one.session.dispose();
  }
});

async function login(): Promise<NonNullable<LoginMutation['login']>> {
  const response = await fetch(`${stack.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: print(LoginDocument),
      variables: { email: 'dispatcher@demo.phoenix.az.us', password: 'civicgraph-demo' },
    }),
  });
  const answer = (await response.json()) as { data: LoginMutation };
  return answer.data.login;
}

/** A signed-in console's client and live feed, as the browser has them. */
async function startConsole({
  tamper,
  retryDelay = () => 50,
}: {
  tamper?: (payload: NonNullable<LoginMutation['login']>) => NonNullable<LoginMutation['login']>;
  retryDelay?: (retries: number) => number;
} = {}): Promise<Running> {
  const payload = await login();
  const session = new SessionManager({
    storage: memoryStorage(),
    refresh: refreshOverHttp(`${stack.url}/graphql`),
  });
  session.signIn(tamper ? tamper(payload) : payload);
  const client = createApolloClient(session, {
    uri: `${stack.url}/graphql`,
    live: { webSocketImpl: WebSocket, cursorStorage: null, retryDelay },
  });
  const connection = liveConnectionOf(client);
  if (!connection) throw new Error('createApolloClient registered no live connection');
  const feed = new LiveFeed({ client, connection, catchUpQuietMs: 300 });
  const one: Running = {
    client,
    connection,
    feed,
    session,
    events: [],
    notices: [],
    stop: () => {},
  };
  feed.subscribe((event) => one.events.push(event));
  feed.onNotice((notice) => one.notices.push(notice));
  one.stop = feed.start();
  running.push(one);
  return one;
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Live, and the gateway holds the subscription: changes from now on reach it. */
async function untilLive(one: Running) {
  await until(() => one.feed.getState().status === 'live', 'the feed to be live');
  await until(
    () => (stack.gateway.realtime?.stats().subscribers ?? 0) === running.length,
    'the gateway to hold the subscription',
  );
}

describe('LiveFeed against the real gateway', () => {
  it('writes each change into the normalised cache: a watched query updates in place', async () => {
    const one = await startConsole();
    const target = assignable;
    const seen: Array<{ status?: string; version?: number; assignee?: unknown }> = [];
    const watched = one.client
      .watchQuery({ query: WORK_ORDER, variables: { id: target.id } })
      .subscribe(({ data }) => {
        if (data?.workOrder) seen.push(data.workOrder);
      });
    try {
      await until(() => seen.length > 0, 'the query');
      await untilLive(one);

      const assigned = await supervisor.change('assignWorkOrder', target, {
        assigneeId: fieldWorker.id,
      });
      await until(() => one.events.length > 0, 'the event');
      expect(one.events[0]).toMatchObject({ workOrderId: target.id, action: 'ASSIGN' });
      // The query was not refetched: the subscription's payload updated the cache.
      await until(() => seen.at(-1)?.version === assigned.version, 'the watched query');
      expect(seen.at(-1)).toMatchObject({
        status: 'ASSIGNED',
        assignee: { id: fieldWorker.id, name: fieldWorker.name },
      });
      expect(one.feed.getState().recentlyChanged.has(target.id)).toBe(true);
      expect(one.connection.cursor.get()).toBe(one.events[0]!.eventId);
    } finally {
      watched.unsubscribe();
    }
  });

  it('resumes after a dropped connection from the last event id, and says it caught up', async () => {
    const one = await startConsole({ retryDelay: () => 1_500 });
    await untilLive(one);
    let target = work.find((w) => w.id !== assignable.id && w.priority !== 'URGENT')!;
    target = await supervisor.change('changeWorkOrderPriority', target, { priority: 'URGENT' });
    await until(() => one.events.length === 1, 'the first event');
    const before = one.connection.cursor.get();

    one.connection.drop();
    await until(() => one.feed.getState().status === 'reconnecting', 'reconnecting');
    // Made while the socket is down: only a resume from the last id can bring it.
    target = await supervisor.change('changeWorkOrderPriority', target, { priority: 'LOW' });
    await until(() => one.events.length === 2, 'the missed event');
    expect(one.events[1]).toMatchObject({ workOrderId: target.id, action: 'PRIORITY' });
    expect(BigInt(one.events[1]!.eventId)).toBeGreaterThan(BigInt(before!));
    await until(() => one.notices.some((n) => n.kind === 'caughtUp'), 'caught up');
    expect(one.notices.find((n) => n.kind === 'caughtUp')).toMatchObject({ missed: 1 });
    expect(one.feed.getState().status).toBe('live');
  });

  it('reloads and resumes when the gateway cannot replay (RESYNC_REQUIRED)', async () => {
    const one = await startConsole();
    await untilLive(one);
    // An id past the outbox's newest: not an id of this outbox.
    one.connection.cursor.set('999999999999');
    one.connection.drop();
    await until(() => one.notices.some((n) => n.kind === 'resynced'), 'the resync');
    await untilLive(one);
    const resumedAt = one.connection.cursor.get();
    expect(resumedAt).not.toBe('999999999999');

    const others = work.filter((w) => w.id !== assignable.id);
    // Fresh: an earlier test may have changed it.
    const target = await supervisor.workOrder(others.at(-1)!.id);
    await supervisor.change('changeWorkOrderPriority', target, {
      priority: target.priority === 'HIGH' ? 'LOW' : 'HIGH',
    });
    await until(() => one.events.length === 1, 'an event after the resync');
    expect(one.events[0]).toMatchObject({ workOrderId: target.id });
  });

  it('renews a refused access token once (4401) and carries on', async () => {
    const one = await startConsole({
      tamper: (payload) => ({ ...payload, accessToken: 'not-a-token' }),
    });
    await untilLive(one);
    expect(one.session.getState().session?.accessToken).not.toBe('not-a-token');
    expect(one.session.getState().notice).toBeNull();
  });

  it('ends the session when the refresh is refused too', async () => {
    const one = await startConsole({
      tamper: (payload) => ({
        ...payload,
        accessToken: 'not-a-token',
        refreshToken: 'not-a-refresh-token',
      }),
    });
    await until(() => one.session.getState().session === null, 'the session to end');
    expect(one.session.getState().notice).toBe('ended');
    expect(one.feed.getState().status).not.toBe('live');
  });

  it('closes the socket when the feed stops (signing out unmounts it)', async () => {
    const one = await startConsole();
    await untilLive(one);
    const realtime = stack.gateway.realtime!;
    one.stop();
    await until(() => realtime.stats().subscribers === 0, 'the subscription to end');
  });
});
