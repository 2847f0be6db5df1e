import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * The trailer in which the gateway signs a streamed body's bytes, once it has sent
 * them all: the caller header (signed for method and path, STREAMED_BODY) cannot
 * cover bytes that were not read yet.
 */
export const BODY_SIGNATURE_TRAILER = 'x-civicgraph-body-signature';

/** Passes bytes through as they come and digests them (SHA-256), for either end. */
export class BodyDigest extends Transform {
  private readonly hash = createHash('sha256');
  /** Bytes seen so far. */
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }

  /** The digest of every byte passed (call once, after the end). */
  digest(): string {
    return this.hash.digest('base64url');
  }
}

function bodySignature(callerHeader: string, bodyDigest: string, secret: string) {
  // Bound to the caller header (itself bound to method, path and a 30 s lifetime),
  // so a trailer cannot vouch for these bytes on another request.
  return createHmac('sha256', secret)
    .update(`civicgraph streamed body\n${callerHeader}\n${bodyDigest}`)
    .digest('base64url');
}

/** The trailer value the gateway sends after a streamed body whose digest is `bodyDigest`. */
export function signStreamedBody(callerHeader: string, bodyDigest: string, secret: string) {
  return bodySignature(callerHeader, bodyDigest, secret);
}

/**
 * Whether `trailer` is the gateway's signature of exactly the bytes digested, for this
 * request's caller header. A receiver keeps nothing of a streamed body (its import
 * transaction rolls back) until this holds.
 */
export function isStreamedBodySigned(
  callerHeader: string | undefined,
  trailer: string | undefined,
  bodyDigest: string,
  secret: string,
): boolean {
  if (!callerHeader || !trailer) return false;
  const expected = Buffer.from(bodySignature(callerHeader, bodyDigest, secret));
  const given = Buffer.from(trailer);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
