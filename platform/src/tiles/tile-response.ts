import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const MVT_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';

/**
 * How long a tile may be reused without asking, by what it shows. Every tile has an
 * ETag, so asking again is cheap (a 304 costs one version lookup, no tile query).
 */
export const TILE_CACHE_CONTROL = {
  /** Work orders: staff only, never in a shared cache, revalidated on every use. */
  staffLive: 'private, no-cache',
  /** Public live data (requests): anyone may cache it, briefly. */
  publicLive: 'public, max-age=15, must-revalidate',
  /** Data that changes through upkeep (assets), readable by signed-in callers only. */
  privateSlow: 'private, max-age=60, must-revalidate',
  /** Streets, districts: they change when the city redraws them. */
  publicSlow: 'public, max-age=300, must-revalidate',
} as const;

/**
 * A strong ETag for a tile from everything its bytes depend on: layer, address,
 * filters, the data's version, and (where tiles differ by caller) what the caller may see.
 */
export function tileEtag(...parts: unknown[]): string {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  return `"${digest.slice(0, 27)}"`;
}

/** Whether the client's `If-None-Match` already names `etag` (or `*`). */
export function matchesIfNoneMatch(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

export interface TileAnswer {
  etag: string;
  cacheControl: string;
  /** Builds the tile; not called when the client's copy is current (304). */
  render: () => Promise<Uint8Array>;
}

/** Answers a tile request: 304 when the client has this version, else the tile. */
export async function sendTile(request: FastifyRequest, reply: FastifyReply, answer: TileAnswer) {
  reply
    .header('etag', answer.etag)
    .header('cache-control', answer.cacheControl)
    .header('x-content-type-options', 'nosniff');
  if (matchesIfNoneMatch(request, answer.etag)) return reply.code(304).send();
  const bytes = await answer.render();
  return reply
    .type(MVT_CONTENT_TYPE)
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
