import type { IncomingMessage } from 'node:http';
import type { Logger } from '@civicgraph/platform';
import type { FastifyInstance } from 'fastify';
import type { DocumentNode, GraphQLError, ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Identity } from '../access/authenticate';
import type { CallerAddress } from '../access/front-door';
import { Refusal } from '../access/refusal';
import { limitError } from '../limits/limit-error';
import { operationCost } from '../limits/operation-cost';
import { checkTokens } from '../limits/token-count';
import { operationHash } from '../policy/persisted-operations';
import { conditionalRootField } from './conditional-root-field';
import { graphql, sharedGraphQLError } from './graphql-runtime';
import type { LiveContext, LiveSubscriptions } from './live-subscriptions';

/** Close codes a client acts on (documented in the README, "Subscriptions"). */
export const CLOSE = {
  /** No credentials, bad ones, an expired token or an ended session: reconnect with fresh ones. */
  unauthorized: CloseCode.Unauthorized,
  /**
   * connection_init that cannot be read (a credential that is not a string, both a
   * token and a key, a malformed lastEventId): fix it; fresh credentials would not help.
   */
  badRequest: CloseCode.BadRequest,
  /** Credentials could not be checked now, or the rate limit: reconnect after a pause. */
  tryAgainLater: 1013,
  /** The gateway shuts down: reconnect, to any instance, with the last event id. */
  goingAway: 1001,
} as const;

export interface SubscriptionServerOptions {
  app: FastifyInstance;
  /** The GraphQL path: subscriptions share it with HTTP. */
  path: string;
  live: LiveSubscriptions;
  admit: (request: CallerAddress) => Promise<Identity>;
  /** Whether a persisted-only partner may run this document (by its hash). */
  isPersisted: (hash: string) => boolean;
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  maxCost: number;
  maxMessageBytes: number;
  /** How often credentials are checked again (a revoked key, a signed-out session). */
  recheckMilliseconds: number;
  maxSubscriptionsPerConnection: number;
  /** Behind a load balancer: the client's address is X-Forwarded-For's first. */
  trustProxy: boolean;
  /** graphql-ws keep-alive pings; a client that answers none for as long is dropped. */
  keepAliveMilliseconds: number;
  logger: Logger;
}

/** What the server keeps per connection, beside graphql-ws' own. */
interface Connection {
  identity: Identity;
  lastEventId: string | null;
  timers: NodeJS.Timeout[];
}

/** graphql-ws' `extra` for the ws adapter, with the connection kept on it. */
type Extra = {
  socket: WebSocket;
  request: IncomingMessage;
  connection?: Connection;
};

/** connection_init's payload as the headers it stands for (names case-insensitive). */
function credentialHeaders(params: Record<string, unknown>) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const header = name.toLowerCase();
    if (header !== 'authorization' && header !== 'x-api-key' && header !== 'x-resident-consent') {
      continue;
    }
    if (typeof value !== 'string') {
      throw new Refusal(400, `${name} must be a string`, { code: 'BAD_REQUEST' });
    }
    headers[header] = value;
  }
  return headers;
}

function lastEventIdOf(params: Record<string, unknown>): string | null {
  const value = params.lastEventId;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value)) {
    throw new Refusal(400, 'lastEventId must be an event id you received (digits, as a string)', {
      code: 'BAD_REQUEST',
    });
  }
  return value;
}

/** When a staff access token stops being valid (ms since epoch); null for API keys. */
function tokenExpiry(headers: Record<string, string>): number | null {
  const token = /^Bearer +(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  if (!token) return null;
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : null;
}

/** Where a connection came from, for the per-address rate limits. */
function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  if (trustProxy && first) return first;
  return request.socket.remoteAddress ?? 'unknown';
}

function closeCodeOf(refusal: Refusal): number {
  if (refusal.status === 429 || refusal.status === 503) return CLOSE.tryAgainLater;
  return refusal.status === 400 ? CLOSE.badRequest : CLOSE.unauthorized;
}

/** Messages only a server sends: graphql-ws reads them from a client, then throws. */
const SERVER_MESSAGE_TYPES = new Set(['connection_ack', 'next', 'error']);

