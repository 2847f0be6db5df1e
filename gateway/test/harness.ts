import {
  CALLER_HEADER,
  type Caller,
  createLogger,
  PUBLIC_ORIGIN_HEADER,
  type RunningServer,
  type StaffRole,
  verifyCaller,
} from '@civicgraph/platform';
import {
  type StubAnswer,
  type StubRequest,
  type StubServer,
  startStubServer,
  TEST_SECRETS,
} from '@civicgraph/platform/testing';
import { SignJWT } from 'jose';
import { type AccessOverrides, readSupergraph, startGateway } from '../src';

/** How a stand-in subgraph answers: an HTTP status and a JSON body. */
export type Answer = StubAnswer;

/** What a stand-in received: the GraphQL request and the caller the gateway signed. */
export interface Received {
  query: string;
  variables?: Record<string, unknown>;
  caller: Caller | null;
  /** The origin the gateway named (`PUBLIC_ORIGIN_HEADER`); null when it named none. */
  origin: string | null;
}

export const SUBGRAPHS = ['accounts', 'assets', 'datasets', 'requests'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** Verifies a request's caller header as every real subgraph does; null when it fails. */
async function signedCaller(name: string, request: StubRequest) {
  const header = request.headers[CALLER_HEADER];
  try {
    return await verifyCaller(
      typeof header === 'string' ? header : undefined,
      { audience: name, method: request.method, path: request.url, body: request.body },
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
  /** Keyed `<consent token> <api client id>`: the resident that client may act for. */
  consents: Map<string, Caller>;
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
  readonly table: CallerTable = {
    keys: new Map(),
    sessions: new Map(),
    consents: new Map(),
  };
  readonly urls = {} as Record<SubgraphName, string>;
  private readonly servers: StubServer[] = [];

  constructor(readonly answers: Record<SubgraphName, Answer>) {}

  async start() {
    for (const name of SUBGRAPHS) {
      const server = await startStubServer(async (request) => {
        const caller = await signedCaller(name, request);
        if (name === 'accounts' && request.url === '/internal/callers') {
          return this.lookup(caller, request.body);
        }
        if (!caller) return { status: 401, body: { errors: [{ message: 'unsigned' }] } };
        const origin = request.headers[PUBLIC_ORIGIN_HEADER];
        this.received[name].push({
          ...JSON.parse(request.body),
          caller,
          origin: typeof origin === 'string' ? origin : null,
        });
        return this.answers[name];
      });
      this.servers.push(server);
      this.urls[name] = `${server.origin}/graphql`;
    }
    return this;
  }

  private lookup(caller: Caller | null, body: string): StubAnswer {
    if (caller?.kind !== 'service') return { status: 403, body: { error: 'FORBIDDEN' } };
    const question = JSON.parse(body) as {
      apiKey?: string;
      sessionId?: string;
      consentToken?: string;
      apiClientId?: string;
    };
    this.lookups.push(question);
    if (question.consentToken !== undefined) {
      const key = `${question.consentToken} ${question.apiClientId}`;
      return { status: 200, body: { caller: this.table.consents.get(key) ?? null } };
    }
    if (question.apiKey !== undefined) {
      return { status: 200, body: this.table.keys.get(question.apiKey) ?? { caller: null } };
    }
    if (question.sessionId !== undefined) {
      return { status: 200, body: { caller: this.table.sessions.get(question.sessionId) ?? null } };
    }
    return { status: 400, body: { error: 'BAD_REQUEST' } };
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
    await Promise.all(this.servers.map((server) => server.close()));
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
