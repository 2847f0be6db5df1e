import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { PhotoRefused } from '../src/photos/photo-refused';
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_SIDE,
  processPhoto,
  sniffImageType,
} from '../src/photos/process-photo';

const red = { r: 200, g: 40, b: 40 };
let jpeg: Buffer;
let png: Buffer;
let webp: Buffer;

beforeAll(async () => {
  const canvas = { width: 800, height: 600, channels: 3 as const, background: red };
  jpeg = await sharp({ create: canvas }).jpeg().toBuffer();
  png = await sharp({ create: canvas }).png().toBuffer();
  webp = await sharp({ create: canvas }).webp().toBuffer();
});

/** The refusal `work` ends with: its status and code. */
async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof PhotoRefused) return { status: error.status, code: error.code };
    throw error;
  }
  return 'accepted';
}

describe('sniffImageType', () => {
  it('knows JPEG, PNG and WebP by their bytes, and nothing else', () => {
    expect(sniffImageType(jpeg)).toBe('image/jpeg');
    expect(sniffImageType(png)).toBe('image/png');
    expect(sniffImageType(webp)).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a…'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF0000WAVEfmt '))).toBeNull();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('processPhoto', () => {
  it.each([
    ['image/jpeg', () => jpeg, 'jpeg'],
    ['image/png', () => png, 'png'],
    ['image/webp', () => webp, 'webp'],
  ])('keeps a %s in its own type, measured, with a WebP thumbnail', async (type, body, format) => {
    const photo = await processPhoto(body(), `${type}; charset=binary`);
    expect(photo).toMatchObject({ contentType: type, width: 800, height: 600 });
    expect((await sharp(photo.bytes).metadata()).format).toBe(format);
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await sharp(photo.thumbnailBytes).metadata()).toMatchObject({
      format: 'webp',
      width: 320,
      height: 240,
    });
  });

  it('strips the EXIF metadata and GPS position, after turning the image upright', async () => {
    // 40 × 20 as stored, orientation 6: the camera was turned, the photo is 20 × 40.
    const taken = await sharp({ create: { width: 40, height: 20, channels: 3, background: red } })
      .withExif({
        IFD0: { Make: 'TestPhone', Model: 'Serial 12345' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 26/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const before = await sharp(taken).metadata();
    expect(before.exif?.includes(Buffer.from('TestPhone'))).toBe(true);
    expect(before.orientation).toBe(6);

    const photo = await processPhoto(taken, 'image/jpeg');
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 20, height: 40 });
    for (const bytes of [photo.bytes, photo.thumbnailBytes]) {
      const after = await sharp(bytes).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(bytes.includes(Buffer.from('TestPhone'))).toBe(false);
    }
  });

  it('never enlarges a small photo for its thumbnail', async () => {
    const small = await sharp({ create: { width: 50, height: 30, channels: 3, background: red } })
      .png()
      .toBuffer();
    const photo = await processPhoto(small, 'image/png');
    expect(await sharp(photo.thumbnailBytes).metadata()).toMatchObject({ width: 50, height: 30 });
  });

  it('refuses what is not a JPEG, PNG or WebP, or not what its Content-Type says (415)', async () => {
    const text = Buffer.from('hello, this is a text file renamed photo.jpg');
    expect(await refusal(processPhoto(text, 'image/jpeg'))).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(await refusal(processPhoto(png, 'image/jpeg'))).toMatchObject({ status: 415 });
    expect(await refusal(processPhoto(jpeg, undefined))).toMatchObject({ status: 415 });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: red } })
      .gif()
      .toBuffer();
    expect(await refusal(processPhoto(gif, 'image/gif'))).toMatchObject({ status: 415 });
  });

  it('refuses a body over the cap (413) before looking at it', async () => {
    const big = Buffer.alloc(MAX_PHOTO_BYTES + 1);
    jpeg.copy(big);
    expect(await refusal(processPhoto(big, 'image/jpeg'))).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('refuses an image that does not decode, or is too large to decode (422)', async () => {
    const truncated = jpeg.subarray(0, 200);
    expect(await refusal(processPhoto(truncated, 'image/jpeg'))).toEqual({
      status: 422,
      code: 'UNREADABLE_IMAGE',
    });
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(64, 7)]);
    expect(await refusal(processPhoto(garbage, 'image/jpeg'))).toMatchObject({ status: 422 });
    // A long strip compresses to almost nothing but would decode to a huge bitmap.
    const strip = await sharp({
      create: { width: MAX_PHOTO_SIDE + 1, height: 2, channels: 3, background: red },
    })
      .png()
      .toBuffer();
    expect(await refusal(processPhoto(strip, 'image/png'))).toEqual({
      status: 422,
      code: 'IMAGE_TOO_LARGE',
    });
  });
});
