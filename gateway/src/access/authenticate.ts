import { createHash } from 'node:crypto';
import {
  AccessTokenRefused,
  ANONYMOUS,
  type Caller,
  type Logger,
  verifySessionToken,
} from '@civicgraph/platform';
import { AccountsUnavailable, type CallerLookup, type LookupQuestion } from './accounts-lookup';
import { Refusal } from './refusal';
import { TtlCache } from './ttl-cache';

/** Who is calling, verified, and what their credentials allow beyond their permissions. */
export interface Identity {
  caller: Caller;
  /** A partner client's own limit; staff and anonymous callers get the configured ones. */
  rateLimitPerMinute?: number;
  /** A partner held to the persisted-operation allowlist. */
  persistedOperationsOnly: boolean;
}

export interface AuthenticatorOptions {
  lookup: (question: LookupQuestion) => Promise<CallerLookup>;
  accessTokenSecret: string;
  apiKeySeconds: number;
  sessionSeconds: number;
  logger: Logger;
  /** Milliseconds; tests pass their own clock. */
  now?: () => number;
}

type Headers = Record<string, string | string[] | undefined>;

/** Partner keys: `cgk_<public prefix>_<secret>`. Anything else is refused without a lookup. */
const API_KEY_SHAPE = /^cgk_[A-Za-z0-9_-]{4,200}$/;
const BEARER = /^Bearer +(\S+)$/i;
/** A resident's consent token, handed to a partner app: `cgc_` and 43 base64url characters. */
const CONSENT_SHAPE = /^cgc_[A-Za-z0-9_-]{43}$/;
const CACHE_ENTRIES = 10_000;

const unauthenticated = (message: string, reason: string) =>
  new Refusal(401, message, { code: 'UNAUTHENTICATED', reason });

/** How long a "no such key/session" answer is kept: shorter, so a new key works soon. */
const negativeTtlMs = (seconds: number) => Math.max(1, Math.floor(seconds / 3)) * 1000;

function singleHeader(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  if (Array.isArray(value)) {
    throw new Refusal(400, `Send one ${name} header`, { code: 'BAD_REQUEST' });
  }
  return value;
}

/**
 * Verifies a request's credentials once: a staff or resident access token
 * (`Authorization: Bearer`), checked here and then confirmed with accounts (is the
 * session still open?), or a partner API key (`X-API-Key`), looked up in accounts,
 * with, for an app acting for a resident, that resident's consent token
 * (`X-Resident-Consent`). No credentials
 * is the anonymous caller; bad ones are a 401, never anonymous.
 *
 * Accounts' answers are kept per key (`apiKeySeconds`) and per session
 * (`sessionSeconds`) in this instance, in flight included, so each is asked at most
 * once per lifetime: a revoked key or a signed-out session stops working within that
 * lifetime, not at once. Keys are kept by their hash, never as sent.
 */
export class Authenticator {
  private readonly answers: TtlCache<Promise<CallerLookup>>;

  constructor(private readonly options: AuthenticatorOptions) {
    this.answers = new TtlCache(CACHE_ENTRIES, options.now);
  }

  /**
   * The caller of a request with these headers, or a `Refusal`. `beforeLookup` runs
   * when accounts must be asked (a cache miss): the front door charges the client's
   * address for it, so that a stream of made-up keys cannot flood accounts.
   */
  async identify(headers: Headers, beforeLookup?: () => Promise<void>): Promise<Identity> {
    const authorization = singleHeader(headers, 'authorization');
    const apiKey = singleHeader(headers, 'x-api-key');
    const consent = singleHeader(headers, 'x-resident-consent');
    if (authorization !== undefined && apiKey !== undefined) {
      throw new Refusal(400, 'Send an access token or an API key, not both', {
        code: 'BAD_REQUEST',
      });
    }
    if (consent !== undefined && apiKey === undefined) {
      throw new Refusal(400, "X-Resident-Consent goes with the partner app's X-API-Key", {
        code: 'BAD_REQUEST',
      });
    }
    if (authorization !== undefined) return this.session(authorization, beforeLookup);
    if (apiKey !== undefined) {
      const partner = await this.partner(apiKey, beforeLookup);
      return consent === undefined
        ? partner
        : this.actingForResident(partner, consent, beforeLookup);
    }
    return { caller: ANONYMOUS, persistedOperationsOnly: false };
  }

