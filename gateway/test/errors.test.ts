import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type RunningServer } from '@civicgraph/platform';
import { postGraphQL, TEST_SECRETS } from '@civicgraph/platform/testing';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSupergraph, startGateway } from '../src';

/** How a stand-in subgraph answers every request: an HTTP status and a JSON body. */
interface Answer {
  status: number;
  body: unknown;
}

/**
 * Stand-ins for the subgraphs, real HTTP servers that answer what each test needs
 * (a refusal, a crash) and record what the gateway sent them.
 */
const answers: Record<string, Answer> = {
  accounts: {
    status: 400,
    body: {
      errors: [
        {
          message: 'Variable "$id" got invalid value "x"; the subgraph says no',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    },
  },
  assets: { status: 500, body: { errors: [{ message: 'database on fire' }] } },
  datasets: { status: 200, body: { data: { datasets: [] } } },
  requests: { status: 200, body: { data: { serviceRequests: { totalCount: 3 } } } },
};
const received: Record<string, Array<{ query: string; variables?: Record<string, unknown> }>> = {};
const stubs: Server[] = [];
let gateway: RunningServer;

async function startStub(name: string): Promise<string> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received[name]!.push(JSON.parse(body));
      const answer = answers[name]!;
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  stubs.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  const subgraphUrls: Record<string, string> = {};
  for (const name of Object.keys(answers)) subgraphUrls[name] = await startStub(name);
  gateway = await startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls,
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('test', 'silent'),
    consoleDir: null,
    secrets: TEST_SECRETS,
  });
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all(stubs.map((s) => new Promise((resolve) => s.close(resolve))));
});

beforeEach(() => {
  for (const name of Object.keys(answers)) received[name] = [];
});

describe('a subgraph refusing or failing a request', () => {
  it("passes a 4xx's GraphQL errors through, codes and messages as the subgraph wrote them", async () => {
    const response = await postGraphQL(gateway.url, '{ departments { name } }');
    expect(response.status).toBeLessThan(500);
    expect(response.errors).toEqual([
      {
        message: 'Variable "$id" got invalid value "x"; the subgraph says no',
        extensions: { code: 'BAD_USER_INPUT', serviceName: 'accounts' },
      },
    ]);
  });

  it('keeps a 5xx an internal error, without the subgraph’s details', async () => {
    const response = await postGraphQL(gateway.url, '{ assetTypes { code } }');
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(response.errors)).not.toContain('on fire');
  });
});

describe('input the gateway refuses before calling any subgraph', () => {
  const COUNT =
    'query ($after: DateTime) { serviceRequests(filter: { requestedAfter: $after }) { totalCount } }';

  it('refuses a DateTime variable that names no instant with BAD_USER_INPUT', async () => {
    const response = await postGraphQL(gateway.url, COUNT, { after: '2026-02-30T00:00:00Z' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('$after');
    expect(received.requests).toEqual([]);
  });

  it('refuses a DateTime literal that names no instant as invalid', async () => {
    const response = await postGraphQL(
      gateway.url,
      '{ serviceRequests(filter: { requestedAfter: "2026-01-01T24:00:00Z" }) { totalCount } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(received.requests).toEqual([]);
  });

  it('forwards a good DateTime to the subgraph exactly as the client wrote it', async () => {
    const after = '2026-11-01T08:00:00-07:00';
    const response = await postGraphQL(gateway.url, COUNT, { after });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ serviceRequests: { totalCount: 3 } });
    expect(received.requests).toHaveLength(1);
    expect(received.requests![0]!.variables).toEqual({ after });
  });

  it('refuses NUL in an argument with BAD_USER_INPUT naming it', async () => {
    const response = await postGraphQL(
      gateway.url,
      'query ($name: String) { streets(name: $name) { id } }',
      { name: 'Main\u0000' },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'streets',
      argument: 'name',
    });
    expect(received.assets).toEqual([]);
  });
});
