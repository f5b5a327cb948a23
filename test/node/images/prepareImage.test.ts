// Picture intake: real decoders validate, limits refuse with clear messages, and only re-encoded pixels are stored.
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import * as jpeg from 'jpeg-js';
import { IMAGE_LIMITS } from '../../../core/book/images';
import { prepareImage } from '../../../node/images/prepareImage';
import { imageHash } from '../../../node/images/imageBytes';
import { jpegBytes, pngBytes } from '../../fixtures/images';

/** A PNG whose IHDR declares `width`×`height` but holds almost no data (a decompression-bomb shape). */
function pngHeaderOnly(width: number, height: number): Buffer {
  const real = pngBytes(4, 4);
  const out = Buffer.from(real);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  return out;
}

describe('prepareImage', () => {
  it('decodes a PNG and stores a re-encoded PNG of the same pixels, keyed by its hash', () => {
    const { hash, image } = prepareImage(pngBytes(200, 300), 'a.png');
    expect(image).toMatchObject({ mime: 'image/png', width: 200, height: 300 });
    const bytes = Buffer.from(image.data, 'base64');
    expect(hash).toBe(imageHash(bytes));
    const back = PNG.sync.read(bytes);
    expect([back.width, back.height]).toEqual([200, 300]);
    // The disc in the middle is dark, the corner is not: the pixels survived.
    const centre = (150 * 200 + 100) * 4;
    expect(back.data[centre]).toBe(40);
  });

  it('keeps a JPEG a JPEG and drops its metadata (comments, EXIF)', () => {
    const input = jpegBytes(320, 240, ['GPS 38.8977 N 77.0365 W']);
    expect(input.includes(Buffer.from('GPS 38.8977'))).toBe(true);
    const { image } = prepareImage(input, 'b.jpg');
    expect(image).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    const bytes = Buffer.from(image.data, 'base64');
    expect(bytes.includes(Buffer.from('GPS 38.8977'))).toBe(false);
    expect(jpeg.decode(bytes).width).toBe(320);
  });

  it('scales a large photo down to the stored size', () => {
    const { image } = prepareImage(jpegBytes(3000, 2000), 'big.jpg');
    expect([image.width, image.height]).toEqual([IMAGE_LIMITS.storedMaxSide, 1067]);
    expect(Buffer.from(image.data, 'base64').length).toBeLessThanOrEqual(
      IMAGE_LIMITS.maxStoredBytes,
    );
  });

  it('refuses pixel dimensions over the cap from the header, before decoding', () => {
    expect(() => prepareImage(pngHeaderOnly(60_000, 60_000), 'bomb.png')).toThrow(
      'bomb.png: is 60000×60000 pixels; a picture may be at most 4096×4096',
    );
    expect(() => prepareImage(pngHeaderOnly(4097, 10), 'wide.png')).toThrow(/4097×10 pixels/);
  });

  it('refuses a file over the size cap', () => {
    const big = Buffer.concat([pngBytes(4, 4), Buffer.alloc(IMAGE_LIMITS.maxFileBytes)]);
    expect(() => prepareImage(big, 'huge.png')).toThrow(
      /huge\.png: is 5\.0 MB; a picture may be at most 5\.0 MB/,
    );
  });

  it('refuses bytes that are not PNG or JPEG', () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(() => prepareImage(gif, 'c.gif')).toThrow(
      'c.gif: is not a PNG or JPEG picture (only PNG and JPEG can be inserted)',
    );
    expect(() => prepareImage(Buffer.from('<svg/>'), 'd.png')).toThrow(/is not a PNG or JPEG/);
    expect(() => prepareImage(new Uint8Array(), 'e.png')).toThrow('e.png: the file is empty');
  });

  it('refuses a damaged picture whose header looks right', () => {
    const png = pngBytes(64, 64);
    expect(() => prepareImage(png.subarray(0, 60), 'cut.png')).toThrow(
      /cut\.png: the PNG picture is damaged and cannot be read/,
    );
    const jpg = jpegBytes(64, 64);
    const garbled = Buffer.from(jpg);
    garbled.fill(0x00, 200, jpg.length - 2);
    expect(() => prepareImage(garbled.subarray(0, 220), 'cut.jpg')).toThrow(
      /cut\.jpg: the (JPEG picture is damaged|picture's header)/,
    );
  });
});
