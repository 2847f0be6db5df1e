import type { Generated, Selectable } from 'kysely';
import type { ActorKind } from './change-log.table';

/** A resident's photo of the problem, or the field worker's of the finished work. */
export const photoKinds = ['REPORTER', 'COMPLETION'] as const;
export type PhotoKind = (typeof photoKinds)[number];

/** The only image types stored (and served): each recognised by its magic bytes. */
export const photoContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof photoContentTypes)[number];

export interface PhotoTable {
  id: string;
  kind: PhotoKind;
  contentType: PhotoContentType;
  /** Null when an object store holds the bytes rather than this row. */
  bytes: Buffer | null;
  thumbnailContentType: PhotoContentType;
  thumbnailBytes: Buffer | null;
  width: number;
  height: number;
  /** Bytes of the stored image. */
  size: number;
  /** Hex SHA-256 of the stored image: its ETag. */
  sha256: string;
  uploadedByKind: ActorKind;
  uploadedById: string;
  createdAt: Generated<Date>;
  serviceRequestId: Generated<string | null>;
  workOrderId: Generated<string | null>;
}

/** A photo's record without its bytes: what lists, access checks and attaching read. */
export type PhotoRecord = Omit<Selectable<PhotoTable>, 'bytes' | 'thumbnailBytes'>;
