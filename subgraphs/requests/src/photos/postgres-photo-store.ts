import type { Kysely } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import { PHOTO_RECORD_COLUMNS } from '../db/photo.repository';
import type { PhotoRecord } from '../db/photo.table';
import type { NewPhoto, PhotoImage, PhotoStore } from './photo-store';

/**
 * Photos kept in PostgreSQL, bytes and all (`bytea`, stored uncompressed: the images
 * are compressed already). No other service to run or back up; a city with many
 * photos can move the bytes to an object store behind the same interface.
 */
export class PostgresPhotoStore implements PhotoStore {
  constructor(private readonly db: Kysely<RequestsDatabase>) {}

  async put(photo: NewPhoto): Promise<PhotoRecord> {
    return this.db
      .insertInto('photos')
      .values({
        id: crypto.randomUUID(),
        kind: photo.kind,
        contentType: photo.contentType,
        bytes: photo.bytes,
        thumbnailContentType: photo.thumbnailContentType,
        thumbnailBytes: photo.thumbnailBytes,
        width: photo.width,
        height: photo.height,
        size: photo.bytes.length,
        sha256: photo.sha256,
        uploadedByKind: photo.uploadedBy.kind,
        uploadedById: photo.uploadedBy.id,
      })
      .returning(PHOTO_RECORD_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  async get(id: string): Promise<PhotoImage | null> {
    const row = await this.db
      .selectFrom('photos')
      .select([...PHOTO_RECORD_COLUMNS, 'bytes'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row?.bytes) return null;
    const { bytes, ...photo } = row;
    return { photo, contentType: photo.contentType, bytes, etag: photo.sha256 };
  }

  async getThumbnail(id: string): Promise<PhotoImage | null> {
    const row = await this.db
      .selectFrom('photos')
      .select([...PHOTO_RECORD_COLUMNS, 'thumbnailBytes'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row?.thumbnailBytes) return null;
    const { thumbnailBytes, ...photo } = row;
    return {
      photo,
      contentType: photo.thumbnailContentType,
      bytes: thumbnailBytes,
      etag: `${photo.sha256}-thumbnail`,
    };
  }

  async deleteUnattached(uploadedBefore: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('photos')
      .where('serviceRequestId', 'is', null)
      .where('createdAt', '<', uploadedBefore)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
