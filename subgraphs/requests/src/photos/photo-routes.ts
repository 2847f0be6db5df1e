import { answerRouteError, isUuid } from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type PhotoKind, photoContentTypes, photoKinds } from '../db/photo.table';
import { actorOf } from '../lifecycle/actor';
import { assertMayRead, assertMayUpload, assertSignedIn } from './photo-access';
import { PhotoRefused, unsupportedMediaType } from './photo-refused';
import type { PhotoImage, PhotoStore } from './photo-store';
import { PHOTOS_PATH, photoUrl, thumbnailUrl } from './photo-urls';
import { MAX_PHOTO_BYTES, processPhoto } from './process-photo';

/**
 * A photo's id never changes its bytes, but who may read it can: browsers may keep
 * it a day, shared caches never (it is served by access rules, not to everyone).
 */
const CACHE_CONTROL = 'private, max-age=86400';

function kindOf(query: unknown): PhotoKind {
  const kind = (query as { kind?: unknown } | undefined)?.kind ?? 'REPORTER';
  if (typeof kind === 'string' && (photoKinds as readonly string[]).includes(kind)) {
    return kind as PhotoKind;
  }
  throw new PhotoRefused(400, 'BAD_REQUEST', `kind must be one of ${photoKinds.join(', ')}`, {
    argument: 'kind',
  });
}

function checkedPhotoId(request: FastifyRequest): string {
  const id = (request.params as { id?: string }).id ?? '';
  if (!isUuid(id)) {
    throw new PhotoRefused(400, 'BAD_REQUEST', 'The photo id must be an id this API returned', {
      argument: 'id',
    });
  }
  return id.toLowerCase();
}

function sendImage(request: FastifyRequest, reply: FastifyReply, image: PhotoImage) {
  const etag = `"${image.etag}"`;
  reply
    .header('cache-control', CACHE_CONTROL)
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff')
    // Opened on its own, the image is still only an image: no script, no frames.
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-disposition', 'inline');
  const cached = request.headers['if-none-match'];
  if (cached?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return reply.code(304).send();
  }
  return reply.type(image.contentType).send(image.bytes);
}

/**
 * How a failed photo request is answered: Fastify's own 413 and 415 told in photo
 * terms, then as every route of a subgraph answers (refusals, 400s, masked 500s).
 */
function answerError(
  error: Error & { statusCode?: number },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error.statusCode === 413) {
    const limit = { limit: MAX_PHOTO_BYTES };
    const tooLarge = new PhotoRefused(
      413,
      'PAYLOAD_TOO_LARGE',
      `A photo may be at most ${MAX_PHOTO_BYTES} bytes`,
      limit,
    );
    return answerRouteError(tooLarge, request, reply);
  }
  if (error.statusCode === 415) {
    return answerRouteError(
      unsupportedMediaType('Send the photo as image/jpeg, image/png or image/webp'),
      request,
      reply,
    );
  }
  return answerRouteError(error, request, reply);
}

/**
 * `POST /photos[?kind=COMPLETION]` (the raw image as the body) and `GET /photos/:id`,
 * `GET /photos/:id/thumbnail`, behind the gateway's signed caller like every route
 * of the subgraph; the gateway serves them at the same paths on the public origin.
 */
export function photoRoutes(store: PhotoStore) {
  return async (scope: FastifyInstance) => {
    // The signature covers the exact bytes: keep them as they came (a Buffer).
    scope.addContentTypeParser(
      [...photoContentTypes],
      { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES },
      (request: FastifyRequest, body: Buffer | string, done) => {
        request.rawBody = body;
        done(null, body);
      },
    );
    scope.setErrorHandler(answerError);

    scope.post(PHOTOS_PATH, async (request, reply) => {
      const kind = kindOf(request.query);
      assertMayUpload(request.caller, kind);
      if (!Buffer.isBuffer(request.body)) {
        throw unsupportedMediaType('Send the photo as image/jpeg, image/png or image/webp');
      }
      const processed = await processPhoto(request.body, request.headers['content-type']);
      const actor = actorOf(request.caller);
      const photo = await store.put({
        ...processed,
        kind,
        uploadedBy: { kind: actor.kind, id: actor.id ?? request.caller.kind },
      });
      return reply.code(201).send({
        id: photo.id,
        kind: photo.kind,
        url: photoUrl(photo.id),
        thumbnailUrl: thumbnailUrl(photo.id),
        contentType: photo.contentType,
        width: photo.width,
        height: photo.height,
        size: photo.size,
      });
    });

    const read =
      (which: 'get' | 'getThumbnail') => async (request: FastifyRequest, reply: FastifyReply) => {
        const id = checkedPhotoId(request);
        assertSignedIn(request.caller);
        const image = assertMayRead(request.caller, await store[which](id));
        return sendImage(request, reply, image);
      };
    scope.get(`${PHOTOS_PATH}/:id`, read('get'));
    scope.get(`${PHOTOS_PATH}/:id/thumbnail`, read('getThumbnail'));
  };
}
