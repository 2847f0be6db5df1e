import { ANONYMOUS, CALLER_HEADER, type Caller, verifyCaller } from '@civicgraph/platform';
import { type StubServer, startStubServer, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedSubgraphCalls } from '../src/subgraph-fetch/subgraph-fetch';
import {
  accessToken,
  HAPPY_ANSWERS,
  post,
  type RunningServer,
  StubSubgraphs,
  startTestGateway,
} from './harness';

// In-flight deduplication of subgraph calls (src/subgraph-fetch/): the requests
// subgraph here holds every answer until the test lets it go, so calls that overlap
// overlap for sure, whatever the machine's speed.

const QUERY = { query: '{ services { code } }' };
const MUTATION = {
  query:
    'mutation { markDuplicate(input: { id: "a", originalId: "b", expectedVersion: 1 }) { __typename } }',
};
const staffId = '11111111-1111-4111-8111-111111111111';
const sessionId = '22222222-2222-4222-8222-222222222222';
const dispatcher: Caller = { kind: 'staff', id: staffId, roles: ['DISPATCHER'], sessionId };

/** A requests subgraph that records who called with what, and answers when released. */
class HeldSubgraph {
  readonly calls: Array<{ query: string; caller: Caller | null }> = [];
  private release: () => void = () => {};
  private gate: Promise<void> = Promise.resolve();
  server!: StubServer;

  async start() {
    this.server = await startStubServer(async (request) => {
      const body = JSON.parse(request.body) as { query: string };
      const header = request.headers[CALLER_HEADER];
      const caller = await verifyCaller(
        typeof header === 'string' ? header : undefined,
        { audience: 'requests', method: request.method, path: request.url, body: request.body },
        TEST_SECRETS.callerSigning,
      ).catch(() => null);
      this.calls.push({ query: body.query, caller });
      await this.gate;
      return body.query.startsWith('mutation')
        ? { status: 200, body: { data: { markDuplicate: { __typename: 'MarkDuplicatePayload' } } } }
        : HAPPY_ANSWERS.requests;
    });
    return this;
  }

  /** Answers nothing until `open()` (a gate left shut by a failed test opens first). */
  hold() {
    this.release();
    this.gate = new Promise((resolve) => {
      this.release = resolve;
    });
  }

  open() {
    this.release();
  }
}

/** Waits for `condition`; the bound only tells "happened" from "never happened". */
async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let stubs: StubSubgraphs;
let requests: HeldSubgraph;
let gateway: RunningServer;
let session: Record<string, string>;

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  stubs.table.sessions.set(sessionId, dispatcher);
  requests = await new HeldSubgraph().start();
  gateway = await startTestGateway({
    ...stubs.urls,
    requests: `${requests.server.origin}/graphql`,
  });
  session = {
    authorization: `Bearer ${await accessToken({ staffId, sessionId, roles: ['DISPATCHER'] })}`,
  };
});

// A failed test must not leave the gateway waiting on an answer that never comes.
afterEach(() => requests?.open());

afterAll(async () => {
  requests?.open();
  await gateway?.close();
  await requests?.server.close();
  await stubs?.close();
});

describe('identical subgraph calls in flight at once', () => {
  it('go out once when two clients send the same query as the same caller, and both get the answer', async () => {
    const callsBefore = requests.calls.length;
    const sharedBefore = sharedSubgraphCalls();
    requests.hold();
    const first = post(gateway.url, QUERY, session);
    await until(
      () => requests.calls.length === callsBefore + 1,
      'the first call reached the subgraph',
    );
    const second = post(gateway.url, QUERY, session);
    await until(
      () => sharedSubgraphCalls() === sharedBefore + 1,
      'the second call joined the first',
    );
    requests.open();
    const answers = await Promise.all([first, second]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { services: [{ code: 'POTHOLE' }] } });
    }
    expect(requests.calls.slice(callsBefore).map((call) => call.caller)).toEqual([dispatcher]);

    // Not a cache: once the answer is in, the same query goes out again.
    await post(gateway.url, QUERY, session);
    expect(requests.calls.length).toBe(callsBefore + 2);
  });

  it('never share a mutation: each goes out on its own', async () => {
    const callsBefore = requests.calls.length;
    const sharedBefore = sharedSubgraphCalls();
    requests.hold();
    const both = [post(gateway.url, MUTATION, session), post(gateway.url, MUTATION, session)];
    await until(
      () => requests.calls.length === callsBefore + 2,
      'both mutations reached the subgraph',
    );
    requests.open();
    for (const answer of await Promise.all(both)) {
      expect(answer.body).toEqual({
        data: { markDuplicate: { __typename: 'MarkDuplicatePayload' } },
      });
    }
    expect(sharedSubgraphCalls()).toBe(sharedBefore);
    expect(
      requests.calls.slice(callsBefore).every((call) => call.query.startsWith('mutation')),
    ).toBe(true);
  });

  it('never share between different callers: each goes out signed as its own caller', async () => {
    const callsBefore = requests.calls.length;
    const sharedBefore = sharedSubgraphCalls();
    requests.hold();
    const both = [post(gateway.url, QUERY, session), post(gateway.url, QUERY)];
    await until(
      () => requests.calls.length === callsBefore + 2,
      'both callers reached the subgraph',
    );
    requests.open();
    for (const answer of await Promise.all(both)) {
      expect(answer.body).toEqual({ data: { services: [{ code: 'POTHOLE' }] } });
    }
    expect(sharedSubgraphCalls()).toBe(sharedBefore);
    const callers = requests.calls.slice(callsBefore).map((call) => call.caller);
    expect(callers).toHaveLength(2);
    expect(callers).toEqual(expect.arrayContaining([dispatcher, ANONYMOUS]));
  });
});
