import { formatOfUrl, RouteRefused, sendOpen311Errors } from '@civicgraph/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Open311Error } from './open311-error';

/**
 * The error handler of /open311/v2: Open311 errors and the platform's route refusals
 * (query parameters checked by its helpers) in the spec's shape; what Fastify itself
 * could not take (a body over the limit, an unreadable one) as a 4xx of the same shape;
 * anything else logged and answered as a 500 that says nothing of its cause.
 */
export function answerOpen311Error(
  error: Error & { statusCode?: number },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const format = formatOfUrl(request.url);
  if (error instanceof Open311Error) {
    return sendOpen311Errors(reply, format, error.status, [error.message]);
  }
  if (error instanceof RouteRefused) {
    return sendOpen311Errors(reply, format, error.status, [error.message]);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendOpen311Errors(reply, format, error.statusCode, [error.message]);
  }
  request.log.error({ err: error }, 'open311 request failed');
  return sendOpen311Errors(reply, format, 500, ['Internal server error']);
}
