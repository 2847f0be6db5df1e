import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { BODY_SIGNATURE_TRAILER, BodyDigest, signStreamedBody } from '@civicgraph/platform';
import type { FastifyRequest } from 'fastify';
import { Refusal } from '../access/refusal';

/** What the subgraph answered a relayed upload: its status, headers and (capped) body. */
export interface RelayedAnswer {
  status: number;
  headers: IncomingMessage['headers'];
  /** Null when the answer was over `maxResponseBytes`. */
  body: Buffer | null;
  /** The subgraph answered before it had read the whole body (a refusal). */
  early: boolean;
}

export interface StreamedBodyRelay {
  target: URL;
  method: string;
  /** The headers to send (the signed caller among them), less the body's framing. */
  headers: Record<string, string>;
  /** The caller header sent, which the trailer's signature is bound to. */
  callerHeader: string;
  signingSecret: string;
  maxBodyBytes: number;
  maxResponseBytes: number;
  /** The longest either side may go without sending a byte. */
  idleMs: number;
}

/** The client sent more than the route takes: the relay stopped, the subgraph kept nothing. */
export class BodyTooLarge extends Refusal {
  constructor(limit: number) {
    super(413, `The request body is over ${limit} bytes`, { code: 'PAYLOAD_TOO_LARGE', limit });
  }
}

async function readCapped(message: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      message.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Relays a client's request body to a subgraph as it arrives (chunked), never holding
 * more than a chunk: an upload of hundreds of MiB costs the gateway no memory. The
 * caller header can bind only the method and path (STREAMED_BODY); the bytes are
 * digested on the way and signed in a trailer after the last one, which the subgraph
 * checks before it keeps anything. More than `maxBodyBytes` is cut off (the subgraph
 * sees an aborted request and rolls back) and refused with a 413; a pause longer than
 * `idleMs` on either side, or a subgraph that cannot be reached, rejects.
 */
export function relayStreamedBody(
  request: FastifyRequest,
  relay: StreamedBodyRelay,
): Promise<RelayedAnswer> {
  const source = request.body instanceof Readable ? request.body : Readable.from([]);
  const send = relay.target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<RelayedAnswer>((resolve, reject) => {
    let settled = false;
    let sentAll = false;
    const digest = new BodyDigest();
    const upstream = send(relay.target, {
      method: relay.method,
      headers: {
        ...relay.headers,
        'transfer-encoding': 'chunked',
        trailer: BODY_SIGNATURE_TRAILER,
      },
    });
    const fail = (error: Error) => {
      clearTimeout(idle);
      source.unpipe(digest);
      upstream.destroy(error);
      if (!settled) {
        settled = true;
        reject(error);
      }
    };
    let idle = setTimeout(() => fail(new Error(`no data for ${relay.idleMs} ms`)), relay.idleMs);
    const stillMoving = () => {
      if (settled) return;
      clearTimeout(idle);
      idle = setTimeout(() => fail(new Error(`no data for ${relay.idleMs} ms`)), relay.idleMs);
    };

    source.on('error', fail);
    source.on('aborted', () => fail(new Error('the client went away')));
    upstream.on('error', (error) => {
      // Writing on after the subgraph answered (and closed) is no failure: its answer stands.
      if (!settled) fail(error);
    });
    digest.on('data', (chunk: Buffer) => {
      stillMoving();
      if (digest.size > relay.maxBodyBytes) return fail(new BodyTooLarge(relay.maxBodyBytes));
      if (!upstream.write(chunk)) digest.pause();
    });
    upstream.on('drain', () => digest.resume());
    digest.on('end', () => {
      sentAll = true;
      stillMoving();
      upstream.addTrailers({
        [BODY_SIGNATURE_TRAILER]: signStreamedBody(
          relay.callerHeader,
          digest.digest(),
          relay.signingSecret,
        ),
      });
      upstream.end();
    });
    upstream.on('response', (response) => {
      stillMoving();
      const early = !sentAll;
      if (early) source.unpipe(digest);
      response.on('data', stillMoving);
      readCapped(response, relay.maxResponseBytes).then(
        (body) => {
          clearTimeout(idle);
          // Answered before the body's end: the rest will not be sent.
          if (early) upstream.destroy();
          if (settled) return;
          settled = true;
          resolve({ status: response.statusCode ?? 502, headers: response.headers, body, early });
        },
        (error: Error) => fail(error),
      );
    });
    source.pipe(digest);
  });
}
