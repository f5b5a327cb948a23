// Prints an image block: the stored picture at its width (never taller than a page), its alt text for the Figure tag, its portion mark above.
import type { Content } from 'pdfmake/interfaces';
import { IMAGE_LIMITS, type SerializedImage } from '../book/images';
import type { SerializedNode } from '../book/lexical';
import type { ConvertContext } from './inline';

/** Tallest printed picture, in points: leaves room for the banner and running head on a Letter page. */
const MAX_HEIGHT = 560;

/**
 * The pdfmake content of an image node. `alt` goes on the image node itself:
 * core/pdf/structure.ts makes it the Figure's /Alt.
 * @throws Error when the picture is not stored in the book (the codec refuses such books; this is a guard).
 */
export function imageToPdfmake(node: SerializedNode, ctx: ConvertContext, mark?: string): Content {
  const img = node as SerializedImage;
  const stored = ctx.images?.[img.hash];
  if (!stored)
    throw new Error(`The picture "${String(img.hash).slice(0, 12)}…" is not stored in the book`);
  const width = Math.min(Math.max(img.width, IMAGE_LIMITS.minWidth), IMAGE_LIMITS.maxWidth);
  const picture = {
    image: `data:${stored.mime};base64,${stored.data}`,
    fit: [width, MAX_HEIGHT],
    alt: typeof img.alt === 'string' ? img.alt : '',
    margin: [0, 0, 0, 8],
  } as unknown as Content;
  if (!mark) return picture;
  return { stack: [{ text: `(${mark})`, style: 'tableMark' }, picture], unbreakable: true };
}
