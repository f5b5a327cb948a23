// Images in a book: the stored form (by content hash), the serialized `image` node and the limits every way in enforces.
import { z } from 'zod';

/** Limits on pictures: the file picked, its pixels, and what a book stores after re-encoding. */
export const IMAGE_LIMITS = {
  /** Largest file the picker accepts (5 MB): a phone photo fits, a scanned poster does not. */
  maxFileBytes: 5_000_000,
  /** Largest width or height accepted, read from the header before any pixel is decoded. */
  maxSide: 4096,
  /** Stored pictures are scaled down to this longest side: 1600 px is 240 dpi across a full page width. */
  storedMaxSide: 1600,
  /**
   * Largest stored (re-encoded) picture. Its base64 text (4/3 of this) stays under the codec's
   * 1,000,000-character string limit (node/storage/jsonGuards.ts).
   */
  maxStoredBytes: 740_000,
  /** Pictures one book may hold. */
  maxImagesPerBook: 100,
  maxAltLength: 500,
  /** Printed width in points: from half an inch to the full text width of a Letter page. */
  minWidth: 36,
  maxWidth: 468,
} as const;

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type ImageMime = (typeof IMAGE_MIME_TYPES)[number];

/** sha256 of the stored bytes, lowercase hex: the key of a picture in `book.images`. */
export const ImageHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected an image hash (64 lowercase hex digits)');

export const StoredImageSchema = z
  .object({
    mime: z.enum(IMAGE_MIME_TYPES, { message: 'an image must be image/png or image/jpeg' }),
    /** The re-encoded file, base64 (checked against mime, size and hash by the codec). */
    data: z.string().max(Math.ceil(IMAGE_LIMITS.maxStoredBytes / 3) * 4),
    width: z.number().int().min(1).max(IMAGE_LIMITS.storedMaxSide),
    height: z.number().int().min(1).max(IMAGE_LIMITS.storedMaxSide),
  })
  .strict();
export type StoredImage = z.infer<typeof StoredImageSchema>;

/** The pictures of a book by hash. */
export const BookImagesSchema = z
  .record(ImageHashSchema, StoredImageSchema)
  .refine((m) => Object.keys(m).length <= IMAGE_LIMITS.maxImagesPerBook, {
    message: `a book may hold at most ${IMAGE_LIMITS.maxImagesPerBook} images`,
  });

/** The serialized `image` block: which stored picture, its alt text and printed width (points). */
export interface SerializedImage {
  type: 'image';
  version: 1;
  hash: string;
  alt: string;
  width: number;
  $?: { mark?: string };
  [extra: string]: unknown;
}

/** Problems with an image node's own fields (the hash's presence in the book is checked by the codec). */
export function imageNodeProblems(node: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (!ImageHashSchema.safeParse(node.hash).success)
    out.push('an image needs the hash of a stored picture (64 lowercase hex digits)');
  if (typeof node.alt !== 'string' || node.alt.length > IMAGE_LIMITS.maxAltLength)
    out.push(`an image needs alt text of at most ${IMAGE_LIMITS.maxAltLength} characters`);
  const w = node.width;
  if (typeof w !== 'number' || !(w >= IMAGE_LIMITS.minWidth && w <= IMAGE_LIMITS.maxWidth))
    out.push(
      `an image's width must be ${IMAGE_LIMITS.minWidth} to ${IMAGE_LIMITS.maxWidth} points`,
    );
  return out;
}

/** Every image node under `root` (an iterative walk). */
export function imageNodes(root: unknown): SerializedImage[] {
  const out: SerializedImage[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; children?: unknown } | null;
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'image') out.push(node as SerializedImage);
    if (Array.isArray(node.children)) for (const c of node.children) stack.push(c);
  }
  return out;
}
