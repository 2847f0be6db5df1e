import type { Kysely, Transaction } from 'kysely';
import type { RequestsDatabase } from './database';
import type { PhotoRecord } from './photo.table';

type Db = Kysely<RequestsDatabase> | Transaction<RequestsDatabase>;

/** Every column but the bytes: lists and access checks never read an image. */
export const PHOTO_RECORD_COLUMNS = [
  'id',
  'kind',
  'contentType',
  'thumbnailContentType',
  'width',
  'height',
  'size',
  'sha256',
  'uploadedByKind',
  'uploadedById',
  'createdAt',
  'serviceRequestId',
  'workOrderId',
] as const satisfies ReadonlyArray<keyof PhotoRecord>;

export function photoRecordsByIds(db: Db, ids: readonly string[]): Promise<PhotoRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('photos').select(PHOTO_RECORD_COLUMNS).where('id', 'in', ids).execute();
}

/**
 * The photos of several requests at once (`ServiceRequest.photos`): the reporter's
 * and every completion photo of its work orders, oldest first.
 */
export function photosByServiceRequestIds(
  db: Db,
  requestIds: readonly string[],
): Promise<PhotoRecord[]> {
  return db
    .selectFrom('photos')
    .select(PHOTO_RECORD_COLUMNS)
    .where('serviceRequestId', 'in', requestIds)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** The newest completion photo of each work order that has one (`WorkOrder.completionPhoto`). */
export async function completionPhotosByWorkOrderIds(
  db: Db,
  workOrderIds: readonly string[],
): Promise<Map<string, PhotoRecord>> {
  const rows = await db
    .selectFrom('photos')
    .select(PHOTO_RECORD_COLUMNS)
    .where('workOrderId', 'in', workOrderIds)
    .where('kind', '=', 'COMPLETION')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  // Oldest first, so the newest of each work order is the one left in the map.
  return new Map(rows.map((row) => [row.workOrderId!, row]));
}
