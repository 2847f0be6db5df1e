import { formatOfUrl, sendOpen311Errors } from '@civicgraph/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Refusal } from '../access/refusal';

/**
 * The gateway's own refusals on /open311/v2 as GeoReport v2 writes errors: the list
 * `[{code, description}]` (or `<errors><error>…`) in the format the path asked for,
 * so that a client of the spec can read them. Credentials refused are the spec's 403
 * (a missing or bad `api_key`), not GraphQL's 401; everything else keeps its status
 * and headers (a 429's and a 503's Retry-After).
 */
export function sendOpen311Refusal(reply: FastifyReply, refusal: Refusal, request: FastifyRequest) {
  const status = refusal.status === 401 ? 403 : refusal.status;
  return sendOpen311Errors(reply.headers(refusal.headers), formatOfUrl(request.url), status, [
    refusal.message,
  ]);
}
