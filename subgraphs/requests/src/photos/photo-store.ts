import type { PhotoContentType, PhotoKind, PhotoRecord } from '../db/photo.table';
import type { Actor } from '../lifecycle/actor';

/** An upload made fit to keep: re-encoded (metadata stripped), measured, with its thumbnail. */
export interface ProcessedPhoto {
  contentType: PhotoContentType;
  bytes: Buffer;
  thumbnailContentType: PhotoContentType;
  thumbnailBytes: Buffer;
  width: number;
  height: number;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

/** A photo to keep: what processing made of it, its kind and who sent it. */
export interface NewPhoto extends ProcessedPhoto {
  kind: PhotoKind;
  uploadedBy: Actor & { id: string };
}

/** One image of a photo (the photo itself or its thumbnail) and the record it belongs to. */
export interface PhotoImage {
  photo: PhotoRecord;
  contentType: PhotoContentType;
  bytes: Buffer;
  /** Changes whenever the bytes could: the photo's SHA-256, marked for the thumbnail. */
  etag: string;
}

/**
 * Where photos' bytes live. Every store keeps each photo's record in the `photos`
 * table (attaching a photo joins the request's own transaction, see attach.ts, and
 * access checks read it); a store decides where the bytes go: PostgreSQL by default
 * (postgres-photo-store.ts), an S3-like object store under the photo's id otherwise.
 */
export interface PhotoStore {
  /** Keeps a new, unattached photo and returns its record. */
  put(photo: NewPhoto): Promise<PhotoRecord>;
  /** The photo, or null when there is none with this id. */
  get(id: string): Promise<PhotoImage | null>;
  /** The photo's thumbnail, or null when there is none with this id. */
  getThumbnail(id: string): Promise<PhotoImage | null>;
  /**
   * Deletes photos uploaded before `uploadedBefore` that nothing took (an abandoned
   * form): they are nobody's but their uploader's, and kept no longer than needed.
   * Returns how many went.
   */
  deleteUnattached(uploadedBefore: Date): Promise<number>;
}