/**
 * A JSON reviver that refuses a message only a server sends. graphql-ws accepts
 * them as well-formed and then throws on them, which closes the connection with 4500
 * (an internal error) and logs it; refused while parsing, they close it with 4400
 * ("Invalid message received"), as any other unreadable message. The message is the
 * value under the empty key, which JSON.parse revives last.
 */
function serverMessagesRefused(key: string, value: unknown) {
  if (key === '' && value !== null && typeof value === 'object') {
    const type = (value as { type?: unknown }).type;
    if (typeof type === 'string' && SERVER_MESSAGE_TYPES.has(type)) {
      throw new Error(`A client does not send ${type} messages`);
    }
  }
  return value;
}

/**
 * GraphQL's own rules report without a code; over HTTP Apollo Server gives them
 * GRAPHQL_VALIDATION_FAILED, and the socket says the same. The limits keep theirs.
 */
function withValidationCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  return new graphql.GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

const bad = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  new graphql.GraphQLError(message, { extensions: { code, ...extensions } });

/**
 * Subscriptions over graphql-ws (subprotocol `graphql-transport-ws`) on the GraphQL
 * path. Credentials come in `connection_init` (`authorization` or `x-api-key`, as the
 * HTTP headers), pass the same door as HTTP requests (verification, rate limit) and
 * are checked again every so often; a staff token closes the connection when it
 * expires (4401), and the client reconnects with a fresh one and its last event id.
 * Each subscription document meets the HTTP limits (tokens, shape, cost) before it
 * runs.
 */
