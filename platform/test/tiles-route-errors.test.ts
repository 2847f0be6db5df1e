import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerRouteError,
  badArgument,
  createLogger,
  parseTileAddress,
  RouteRefused,
} from '../src';

// A tile route's scope as subgraphs register it: refusals answered as they say,
// anything unexpected masked.
const app = Fastify({ loggerInstance: createLogger('test', 'silent') });

beforeAll(async () => {
  await app.register(async (scope) => {
    scope.setErrorHandler(answerRouteError);
    scope.get<{ Params: { z: string; x: string; file: string } }>(
      '/tiles/test/:z/:x/:file',
      async (request) => parseTileAddress(request.params),
    );
    scope.get('/refused', async () => {
      throw new RouteRefused(403, 'FORBIDDEN', 'Staff only', { permission: 'work-orders.read' });
    });
    scope.get('/bad', async () => {
      throw badArgument('status', 'status may be OPEN, CLOSED');
    });
    scope.get('/broken', async () => {
      throw new Error('relation "secret_table" does not exist');
    });
    scope.post('/body', async (request) => request.body);
  });
});

afterAll(() => app.close());

describe('answerRouteError', () => {
  it('answers a bad tile address with a 400 naming the part', async () => {
    const response = await app.inject({ method: 'GET', url: '/tiles/test/23/0/0.mvt' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      argument: 'z',
    });
    const ok = await app.inject({ method: 'GET', url: '/tiles/test/2/1/3.mvt' });
    expect(ok.json()).toEqual({ z: 2, x: 1, y: 3 });
  });

  it('answers refusals with their status, code and details', async () => {
    const refused = await app.inject({ method: 'GET', url: '/refused' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({
      errors: [
        {
          message: 'Staff only',
          extensions: { code: 'FORBIDDEN', permission: 'work-orders.read' },
        },
      ],
    });
    const bad = await app.inject({ method: 'GET', url: '/bad' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].extensions).toEqual({ code: 'BAD_REQUEST', argument: 'status' });
  });

  it('answers what Fastify could not take as a 400 with a body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/body',
      headers: { 'content-type': 'application/json' },
      payload: '{"not json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('masks anything else as a 500 without its message', async () => {
    const response = await app.inject({ method: 'GET', url: '/broken' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(response.body).not.toContain('secret_table');
  });
});
