import type { FastifyReply } from 'fastify';

/**
 * A request the gateway turns away before GraphQL runs: an HTTP status and one
 * GraphQL error (`code` and the facts a client can act on: a limit, a wait).
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extensions: { code: string; [key: string]: unknown },
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Answers with the refusal as a GraphQL response body: `{ errors: [...] }`. */
export function sendRefusal(reply: FastifyReply, refusal: Refusal) {
  return reply
    .code(refusal.status)
    .headers(refusal.headers)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message: refusal.message, extensions: refusal.extensions }] });
}