export function installSubscriptionServer(options: SubscriptionServerOptions) {
  const { app, live, logger } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });

  app.server.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '').split('?', 1)[0];
    if (path !== options.path) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });

  const closeWith = (extra: Extra, code: number, reason: string) => {
    // Close reasons are at most 123 bytes.
    extra.socket.close(code, Buffer.from(reason).subarray(0, 123).toString());
  };

  const server = useServer<Record<string, unknown>, Extra>(
    {
      schema: () => live.privateSchema,
      onConnect: async (ctx) => {
        const extra = ctx.extra;
        const params = ctx.connectionParams ?? {};
        try {
          const headers = credentialHeaders(params);
          const lastEventId = lastEventIdOf(params);
          const address = { headers, ip: clientAddress(extra.request, options.trustProxy) };
          const identity = await options.admit(address);
          if (identity.caller.kind === 'anonymous') {
            closeWith(
              extra,
              CLOSE.unauthorized,
              'Send credentials in connection_init: authorization (Bearer token) or x-api-key',
            );
            return false;
          }
          const connection: Connection = { identity, lastEventId, timers: [] };
          const expiry = tokenExpiry(headers);
          if (expiry !== null) {
            connection.timers.push(
              setTimeout(
                () =>
                  closeWith(
                    extra,
                    CLOSE.unauthorized,
                    'The access token has expired: reconnect with a fresh one and your last event id',
                  ),
                // setTimeout fires at once past 2^31-1 ms (24.8 days).
                Math.min(Math.max(0, expiry - Date.now()), 2 ** 31 - 1),
              ),
            );
          }
          const recheck = setInterval(async () => {
            try {
              const now = await options.admit(address);
              if (JSON.stringify(now.caller) !== JSON.stringify(identity.caller))
                throw new Error('changed');
            } catch (error) {
              if (error instanceof Refusal && error.status >= 500) return;
              closeWith(
                extra,
                CLOSE.unauthorized,
                'Your credentials changed or ended: reconnect with valid ones and your last event id',
              );
            }
          }, options.recheckMilliseconds);
          connection.timers.push(recheck);
          extra.connection = connection;
          return true;
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          closeWith(extra, closeCodeOf(error), error.message);
          return false;
        }
      },
      onClose: (ctx) => {
        for (const timer of ctx.extra.connection?.timers ?? []) clearTimeout(timer);
      },
      // graphql-ws recognises its own copy's errors only (graphql-runtime.ts).
      onSubscribe: (ctx, _id, payload) => {
        const answer = checkSubscription(
          ctx.extra.connection,
          Object.keys(ctx.subscriptions).length,
          payload,
        );
        return Array.isArray(answer) ? answer.map(sharedGraphQLError) : answer;
      },
      subscribe: (args) => live.subscribe(args),
      jsonMessageReviver: serverMessagesRefused,
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors }, 'subscription refused');
      },
    },
    sockets,
    options.keepAliveMilliseconds,
  );

  /** A subscription's document against the limits and the schema: its run, or why not. */
  function checkSubscription(
    connection: Connection | undefined,
    held: number,
    payload: { query: unknown; operationName?: string | null; variables?: unknown },
  ) {
    if (!connection) return [bad('Not connected', 'UNAUTHENTICATED')];
    if (held > options.maxSubscriptionsPerConnection) {
      return [
        bad(
          `At most ${options.maxSubscriptionsPerConnection} subscriptions per connection`,
          'TOO_MANY_SUBSCRIPTIONS',
          { limit: options.maxSubscriptionsPerConnection },
        ),
      ];
    }
    if (typeof payload.query !== 'string') return [bad('Send the query as text', 'BAD_REQUEST')];
    if (
      connection.identity.persistedOperationsOnly &&
      !options.isPersisted(operationHash(payload.query))
    ) {
      return [
        bad('This API key may run persisted operations only', 'PERSISTED_OPERATION_REQUIRED'),
      ];
    }
    let document: DocumentNode;
    try {
      checkTokens(payload.query, options.maxTokens);
      document = graphql.parse(payload.query);
    } catch (error) {
      if (error instanceof Refusal)
        return [bad(error.message, error.extensions.code, error.extensions)];
      if (error instanceof graphql.GraphQLError) {
        return [bad(error.message, 'GRAPHQL_PARSE_FAILED', { locations: error.locations })];
      }
      throw error;
    }
    const conditional = conditionalRootField(document);
    if (conditional) return [conditional];
    const schema = live.privateSchema;
    const problems: readonly GraphQLError[] = graphql.validate(schema, document, [
      ...graphql.specifiedRules,
      ...options.validationRules,
    ]);
    if (problems.length > 0) return problems.map(withValidationCode);
    const operation = graphql.getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return [bad('Name the operation to run', 'BAD_REQUEST')];
    if (operation.operation !== 'subscription') {
      return [
        bad(
          'This socket carries subscriptions: send queries and mutations over HTTP (POST /graphql)',
          'BAD_REQUEST',
        ),
      ];
    }
    const variables = (payload.variables ?? {}) as Record<string, unknown>;
    // Apollo Server refuses variables that do not fit their types with BAD_USER_INPUT;
    // graphql-js would report them without a code.
    const coerced = graphql.getVariableValues(
      schema,
      operation.variableDefinitions ?? [],
      variables,
    );
    if (coerced.errors) {
      return coerced.errors.map((error) =>
        bad(error.message, 'BAD_USER_INPUT', { locations: error.locations }),
      );
    }
    const cost = operationCost(schema, document, operation, variables);
    if (cost > options.maxCost)
      return [limitError('MAX_COST_EXCEEDED', 'estimated cost', options.maxCost, cost)];
    const contextValue: LiveContext = {
      caller: connection.identity.caller,
      lastEventId: connection.lastEventId,
    };
    return {
      schema,
      document,
      operationName: payload.operationName ?? null,
      variableValues: variables,
      contextValue,
    };
  }

  return {
    /** Ends every connection (1001, going away): clients reconnect elsewhere with their last ids. */
    close: async () => {
      // graphql-ws' own close says only "Going away": the reason tells a client what to do.
      for (const socket of sockets.clients) {
        socket.close(
          CLOSE.goingAway,
          'The server is shutting down: reconnect with your last event id',
        );
      }
      await server.dispose();
    },
    connections: () => sockets.clients.size,
    /**
     * Bytes the slowest connection has queued in this process, not yet taken by the
     * network: about one message, as each send waits for the last (a client that stops
     * reading leaves its backlog in the outbox, not here).
     */
    largestSendBuffer: () => {
      let largest = 0;
      for (const socket of sockets.clients) largest = Math.max(largest, socket.bufferedAmount);
      return largest;
    },
  };
}
