import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../apollo-client';
import { type Answer, fakeFetch } from '../session/fake-fetch';
import { SessionManager } from '../session/session-manager';
import { errorKindOf, graphQLErrorCode, isRetryable } from './error-kind';

// The errors come from a real Apollo Client over the real HttpLink, with only fetch
// answering from a script: what the features will really be handed.
const Probe = parse('mutation Probe { probe }');

const managers: SessionManager[] = [];
afterEach(() => {
  for (const manager of managers.splice(0)) manager.dispose();
  vi.unstubAllGlobals();
});

async function errorFor(answer: Answer | (() => never)): Promise<unknown> {
  const manager = new SessionManager({
    refresh: () => Promise.reject(new Error('no session in these tests')),
  });
  managers.push(manager);
  const network = fakeFetch(typeof answer === 'function' ? answer : () => answer);
  const client = createApolloClient(manager, { fetch: network.fetch });
  const outcome = await client.mutate({ mutation: Probe }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).not.toBeNull();
  return outcome;
}

const coded = (code: string, extra: Record<string, unknown> = {}): Answer => ({
  body: { data: null, errors: [{ message: `refused: ${code}`, extensions: { code, ...extra } }] },
});

describe('errorKindOf', () => {
  it.each([
    ['FORBIDDEN', 'forbidden'],
    ['UNAUTHENTICATED', 'sessionExpired'],
    ['CONFLICT', 'conflict'],
    ['INVALID_TRANSITION', 'conflict'],
    ['NOT_FOUND', 'notFound'],
    ['BAD_USER_INPUT', 'badInput'],
    ['BAD_REQUEST', 'badInput'],
    ['INTERNAL_SERVER_ERROR', 'unavailable'],
  ] as const)('sorts a GraphQL error with code %s as %s', async (code, kind) => {
    const error = await errorFor(coded(code));
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(graphQLErrorCode(error)).toBe(code);
    expect(errorKindOf(error)).toBe(kind);
  });

  it('reads the stale version refusal the work-order mutations give', async () => {
    const error = await errorFor(
      coded('CONFLICT', { currentVersion: 4, lastChangedBy: 'Luis Ortega' }),
    );
    expect(errorKindOf(error)).toBe('conflict');
  });

  it.each([
    // The gateway's refusals carry a code in a JSON body: the code wins over the status.
    [403, { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }, 'forbidden'],
    [
      429,
      { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] },
      'unavailable',
    ],
    [409, { errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] }, 'conflict'],
    // A proxy's page in front of the gateway: only the status to go on.
    [403, '<h1>Forbidden</h1>', 'forbidden'],
    [404, '<h1>Not found</h1>', 'notFound'],
    [502, '<h1>Bad gateway</h1>', 'unavailable'],
    [503, '<h1>Unavailable</h1>', 'unavailable'],
  ] as const)('sorts an HTTP %s answer (%j) as %s', async (status, body, kind) => {
    const error = await errorFor({
      status,
      contentType: typeof body === 'string' ? 'text/html' : 'application/json',
      body,
    });
    expect(ServerError.is(error)).toBe(true);
    expect(errorKindOf(error)).toBe(kind);
  });

  it('takes a failed fetch (TypeError) for being offline', async () => {
    const error = await errorFor(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(error).toBeInstanceOf(TypeError);
    expect(errorKindOf(error)).toBe('offline');
  });

  it('says offline for any failure while the browser says it is offline', async () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    expect(errorKindOf(new Error('socket closed'))).toBe('offline');
  });

  it('says unavailable for anything else', () => {
    expect(errorKindOf(new Error('something odd'))).toBe('unavailable');
    expect(errorKindOf('a string')).toBe('unavailable');
    expect(graphQLErrorCode(new Error('x'))).toBeUndefined();
  });
});

describe('isRetryable', () => {
  it('offers Retry only where trying again unchanged may work', () => {
    expect(isRetryable('offline')).toBe(true);
    expect(isRetryable('unavailable')).toBe(true);
    expect(isRetryable('forbidden')).toBe(false);
    expect(isRetryable('conflict')).toBe(false);
    expect(isRetryable('badInput')).toBe(false);
  });
});
