import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Who may read `/metrics`. Never the public: the figures show traffic, errors and
 * capacity. With a token, whoever presents it as `Authorization: Bearer <token>`
 * (Prometheus, from anywhere); without one, only a caller on this machine that no
 * proxy forwarded (development); in production without one, nobody: the endpoint
 * answers 404, and the server logs why at start.
 */
export interface MetricsAccess {
  /** `METRICS_TOKEN`; null when unset. */
  token: string | null;
  production: boolean;
}

/** What the rule sees of a request. */
export interface MetricsRequest {
  authorization: string | undefined;
  /** The TCP peer's address, not the X-Forwarded-For one: a client can write that header. */
  socketAddress: string | undefined;
  /** Whether a proxy says it forwarded the request (X-Forwarded-For, Forwarded). */
  forwarded: boolean;
}

export type MetricsDecision =
  | { allowed: true }
  | { allowed: false; status: 401 | 403 | 404; code: string; message: string };

const ALLOWED: MetricsDecision = { allowed: true };

/** 127.0.0.0/8, ::1, and IPv4 loopback written as IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

/** Equal strings, compared in constant time (the digests have one length). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function decideMetricsAccess(
  access: MetricsAccess,
  request: MetricsRequest,
): MetricsDecision {
  if (access.token !== null) {
    const match = /^Bearer (.+)$/i.exec(request.authorization ?? '');
    if (!match) {
      return {
        allowed: false,
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'Metrics need the metrics token: Authorization: Bearer <METRICS_TOKEN>',
      };
    }
    if (!sameSecret(match[1]!, access.token)) {
      return {
        allowed: false,
        status: 403,
        code: 'FORBIDDEN',
        message: 'That is not the metrics token',
      };
    }
    return ALLOWED;
  }
  if (access.production) {
    return {
      allowed: false,
      status: 404,
      code: 'NOT_FOUND',
      message: 'Metrics are not served: METRICS_TOKEN is not set',
    };
  }
  if (isLoopback(request.socketAddress) && !request.forwarded) return ALLOWED;
  return {
    allowed: false,
    status: 403,
    code: 'FORBIDDEN',
    message: 'Without METRICS_TOKEN, metrics are served only to this machine',
  };
}
