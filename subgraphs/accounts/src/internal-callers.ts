import { type Caller, isUuid } from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { apiKeyHash } from './auth/api-key';
import { consentTokenHash } from './auth/consent-token';
import { clientForKey } from './db/api-client.repository';
import type { AccountsDatabase } from './db/database';
import { residentForConsent } from './db/resident-consent.repository';
import { liveResidentSession, liveSession } from './db/session.repository';

/**
 * The gateway's question: who holds this API key, is this session still open, or
 * whom does this consent token let this partner client (whose key it verified) act for?
 */
type Lookup =
  | { apiKey: string }
  | { sessionId: string }
  | { consentToken: string; apiClientId: string };

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
  const { apiKey, sessionId, consentToken, apiClientId } = fields;
  if (keys.length === 2 && typeof consentToken === 'string' && typeof apiClientId === 'string') {
    if (consentToken.length > MAX_KEY_LENGTH || !isUuid(apiClientId)) return null;
    return { consentToken, apiClientId };
  }
  if (keys.length !== 1) return null;
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
  if ('consentToken' in lookup) {
    const hash = consentTokenHash(lookup.consentToken);
    const residentId = hash ? await residentForConsent(db, hash, lookup.apiClientId) : undefined;
    if (!residentId) return { caller: null };
    return { caller: { kind: 'resident', id: residentId, actingPartnerId: lookup.apiClientId } };
  }
  const session = await liveSession(db, lookup.sessionId);
  if (session) {
    return {
      caller: { kind: 'staff', id: session.staffId, roles: [session.role], sessionId: session.id },
    };
  }
  const residentSession = await liveResidentSession(db, lookup.sessionId);
  if (!residentSession) return { caller: null };
  return { caller: { kind: 'resident', id: residentSession.residentId } };
}

/**
 * `POST /internal/callers`, for the gateway only (a signed `service` caller): the
 * partner behind an API key (null once revoked or past its grace period; the use is
 * recorded), or the staff member of a session (null once it is revoked, expired or
 * they are deactivated) or resident of a session, or the resident a consent token
 * lets a partner client act for (null once revoked or expired, or for another
 * client). The gateway caches answers briefly.
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
        'Send a JSON object with "apiKey" (a string), "sessionId" (a UUID), or ' +
          '"consentToken" (a string) and "apiClientId" (a UUID)',
      );
    }
    return answer(db, lookup);
  });
}
