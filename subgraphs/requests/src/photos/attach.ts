import { isUuid } from '@civicgraph/platform';
import { PHOTO_RECORD_COLUMNS } from '../db/photo.repository';
import type { PhotoKind, PhotoRecord } from '../db/photo.table';
import type { ServiceRequest } from '../db/service-request.table';
import type { WorkOrder } from '../db/work-order.table';
import { invalidInput } from '../lifecycle/change-refused';
import type { RequestsWrite } from '../lifecycle/requests-write';

/** Photos a reporter may send with one request. */
export const MAX_REPORTER_PHOTOS = 5;

function checkedIds(field: string, ids: readonly string[]): string[] {
  const malformed = ids.filter((id) => !isUuid(id));
  if (malformed.length > 0) {
    throw invalidInput(field, `${field} must be ids that POST /photos returned`, {
      photoIds: malformed,
    });
  }
  const lowered = ids.map((id) => id.toLowerCase());
  if (new Set(lowered).size !== lowered.length) {
    throw invalidInput(field, `${field} names a photo twice`);
  }
  return lowered;
}

/**
 * Takes the caller's own unattached photos of `kind` for a request (and a work order),
 * locking them in the write's transaction. A photo that does not exist, is another
 * caller's, of the other kind, or already taken is refused alike, naming the ids:
 * whether someone else's photo exists is not the caller's to learn.
 */
async function take(
  write: RequestsWrite,
  field: string,
  ids: string[],
  kind: PhotoKind,
  target: { serviceRequestId: string; workOrderId: string | null },
): Promise<PhotoRecord[]> {
  const { actor } = write;
  if (actor.id === null) throw invalidInput(field, 'Only a signed-in uploader can attach photos');
  const taken = await write.trx
    .updateTable('photos')
    .set(target)
    .where('id', 'in', ids)
    .where('kind', '=', kind)
    .where('serviceRequestId', 'is', null)
    .where('uploadedByKind', '=', actor.kind)
    .where('uploadedById', '=', actor.id)
    .returning(PHOTO_RECORD_COLUMNS)
    .execute();
  if (taken.length !== ids.length) {
    const found = new Set(taken.map((p) => p.id));
    throw invalidInput(
      field,
      `Each photo must be a ${kind} photo you uploaded and not yet attached to anything`,
      { photoIds: ids.filter((id) => !found.has(id)) },
    );
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return taken.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/**
 * Attaches the reporter's photos (ids from `POST /photos`) to their request, in the
 * request's own write: at most five per request, each uploaded by the same caller and
 * not yet attached. A refusal (`BAD_USER_INPUT` on `photoIds`) rolls the write back.
 */
export async function attachReporterPhotos(
  write: RequestsWrite,
  request: Pick<ServiceRequest, 'id'>,
  photoIds: readonly string[],
): Promise<PhotoRecord[]> {
  if (photoIds.length === 0) return [];
  const ids = checkedIds('photoIds', photoIds);
  const attached = await write.trx
    .selectFrom('photos')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('serviceRequestId', '=', request.id)
    .where('kind', '=', 'REPORTER')
    .executeTakeFirstOrThrow();
  if (Number(attached.n) + ids.length > MAX_REPORTER_PHOTOS) {
    throw invalidInput('photoIds', `A request may have at most ${MAX_REPORTER_PHOTOS} photos`, {
      limit: MAX_REPORTER_PHOTOS,
    });
  }
  return take(write, 'photoIds', ids, 'REPORTER', {
    serviceRequestId: request.id,
    workOrderId: null,
  });
}

/**
 * Attaches the field worker's completion photo to the work order they just completed
 * (in the same write as `completeWorkOrder`'s change); it then shows in the request's
 * public status (`ServiceRequest.photos`). A refusal (`BAD_USER_INPUT` on `photoId`)
 * rolls the write back.
 */
export async function attachCompletionPhoto(
  write: RequestsWrite,
  workOrder: Pick<WorkOrder, 'id' | 'serviceRequestId' | 'status'>,
  photoId: string,
): Promise<PhotoRecord> {
  const [id] = checkedIds('photoId', [photoId]);
  if (workOrder.status !== 'COMPLETED') {
    throw invalidInput('photoId', 'A completion photo goes with completing the work order', {
      status: workOrder.status,
    });
  }
  const [photo] = await take(write, 'photoId', [id!], 'COMPLETION', {
    serviceRequestId: workOrder.serviceRequestId,
    workOrderId: workOrder.id,
  });
  return photo!;
}
