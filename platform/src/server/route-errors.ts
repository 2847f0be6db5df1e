import type { FastifyReply, FastifyRequest } from 'fastify';
import { RouteRefused } from './route-refused';

/**
 * The error handler of a subgraph's plain-HTTP routes: a refusal is answered with its
 * status and JSON body; a request Fastify itself could not take (bad body, bad query
 * string) is a 400 with a body; anything else is logged and answered as a masked 500,
 * never with its message.
 */
export function answerRouteError(
  error: Error & { statusCode?: number },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  let refusal: RouteRefused;
  if (error instanceof RouteRefused) {
    refusal = error;
  } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    refusal = new RouteRefused(400, 'BAD_REQUEST', error.message);
  } else {
    request.log.error({ err: error }, 'route failed');
    return reply.code(500).send({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  }
  return reply.code(refusal.status).send(refusal.body);
}
