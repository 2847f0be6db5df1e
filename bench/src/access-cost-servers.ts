import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createGateway, readSupergraph, startGateway } from '@civicgraph/gateway';
import {
  CALLER_HEADER,
  createLogger,
  startGraphQLServer,
  verifyCaller,
} from '@civicgraph/platform';
import { startStubServer } from '@civicgraph/platform/testing';
import { SignJWT } from 'jose';

// The servers of the access-cost benchmark, in a process of their own so that the
// load generator does not share their event loop. Two gateways over the same
// supergraph, each in front of its own stand-in subgraphs that answer at once (so
// that the gateway's own work is what is measured):
// - "without": Apollo Gateway as it was before the access issue: no credentials
//   checked, no limits, subgraph calls unsigned and unchecked;
// - "signing only": the gateway's own data source (every call signed, and checked by
//   the stand-in) with the anonymous caller, without the front door or the limits;
// - "with": startGateway: the front door (credentials, rate limit, tokens), the
//   operation limits and policies, every subgraph call signed, and checked by the
//   stand-in as a real subgraph checks it.
// Prints one line, `READY <json>`, with the URLs and the credentials to send.

const secrets = {
  callerSigning: 'bench-only-gateway-signing-secret-0123456789',
  accessToken: 'bench-only-access-token-secret-0123456789abc',
};
const staffId = '00000000-0000-4000-8000-000000000001';
const sessionId = '00000000-0000-4000-8000-000000000002';
const apiKey = `cgk_bench000_${'b'.repeat(43)}`;
const logger = createLogger('bench', 'warn');

const services = Array.from({ length: 50 }, (_, i) => ({
  code: `SERVICE_${i}`,
  name: `Service ${i}`,
}));

/** Accounts' caller lookups for the bench's one staff session and one API key. */
function lookupAnswer(body: string) {
  const question = JSON.parse(body) as { apiKey?: string; sessionId?: string };
  if (question.sessionId === sessionId) {
    return { caller: { kind: 'staff', id: staffId, roles: ['DISPATCHER'], sessionId } };
  }
  if (question.apiKey === apiKey) {
    return {
      caller: { kind: 'partner', id: 'bench-client', scopes: ['catalog:read'] },
      rateLimitPerMinute: 1_000_000_000,
    };
  }
  return { caller: null };
}

/**
 * Every subgraph at `/<name>/graphql` of one server, plus accounts' `/internal/callers`;
 * `checked`: each call's signature is verified as a subgraph does (401 without one).
 */
async function stubSubgraphs(checked: boolean): Promise<Record<string, string>> {
  const server = await startStubServer(async ({ method, url, headers, body }) => {
    const audience = url === '/internal/callers' ? 'accounts' : url.split('/')[1]!;
    if (checked) {
      const header = headers[CALLER_HEADER];
      try {
        await verifyCaller(
          typeof header === 'string' ? header : undefined,
          { audience, method, path: url, body },
          secrets.callerSigning,
        );
      } catch {
        return { status: 401, body: { errors: [{ message: 'unsigned' }] } };
      }
    }
    if (url === '/internal/callers') return { status: 200, body: lookupAnswer(body) };
    return { status: 200, body: { data: { services } } };
  });
  const names = ['accounts', 'assets', 'datasets', 'requests'];
  return Object.fromEntries(names.map((name) => [name, `${server.origin}/${name}/graphql`]));
}

const supergraphSdl = readSupergraph();

const plainUrls = await stubSubgraphs(false);
const without = await startGraphQLServer({
  name: 'gateway-without-access',
  logger,
  host: '127.0.0.1',
  port: 0,
  gateway: new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const source = new RemoteGraphQLDataSource({ url: plainUrls[name]! });
      // Node's own fetch, called as the signing data source calls it: only signing differs.
      source.fetcher = ((target: string, init: RequestInit) =>
        fetch(new URL(target), {
          method: init.method ?? 'POST',
          headers: { ...(init.headers as Record<string, string>) },
          body: init.body,
        })) as never;
      return source;
    },
  }),
  context: async () => ({}),
});

const checkedUrls = await stubSubgraphs(true);
const signingOnly = await startGraphQLServer({
  name: 'gateway-signing-only',
  logger,
  host: '127.0.0.1',
  port: 0,
  gateway: createGateway({
    supergraphSdl,
    subgraphUrls: checkedUrls,
    signingSecret: secrets.callerSigning,
    logger,
  }),
  context: async () => ({ caller: { kind: 'anonymous' } }),
});

const withAccess = await startGateway({
  supergraphSdl,
  subgraphUrls: checkedUrls,
  secrets,
  host: '127.0.0.1',
  port: 0,
  logger,
  consoleDir: null,
  access: {
    // Counted as ever, never reached: the benchmark measures the cost of checking.
    rateLimits: { anonymousPerMinute: 1_000_000_000, staffPerMinute: 1_000_000_000 },
  },
});

// A token that outlives any run of the benchmark.
const now = Math.floor(Date.now() / 1000);
const accessToken = await new SignJWT({ sid: sessionId, roles: ['DISPATCHER'] })
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setIssuer('civicgraph-accounts')
  .setAudience('civicgraph')
  .setSubject(staffId)
  .setIssuedAt(now)
  .setExpirationTime(now + 3600)
  .sign(new TextEncoder().encode(secrets.accessToken));

console.log(
  `READY ${JSON.stringify({
    without: without.url,
    signingOnly: signingOnly.url,
    with: withAccess.url,
    staff: { authorization: `Bearer ${accessToken}` },
    partner: { 'x-api-key': apiKey },
  })}`,
);

async function stop() {
  await Promise.allSettled([without.close(), signingOnly.close(), withAccess.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
