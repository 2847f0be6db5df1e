import { describe, expect, it } from 'vitest';
import { type Answer, fakeFetch, unauthenticated401 } from './fake-fetch';
import { refreshOverHttp } from './refresh-over-http';
import { SessionRefusedError } from './session-manager';
import { sessionPayload } from './session-mock';

function refreshAnswering(answer: Answer) {
  const network = fakeFetch(() => answer);
  return { refresh: refreshOverHttp('/graphql', network.fetch), sent: network.sent };
}

describe('refreshOverHttp', () => {
  it('sends refreshSession with the refresh token and no bearer token', async () => {
    const payload = sessionPayload({ accessToken: 'access-2' });
    const { refresh, sent } = refreshAnswering({ body: { data: { refreshSession: payload } } });
    await expect(refresh('refresh-1')).resolves.toEqual(payload);
    expect(sent).toEqual([
      {
        operationName: 'RefreshSession',
        authorization: null,
        variables: { refreshToken: 'refresh-1' },
      },
    ]);
  });

  it.each<[string, Answer]>([
    [
      'UNAUTHENTICATED',
      {
        body: {
          data: null,
          errors: [{ message: 'Session revoked', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
    ],
    ['HTTP 401', unauthenticated401],
  ])('reports %s as a refused session', async (_name, answer) => {
    await expect(refreshAnswering(answer).refresh('refresh-1')).rejects.toBeInstanceOf(
      SessionRefusedError,
    );
  });

  it.each<[string, Answer]>([
    ['a 503 page', { status: 503, contentType: 'text/html', body: '<h1>Unavailable</h1>' }],
    ['a 429', { status: 429, body: { errors: [{ message: 'Too many requests' }] } }],
    [
      'an internal error',
      { body: { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } },
    ],
  ])('does not take %s for a refusal: the session may still be good', async (_name, answer) => {
    const failure = await refreshAnswering(answer)
      .refresh('refresh-1')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(SessionRefusedError);
  });
});
