import type { FastifyReply, FastifyRequest } from 'fastify';
import { Refusal, sendRefusal } from '../access/refusal';
import type { SubgraphRoute } from './subgraph-routes';

/**
 * Fastify's answer to a path it cannot even decode (`/open311/v2/services/%zz`): a 400
 * written as the route the path is under writes its refusals (Open311's error list on
 * /open311/v2), else as the gateway's JSON `{ errors }` — never Fastify's own shape,
 * which no client of ours reads.
 */
export function answerUnreadableUrl(routes: readonly SubgraphRoute[]) {
  return (error: Error, request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    const route = routes.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
    const refusal = new Refusal(400, `The address cannot be read: ${error.message}`, {
      code: 'BAD_REQUEST',
    });
    return (route?.sendRefusal ?? sendRefusal)(reply, refusal, request);
  };
}
