import { type Caller, type Permission, permits } from '@civicgraph/platform';
import type { PhotoKind, PhotoRecord } from '../db/photo.table';
import { actorOf } from '../lifecycle/actor';
import { PhotoRefused } from './photo-refused';

/** Who may send each kind of photo: the people who may file a request, or complete work. */
const UPLOAD_PERMISSION = {
  REPORTER: 'requests.create',
  COMPLETION: 'work-orders.work',
} as const satisfies Record<PhotoKind, Permission>;

/** Refuses an anonymous caller (401): no photo is public, and every upload has an owner. */
export function assertSignedIn(caller: Caller) {
  if (caller.kind === 'anonymous') {
    throw new PhotoRefused(401, 'UNAUTHENTICATED', 'Sign in or send an API key to use photos');
  }
}

/** Refuses (401/403) a caller who may not upload a photo of this kind. */
export function assertMayUpload(caller: Caller, kind: PhotoKind) {
  assertSignedIn(caller);
  const permission = UPLOAD_PERMISSION[kind];
  if (!permits(caller, permission)) {
    throw new PhotoRefused(403, 'FORBIDDEN', `Uploading a ${kind} photo needs ${permission}`, {
      permission,
    });
  }
}

/** Whether `caller` sent this photo: the one person or client who may see it unattached. */
export function isUploader(caller: Caller, photo: PhotoRecord): boolean {
  const actor = actorOf(caller);
  return (
    actor.id !== null && actor.kind === photo.uploadedByKind && actor.id === photo.uploadedById
  );
}

/**
 * Refuses a caller who may not see this photo (or its thumbnail). Attached to a
 * request, it is the request's: readable as the request is (`requests.read`). Not yet
 * attached, it is its uploader's alone, and anyone else is told it does not exist
 * (404), as for an id that was never issued.
 */
export function assertMayRead<T extends { photo: PhotoRecord }>(
  caller: Caller,
  image: T | null,
): T {
  assertSignedIn(caller);
  const photo = image?.photo;
  if (!image || !photo || (photo.serviceRequestId === null && !isUploader(caller, photo))) {
    throw new PhotoRefused(404, 'NOT_FOUND', 'There is no such photo');
  }
  if (photo.serviceRequestId !== null && !permits(caller, 'requests.read')) {
    throw new PhotoRefused(403, 'FORBIDDEN', 'Reading photos needs requests.read', {
      permission: 'requests.read',
    });
  }
  return image;
}
