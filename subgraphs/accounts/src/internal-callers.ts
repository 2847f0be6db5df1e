import { type Caller, isUuid } from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { apiKeyHash } from './auth/api-key';
import { clientForKey } from './db/api-client.repository';
import type { AccountsDatabase } from './db/database';
import { liveSession } from './db/session.repository';

/** The gateway's question: who holds this API key, or is this session still open? */
type Lookup = { apiKey: string } | { sessionId: string };

export interface CallerAnswer {
  caller: Caller | null;
  rateLimitPerMinute?: number;
  persistedOperationsOnly?: boolean;
}

/** Longer than any key we issue; a longer string is not worth hashing. */
const MAX_KEY_LENGTH = 200;

function parseLookup(body: unknown): Lookup | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const fields = body as Record<string, unknown>;
  const keys = Object.keys(fields);
  if (keys.length !== 1) return null;
  const { apiKey, sessionId } = fields;
  if (typeof apiKey === 'string' && apiKey.length <= MAX_KEY_LENGTH) return { apiKey };
  if (typeof sessionId === 'string' && isUuid(sessionId)) return { sessionId };
  return null;
}

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
}

async function answer(db: Kysely<AccountsDatabase>, lookup: Lookup): Promise<CallerAnswer> {
  if ('apiKey' in lookup) {
    const hash = apiKeyHash(lookup.apiKey);
    const client = hash ? await clientForKey(db, hash) : undefined;
    if (!client) return { caller: null };
    return {
      caller: { kind: 'partner', id: client.id, scopes: client.scopes },
      rateLimitPerMinute: client.rateLimitPerMinute,
      persistedOperationsOnly: client.persistedOperationsOnly,
    };
  }
  const session = await liveSession(db, lookup.sessionId);
  if (!session) return { caller: null };
  return {
    caller: { kind: 'staff', id: session.staffId, roles: [session.role], sessionId: session.id },
  };
}

/**
 * `POST /internal/callers`, for the gateway only (a signed `service` caller): the
 * partner behind an API key (null once revoked or past its grace period; the use is
 * recorded), or the staff member of a session (null once it is revoked, expired or
 * they are deactivated). The gateway caches answers briefly.
 */
export function internalCallersRoute(app: FastifyInstance, db: Kysely<AccountsDatabase>) {
  app.post('/internal/callers', async (request, reply) => {
    if (request.caller.kind !== 'service') {
      return refuse(reply, 403, 'FORBIDDEN', 'Only the gateway may look up callers');
    }
    const lookup = parseLookup(request.body);
    if (!lookup) {
      return refuse(
        reply,
        400,
        'BAD_REQUEST',
        'Send a JSON object with either "apiKey" (a string) or "sessionId" (a UUID)',
      );
    }
    return answer(db, lookup);
  });
}