  /**
   * A partner app acting for a resident: its key checked (above), it holds
   * `residents:act`, and the resident's consent token was given to this very app and
   * is still live. The caller is then that resident, with the app's id; rate limits
   * and the persisted-operation rule stay the app's.
   */
  private async actingForResident(
    partner: Identity,
    consentToken: string,
    beforeLookup?: () => Promise<void>,
  ): Promise<Identity> {
    const app = partner.caller;
    if (app.kind !== 'partner') throw unauthenticated('The API key is not valid', 'INVALID');
    if (!app.scopes.includes('residents:act')) {
      throw new Refusal(403, 'This API key may not act for residents (it lacks residents:act)', {
        code: 'FORBIDDEN',
        reason: 'MISSING_SCOPE',
      });
    }
    const refused = unauthenticated(
      'The resident consent is not valid for this app (unknown, revoked, expired or given to another app)',
      'CONSENT_INVALID',
    );
    if (!CONSENT_SHAPE.test(consentToken)) throw refused;
    const digest = createHash('sha256').update(consentToken).digest('base64url');
    const answer = await this.cachedLookup(
      `consent:${app.id}:${digest}`,
      { consentToken, apiClientId: app.id },
      this.options.sessionSeconds,
      beforeLookup,
    );
    const caller = answer.caller;
    if (caller?.kind !== 'resident' || caller.actingPartnerId !== app.id) throw refused;
    return { ...partner, caller };
  }

  private async session(authorization: string, beforeLookup?: () => Promise<void>) {
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) {
      throw unauthenticated('Send the access token as `Authorization: Bearer <token>`', 'INVALID');
    }
    let identity: Awaited<ReturnType<typeof verifySessionToken>>;
    try {
      identity = await verifySessionToken(token, this.options.accessTokenSecret);
    } catch (error) {
      if (error instanceof AccessTokenRefused) throw unauthenticated(error.message, error.reason);
      throw error;
    }
    const answer = await this.cachedLookup(
      `session:${identity.sessionId}`,
      { sessionId: identity.sessionId },
      this.options.sessionSeconds,
      beforeLookup,
    );
    const caller = answer.caller;
    // A resident's token names a resident's session, a staff token a staff one.
    if (caller?.kind !== identity.kind || caller.id !== identity.id) {
      throw unauthenticated('The session has ended; sign in again', 'SESSION_ENDED');
    }
    // Roles as accounts says them now, not as they were when the token was made.
    return { caller, persistedOperationsOnly: false };
  }

  private async partner(apiKey: string, beforeLookup?: () => Promise<void>) {
    const refused = unauthenticated('The API key is not valid', 'INVALID');
    if (!API_KEY_SHAPE.test(apiKey)) throw refused;
    const digest = createHash('sha256').update(apiKey).digest('base64url');
    const answer = await this.cachedLookup(
      `key:${digest}`,
      { apiKey },
      this.options.apiKeySeconds,
      beforeLookup,
    );
    if (answer.caller?.kind !== 'partner') throw refused;
    return {
      caller: answer.caller,
      ...(answer.rateLimitPerMinute ? { rateLimitPerMinute: answer.rateLimitPerMinute } : {}),
      persistedOperationsOnly: answer.persistedOperationsOnly === true,
    };
  }

  private async cachedLookup(
    cacheKey: string,
    question: LookupQuestion,
    seconds: number,
    beforeLookup?: () => Promise<void>,
  ): Promise<CallerLookup> {
    let pending = this.answers.get(cacheKey);
    if (!pending) {
      await beforeLookup?.();
      const asked = this.options.lookup(question);
      pending = asked;
      this.answers.set(cacheKey, asked, seconds * 1000);
      const stillCached = () => this.answers.get(cacheKey) === asked;
      asked.then(
        (answer) => {
          if (!answer.caller && stillCached()) {
            this.answers.set(cacheKey, asked, negativeTtlMs(seconds));
          }
        },
        // An outage is not an answer: the next request asks again.
        () => {
          if (stillCached()) this.answers.delete(cacheKey);
        },
      );
    }
    try {
      return await pending;
    } catch (error) {
      if (!(error instanceof AccountsUnavailable)) throw error;
      this.options.logger.warn({ err: error }, 'cannot verify credentials: accounts unavailable');
      throw new Refusal(
        503,
        'Credentials cannot be checked right now (the accounts service is unavailable); try again shortly',
        { code: 'SERVICE_UNAVAILABLE', service: 'accounts' },
        { 'retry-after': '5' },
      );
    }
  }
}
