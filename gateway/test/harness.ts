import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CALLER_HEADER,
  type Caller,
  createLogger,
  type RunningServer,
  type StaffRole,
  verifyCaller,
} from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { SignJWT } from 'jose';
import { type AccessOverrides, readSupergraph, startGateway } from '../src';

/** How a stand-in subgraph answers: an HTTP status and a JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** What a stand-in received: the GraphQL request and the caller the gateway signed. */
export interface Received {
  query: string;
  variables?: Record<string, unknown>;
  caller: Caller | null;
}

export const SUBGRAPHS = ['accounts', 'assets', 'datasets', 'requests'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** Verifies a request's caller header as every real subgraph does; null when it fails. */
async function signedCaller(name: string, request: IncomingMessage, body: string) {
  const header = request.headers[CALLER_HEADER];
  try {
    return await verifyCaller(
      typeof header === 'string' ? header : undefined,
      { audience: name, method: request.method ?? 'POST', path: request.url ?? '/', body },
      TEST_SECRETS.callerSigning,
    );
  } catch {
    return null;
  }
}

/** Accounts' answers about API keys and sessions, as the stand-in gives them. */
export interface CallerTable {
  keys: Map<
    string,
    { caller: Caller | null; rateLimitPerMinute?: number; persistedOperationsOnly?: boolean }
  >;
  sessions: Map<string, Caller | null>;
}

/**
 * Stand-ins for the four subgraphs, real HTTP servers: each checks the gateway's
 * signature as a real subgraph does (401 without it), records what it received, and
 * answers `answers[name]`. Accounts also answers `POST /internal/callers` from `table`
 * (403 unless the gateway signed as itself) and records each lookup.
 */
export class StubSubgraphs {
  readonly received: Record<SubgraphName, Received[]> = {
    accounts: [],
    assets: [],
    datasets: [],
    requests: [],
  };
  readonly lookups: Array<Record<string, unknown>> = [];
  readonly table: CallerTable = { keys: new Map(), sessions: new Map() };
  readonly urls = {} as Record<SubgraphName, string>;
  private readonly servers: Server[] = [];

  constructor(readonly answers: Record<SubgraphName, Answer>) {}

  async start() {
    for (const name of SUBGRAPHS) {
      const server = createServer(async (request, response) => {
        const body = await readBody(request);
        const caller = await signedCaller(name, request, body);
        if (name === 'accounts' && request.url === '/internal/callers') {
          return this.lookup(caller, body, response);
        }
        if (!caller) return sendJson(response, 401, { errors: [{ message: 'unsigned' }] });
        this.received[name].push({ ...JSON.parse(body), caller });
        const answer = this.answers[name];
        sendJson(response, answer.status, answer.body);
      });
      this.servers.push(server);
      this.urls[name] = await listen(server);
    }
    return this;
  }

  private lookup(caller: Caller | null, body: string, response: ServerResponse) {
    if (caller?.kind !== 'service') return sendJson(response, 403, { error: 'FORBIDDEN' });
    const question = JSON.parse(body) as { apiKey?: string; sessionId?: string };
    this.lookups.push(question);
    if (question.apiKey !== undefined) {
      return sendJson(response, 200, this.table.keys.get(question.apiKey) ?? { caller: null });
    }
    if (question.sessionId !== undefined) {
      return sendJson(response, 200, {
        caller: this.table.sessions.get(question.sessionId) ?? null,
      });
    }
    return sendJson(response, 400, { error: 'BAD_REQUEST' });
  }

  /** Calls the gateway made to subgraphs (accounts' lookups aside). */
  get subgraphCalls() {
    return SUBGRAPHS.reduce((sum, name) => sum + this.received[name].length, 0);
  }

  reset() {
    for (const name of SUBGRAPHS) this.received[name] = [];
    this.lookups.length = 0;
  }

  async close() {
    await Promise.all(this.servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/** A catalog entry with every field the shipped persisted operations read. */
const SERVICE = {
  id: '7d1b1a52-7f43-4d6c-9d35-2c1d5a3a0a01',
  code: 'POTHOLE',
  name: 'Pothole',
  description: 'A hole in the road',
  group: 'Streets',
  keywords: ['road'],
  slaHours: 72,
};

/** Answers every subgraph call with empty-but-valid data for the queries tests send. */
export const HAPPY_ANSWERS: Record<SubgraphName, Answer> = {
  accounts: { status: 200, body: { data: { departments: [{ name: 'Streets' }] } } },
  assets: { status: 200, body: { data: { city: { name: 'Phoenix' } } } },
  datasets: { status: 200, body: { data: { datasets: [] } } },
  requests: { status: 200, body: { data: { services: [SERVICE] } } },
};

export function startTestGateway(urls: Record<string, string>, access: AccessOverrides = {}) {
  return startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls: urls,
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('test', 'silent'),
    consoleDir: null,
    secrets: TEST_SECRETS,
    access,
  });
}

/** A staff access token as accounts signs it (contract in the access brief). */
export async function accessToken(
  staff: { staffId: string; sessionId: string; roles: StaffRole[] },
  options: { secret?: string; expiresAt?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sid: staff.sessionId, roles: staff.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('civicgraph-accounts')
    .setAudience('civicgraph')
    .setSubject(staff.staffId)
    .setIssuedAt(now - 60)
    .setExpirationTime(options.expiresAt ?? now + 900)
    .sign(new TextEncoder().encode(options.secret ?? TEST_SECRETS.accessToken));
}

/** A GraphQL error as the gateway answers it. */
export interface ErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: unknown;
}

/** POSTs to the gateway and returns the status, the headers and the JSON body. */
export async function post(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: ErrorBody }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as ErrorBody,
  };
}

/** The first error's extensions (code, limit, value …). */
export const firstError = (body: ErrorBody) => body.errors?.[0]?.extensions ?? {};

export type { RunningServer };
