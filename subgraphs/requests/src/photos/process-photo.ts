import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { PhotoContentType } from '../db/photo.table';
import { PhotoRefused, unsupportedMediaType } from './photo-refused';
import type { ProcessedPhoto } from './photo-store';

/** Largest upload accepted, in bytes (a phone's full-size JPEG fits). */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** Longest side accepted, and most pixels: decoding more would cost memory for nothing. */
export const MAX_PHOTO_SIDE = 12_000;
export const MAX_PHOTO_PIXELS = 50_000_000;
/** Thumbnails fit in a square of this side (lists and cards in the console). */
export const THUMBNAIL_SIDE = 320;

/**
 * The image type of `bytes` by their magic numbers, or null: what a client says in
 * Content-Type is checked against this, never taken on its word.
 */
export function sniffImageType(bytes: Uint8Array): PhotoContentType | null {
  const starts = (offset: number, signature: number[]) =>
    bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
  if (starts(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF <size> WEBP
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) {
    return 'image/webp';
  }
  return null;
}

/**
 * Checks an upload and makes what is stored of it: the image re-encoded in its own
 * type, turned upright, without its metadata (EXIF, GPS position, camera serials:
 * residents' privacy), and a WebP thumbnail. Refuses (PhotoRefused) a body over the
 * size cap (413), one that is not a JPEG, PNG or WebP by its bytes or not the type
 * its Content-Type says (415), and one that does not decode or is too large (422).
 */
export async function processPhoto(
  body: Buffer,
  declaredType: string | undefined,
): Promise<ProcessedPhoto> {
  if (body.length > MAX_PHOTO_BYTES) {
    throw new PhotoRefused(
      413,
      'PAYLOAD_TOO_LARGE',
      `A photo may be at most ${MAX_PHOTO_BYTES} bytes`,
      {
        limit: MAX_PHOTO_BYTES,
      },
    );
  }
  const contentType = sniffImageType(body);
  if (!contentType) throw unsupportedMediaType('The body is not a JPEG, PNG or WebP image');
  const declared = declaredType?.split(';', 1)[0]?.trim().toLowerCase();
  if (declared !== contentType) {
    throw unsupportedMediaType(
      `The body is ${contentType}, but its Content-Type says ${declared ?? 'nothing'}`,
    );
  }
  const source = sharp(body, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' });
  let metadata: Metadata;
  try {
    metadata = await source.metadata();
  } catch {
    throw new PhotoRefused(422, 'UNREADABLE_IMAGE', 'The image cannot be read');
  }
  const { width = 0, height = 0 } = metadata;
  if (
    width < 1 ||
    height < 1 ||
    width > MAX_PHOTO_SIDE ||
    height > MAX_PHOTO_SIDE ||
    width * height > MAX_PHOTO_PIXELS
  ) {
    throw new PhotoRefused(
      422,
      'IMAGE_TOO_LARGE',
      `A photo may be at most ${MAX_PHOTO_SIDE} px a side and ${MAX_PHOTO_PIXELS} pixels`,
      { width, height },
    );
  }
  // rotate() applies the EXIF orientation before the EXIF goes; sharp writes no
  // metadata unless asked (withMetadata), so the output carries none.
  const upright = source.rotate();
  try {
    const [image, thumbnail] = await Promise.all([
      reencode(upright.clone(), contentType).toBuffer({ resolveWithObject: true }),
      upright
        .clone()
        .resize({
          width: THUMBNAIL_SIDE,
          height: THUMBNAIL_SIDE,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .webp({ quality: 70 })
        .toBuffer(),
    ]);
    return {
      contentType,
      bytes: image.data,
      thumbnailContentType: 'image/webp',
      thumbnailBytes: thumbnail,
      width: image.info.width,
      height: image.info.height,
      sha256: createHash('sha256').update(image.data).digest('hex'),
    };
  } catch {
    throw new PhotoRefused(422, 'UNREADABLE_IMAGE', 'The image cannot be decoded');
  }
}

function reencode(image: Sharp, type: PhotoContentType): Sharp {
  switch (type) {
    case 'image/jpeg':
      return image.jpeg({ quality: 85 });
    case 'image/png':
      return image.png();
    case 'image/webp':
      return image.webp({ quality: 85 });
  }
}
