import { RouteRefused } from '@civicgraph/platform';
import { photoContentTypes } from '../db/photo.table';

/**
 * Why an upload or a read of a photo was turned away: a route refusal (status, code,
 * JSON body like the gateway's own refusals) named for photos.
 */
export class PhotoRefused extends RouteRefused {}

/** An upload that is not a JPEG, PNG or WebP (by its bytes), or not what it says it is. */
export function unsupportedMediaType(message: string) {
  return new PhotoRefused(415, 'UNSUPPORTED_MEDIA_TYPE', message, { accepted: photoContentTypes });
}
