import { photoContentTypes } from '../db/photo.table';

/**
 * Why an upload or a read of a photo was turned away: an HTTP status and a code a
 * client can act on, answered as a JSON body like the gateway's own refusals.
 */
export class PhotoRefused extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 422,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get body() {
    return {
      errors: [{ message: this.message, extensions: { code: this.code, ...this.details } }],
    };
  }
}

/** An upload that is not a JPEG, PNG or WebP (by its bytes), or not what it says it is. */
export function unsupportedMediaType(message: string) {
  return new PhotoRefused(415, 'UNSUPPORTED_MEDIA_TYPE', message, { accepted: photoContentTypes });
}
