import type { FastifyReply } from 'fastify';
import { type Open311Format, sendOpen311 } from './open311-document';

/** Answers errors in the format the path asked for, as `<errors><error>…` or `[{…}]`. */
export function sendOpen311Errors(
  reply: FastifyReply,
  format: Open311Format,
  status: number,
  descriptions: readonly string[],
) {
  return sendOpen311(
    reply,
    format,
    'errors',
    descriptions.map((description) => ({ code: status, description })),
    status,
  );
}
