// Turns a picked picture file into a stored one: limits, a full decode by a real decoder, scale-down, re-encode.
import { PNG } from 'pngjs';
import * as jpeg from 'jpeg-js';
import { IMAGE_LIMITS, type ImageMime, type StoredImage } from '../../core/book/images';
import { AppFailure } from '../../core/ipc/result';
import { headerSize, imageHash, sniffImageMime } from './imageBytes';

/** A picture ready for `book.images[hash]`. */
export interface PreparedImage {
  hash: string;
  image: StoredImage;
}

interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

const mb = (n: number): string => `${(n / 1_000_000).toFixed(1)} MB`;
const refuse = (message: string): never => {
  throw new AppFailure('validation', message);
};

function decode(bytes: Buffer, mime: ImageMime, name: string): Pixels {
  try {
    if (mime === 'image/png') {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, data: png.data };
    }
    const img = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      // Belt and braces: the header check already bounds the pixels before this runs.
      maxResolutionInMP: (IMAGE_LIMITS.maxSide * IMAGE_LIMITS.maxSide) / 1_000_000,
      maxMemoryUsageInMB: 256,
    });
    return { width: img.width, height: img.height, data: img.data };
  } catch (error) {
    return refuse(
      `${name}: the ${mime === 'image/png' ? 'PNG' : 'JPEG'} picture is damaged and cannot be read (${(error as Error).message.slice(0, 120)})`,
    );
  }
}

/** Area-average scale-down so the longest side is at most `maxSide` (a box filter: fine for photos). */
export function scaleDown(src: Pixels, maxSide: number): Pixels {
  const scale = Math.min(1, maxSide / Math.max(src.width, src.height));
  if (scale === 1) return src;
  const width = Math.max(1, Math.round(src.width * scale));
  const height = Math.max(1, Math.round(src.height * scale));
  const out = new Uint8Array(width * height * 4);
  const fx = src.width / width;
  const fy = src.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * fy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * fy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * fx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * fx));
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * src.width + sx) * 4;
          r += src.data[i]!;
          g += src.data[i + 1]!;
          b += src.data[i + 2]!;
          a += src.data[i + 3]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = a / n;
    }
  }
  return { width, height, data: out };
}

/** Flattens transparency onto white (JPEG has no alpha; a transparent PNG prints on white paper anyway). */
function onWhite(p: Pixels): Pixels {
  const data = new Uint8Array(p.data.length);
  for (let i = 0; i < p.data.length; i += 4) {
    const a = p.data[i + 3]! / 255;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(p.data[i + c]! * a + 255 * (1 - a));
    data[i + 3] = 255;
  }
  return { ...p, data };
}

function encode(p: Pixels, mime: ImageMime): Buffer {
  if (mime === 'image/jpeg')
    return jpeg.encode({ data: Buffer.from(p.data), width: p.width, height: p.height }, 85).data;
  const png = new PNG({ width: p.width, height: p.height });
  png.data = Buffer.from(p.data);
  // An opaque picture is stored as RGB: smaller, and printed without a soft mask.
  let opaque = true;
  for (let i = 3; i < p.data.length && opaque; i += 4) opaque = p.data[i] === 255;
  return PNG.sync.write(png, { colorType: opaque ? 2 : 6 });
}

/**
 * Validates and re-encodes a picture file (`name` is used in messages). PNG stays PNG unless it is
 * too large stored, then it becomes JPEG; JPEG stays JPEG. Metadata (EXIF, GPS, comments) is not
 * carried over: only the decoded pixels are.
 * @throws AppFailure('validation') naming the file and what is wrong with it.
 */
export function prepareImage(bytes: Uint8Array, name: string): PreparedImage {
  if (bytes.length > IMAGE_LIMITS.maxFileBytes)
    refuse(
      `${name}: is ${mb(bytes.length)}; a picture may be at most ${mb(IMAGE_LIMITS.maxFileBytes)}`,
    );
  if (bytes.length === 0) refuse(`${name}: the file is empty`);
  const mime = sniffImageMime(bytes);
  if (!mime) refuse(`${name}: is not a PNG or JPEG picture (only PNG and JPEG can be inserted)`);
  const declared = headerSize(bytes, mime!);
  if (!declared || declared.width < 1 || declared.height < 1)
    refuse(`${name}: the picture's header gives no size; the file is damaged`);
  const max = IMAGE_LIMITS.maxSide;
  if (declared!.width > max || declared!.height > max)
    refuse(
      `${name}: is ${declared!.width}×${declared!.height} pixels; a picture may be at most ${max}×${max}`,
    );
  const pixels = decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), mime!, name);
  if (pixels.width !== declared!.width || pixels.height !== declared!.height)
    refuse(`${name}: the picture's header and its pixels disagree about its size`);
  let scaled = scaleDown(pixels, IMAGE_LIMITS.storedMaxSide);
  let outMime: ImageMime = mime!;
  let out = encode(scaled, outMime);
  if (out.length > IMAGE_LIMITS.maxStoredBytes && outMime === 'image/png') {
    outMime = 'image/jpeg';
    scaled = onWhite(scaled);
    out = encode(scaled, outMime);
  }
  // A very detailed photo: halve until it fits (each step quarters the pixels).
  while (out.length > IMAGE_LIMITS.maxStoredBytes && Math.max(scaled.width, scaled.height) > 64) {
    scaled = scaleDown(scaled, Math.floor(Math.max(scaled.width, scaled.height) / 2));
    out = encode(scaled, outMime);
  }
  if (out.length > IMAGE_LIMITS.maxStoredBytes)
    refuse(`${name}: the picture could not be stored in ${mb(IMAGE_LIMITS.maxStoredBytes)}`);
  return {
    hash: imageHash(out),
    image: {
      mime: outMime,
      data: out.toString('base64'),
      width: scaled.width,
      height: scaled.height,
    },
  };
}
