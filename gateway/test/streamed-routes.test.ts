import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Caller, createLogger } from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { subgraphRoutes } from '../src/routes/subgraph-routes';

// A streamed route (dataset exports) relays the body as it comes, within its cap, and
// gives up on a subgraph that stops sending: a stalled export must not hold the
// client's connection, and the subgraph's cursor, forever.
const logger = createLogger('test', 'silent');
const staff: Caller = { kind: 'staff', id: 's-1', roles: ['ANALYST'] };
const IDLE_MS = 300;

let upstream: Server;
let upstreamUrl: string;
let app: FastifyInstance;
/** How the upstream answers: it writes what it likes, and may never end. */
let answer: (response: ServerResponse) => void;
const open: ServerResponse[] = [];

beforeAll(async () => {
  upstream = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      open.push(response);
      answer(response);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/graphql`;
  app = Fastify();
  await app.register(
    subgraphRoutes({
      routes: [
        {
          prefix: '/exports',
          subgraph: 'datasets',
          methods: ['GET'],
          maxBodyBytes: 1024,
          maxResponseBytes: 10_000,
          streamed: true,
        },
      ],
      subgraphUrls: { datasets: upstreamUrl },
      signingSecret: TEST_SECRETS.callerSigning,
      admit: async () => ({ caller: staff, persistedOperationsOnly: false }),
      logger,
      timeoutMs: IDLE_MS,
    }),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
});

afterEach(() => {
  for (const response of open.splice(0)) response.destroy();
});

afterAll(async () => {
  await app?.close();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

/** Reads the whole body through the gateway: what arrived, and whether it ended cleanly. */
async function download(): Promise<{ status: number; text: string; complete: boolean }> {
  const address = app.server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${address.port}/exports/rows.csv`);
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    return { status: response.status, text: Buffer.concat(chunks).toString(), complete: true };
  } catch {
    return { status: response.status, text: Buffer.concat(chunks).toString(), complete: false };
  }
}

describe('a streamed subgraph route', () => {
  it('relays a body that keeps coming, pauses shorter than the idle limit included', async () => {
    answer = (response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      let sent = 0;
      const next = () => {
        if (sent === 4) return response.end('end\n');
        response.write(`row ${sent++}\n`);
        setTimeout(next, IDLE_MS / 3);
      };
      next();
    };
    expect(await download()).toEqual({
      status: 200,
      text: 'row 0\nrow 1\nrow 2\nrow 3\nend\n',
      complete: true,
    });
  });

  it('cuts the transfer when the subgraph stops sending, rather than wait forever', async () => {
    answer = (response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('row 0\n');
      // … and nothing more, never ending.
    };
    const result = await download();
    expect(result.status).toBe(200);
    expect(result.text).toBe('row 0\n');
    expect(result.complete).toBe(false);
  });

  it('answers a 502 for a body past its cap when nothing was sent yet, and cuts it after', async () => {
    answer = (response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end('x'.repeat(20_000));
    };
    const whole = await download();
    expect(whole.status).toBe(502);
    expect(JSON.parse(whole.text)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_GATEWAY' } }],
    });

    answer = (response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('y'.repeat(6_000));
      setTimeout(() => response.end('z'.repeat(6_000)), 50);
    };
    const cut = await download();
    expect(cut.status).toBe(200);
    expect(cut.complete).toBe(false);
    expect(cut.text.length).toBeLessThan(12_000);
  });
});
