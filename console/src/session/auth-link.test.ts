import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../apollo-client';
import { type Answer, fakeFetch, type SentRequest, unauthenticated401 } from './fake-fetch';
import {
  REFRESH_RETRY_MS,
  type RefreshSession,
  SessionManager,
  SessionRefusedError,
} from './session-manager';
import { memoryStorage, sessionPayload } from './session-mock';

// A variable per call: Apollo would merge identical concurrent queries into one.
// `parse`, not `gql`: codegen would check a gql document against the real schema.
const Probe = parse('query Probe($n: Int) { probe(n: $n) }');
const ok: Answer = { body: { data: { probe: 'yes' } } };
const minute = 60_000;
const start = Date.parse('2026-11-29T08:00:00Z');

const managers: SessionManager[] = [];
afterEach(() => {
  for (const manager of managers.splice(0)) manager.dispose();
  vi.useRealTimers();
});

/** A client over a fake fetch, signed in at `start` as the dispatcher (access-1). */
function setUp(answer: (request: SentRequest, n: number) => Answer, refresh: RefreshSession) {
  let now = start;
  const storage = memoryStorage();
  const refreshSpy = vi.fn(refresh);
  const manager = new SessionManager({ refresh: refreshSpy, storage, now: () => now });
  managers.push(manager);
  manager.signIn(sessionPayload({}, start));
  const network = fakeFetch(answer);
  const client = createApolloClient(manager, { fetch: network.fetch });
  let n = 0;
  const query = (context?: { sessionRefresh: false }) =>
    client.query({ query: Probe, variables: { n: n++ }, fetchPolicy: 'no-cache', context });
  return {
    manager,
    storage,
    refresh: refreshSpy,
    sent: network.sent,
    query,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

/** What accounts answers to a refresh at `at`: the next token pair. */
function rotated(at: number) {
  return sessionPayload({ accessToken: 'access-2', refreshToken: 'refresh-2' }, at);
}

describe('the auth link', () => {
  it('sends the access token as a bearer token, and none once signed out', async () => {
    const t = setUp(
      () => ok,
      async () => rotated(start),
    );
    expect((await t.query()).data).toEqual({ probe: 'yes' });
    t.manager.end('signedOut');
    await t.query();
    expect(t.sent.map((s) => s.authorization)).toEqual(['Bearer access-1', null]);
    expect(t.refresh).not.toHaveBeenCalled();
  });

  it('refreshes a token about to expire before sending, once for concurrent operations', async () => {
    let release!: () => void;
    const t = setUp(
      () => ok,
      () =>
        new Promise((resolve) => {
          release = () => resolve(rotated(t.now()));
        }),
    );
    // 14 minutes and 1 second into a 15-minute token: inside the last minute.
    t.advance(14 * minute + 1000);
    const both = Promise.all([t.query(), t.query(), t.query()]);
    await vi.waitFor(() => expect(t.refresh).toHaveBeenCalledTimes(1));
    release();
    await both;
    expect(t.refresh).toHaveBeenCalledWith('refresh-1');
    expect(t.sent.map((s) => s.authorization)).toEqual([
      'Bearer access-2',
      'Bearer access-2',
      'Bearer access-2',
    ]);
    // The rotated pair is what a reload will find.
    expect(t.storage.entries.size).toBe(1);
    expect([...t.storage.entries.values()][0]).toContain('refresh-2');
  });

  it.each([
    ['a 401 with an application/json body', unauthenticated401],
    [
      'an UNAUTHENTICATED answer in application/graphql-response+json',
      { ...unauthenticated401, contentType: 'application/graphql-response+json' },
    ],
  ])('on %s, refreshes once and sends the operation again', async (_name, refusal) => {
    const t = setUp(
      (_request, n) => (n === 0 ? refusal : ok),
      async () => rotated(start),
    );
    expect((await t.query()).data).toEqual({ probe: 'yes' });
    expect(t.sent.map((s) => s.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(t.refresh).toHaveBeenCalledTimes(1);
    expect(t.manager.getState().session?.accessToken).toBe('access-2');
  });

  it('sends the operation again only once', async () => {
    const t = setUp(
      () => unauthenticated401,
      async () => rotated(start),
    );
    await expect(t.query()).rejects.toThrow();
    expect(t.sent).toHaveLength(2);
    expect(t.refresh).toHaveBeenCalledTimes(1);
  });

  it('when the refresh is refused, clears the session (memory and storage) and fails the operation', async () => {
    const t = setUp(
      () => unauthenticated401,
      async () => {
        throw new SessionRefusedError('Refresh token revoked');
      },
    );
    await expect(t.query()).rejects.toThrow();
    expect(t.manager.getState()).toEqual({ session: null, notice: 'ended' });
    expect(t.storage.entries.size).toBe(0);
    // Not sent again without a token: the refusal goes back to the caller.
    expect(t.sent.map((s) => s.authorization)).toEqual(['Bearer access-1']);
  });

  it('keeps the session when accounts cannot be reached to refresh it', async () => {
    const t = setUp(
      () => unauthenticated401,
      async () => {
        throw new TypeError('Failed to fetch');
      },
    );
    await expect(t.query()).rejects.toThrow();
    expect(t.manager.getState().session?.accessToken).toBe('access-1');
    expect(t.storage.entries.size).toBe(1);
  });

  it('never refreshes an operation that asks not to (logout), and sends no expired token', async () => {
    const t = setUp(
      () => ok,
      async () => rotated(start),
    );
    t.advance(14 * minute + 1000); // due for refresh, not yet expired
    await t.query({ sessionRefresh: false });
    t.advance(minute); // expired
    await t.query({ sessionRefresh: false });
    expect(t.sent.map((s) => s.authorization)).toEqual(['Bearer access-1', null]);
    expect(t.refresh).not.toHaveBeenCalled();
  });
});

describe('the session manager', () => {
  it('refreshes on its own a minute before the access token expires', async () => {
    vi.useFakeTimers({ now: start });
    const refresh = vi.fn(async () => rotated(Date.now()));
    const manager = new SessionManager({ refresh, storage: memoryStorage() });
    managers.push(manager);
    manager.signIn(sessionPayload({}, start));

    await vi.advanceTimersByTimeAsync(14 * minute - 1000);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(manager.getState().session?.accessToken).toBe('access-2');
  });

  it('ends a stored session whose refresh token has expired without asking accounts', async () => {
    const storage = memoryStorage();
    let now = start;
    const refresh = vi.fn(async () => rotated(now));
    const first = new SessionManager({ refresh, storage, now: () => now });
    managers.push(first);
    first.signIn(sessionPayload({}, start));
    now += 13 * 60 * minute; // past the 12-hour refresh token
    const reloaded = new SessionManager({ refresh, storage, now: () => now });
    managers.push(reloaded);
    // The sign-in page says why: expired, not ended by someone.
    expect(reloaded.getState()).toEqual({ session: null, notice: 'expired' });
    expect(storage.entries.size).toBe(0);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('tries its own refresh again soon when accounts could not be reached', async () => {
    vi.useFakeTimers({ now: start });
    let reachable = false;
    const refresh = vi.fn(async () => {
      if (!reachable) throw new TypeError('Failed to fetch');
      return rotated(Date.now());
    });
    const manager = new SessionManager({ refresh, storage: memoryStorage() });
    managers.push(manager);
    manager.signIn(sessionPayload({}, start));

    await vi.advanceTimersByTimeAsync(14 * minute + 1000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(manager.getState().session?.accessToken).toBe('access-1');
    reachable = true;
    await vi.advanceTimersByTimeAsync(REFRESH_RETRY_MS);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(manager.getState().session?.accessToken).toBe('access-2');
  });
});
