// Step 5 for pictures: each stored image is the PNG or JPEG it says, of its size and hash; each image node names a stored one.
import type { Book } from '../../core/book/schema';
import { IMAGE_LIMITS, imageNodes } from '../../core/book/images';
import { AppFailure } from '../../core/ipc/result';
import { decodeBase64Strict, headerSize, imageHash, sniffImageMime } from '../images/imageBytes';
import { tabLabel } from './contentLimits';

const fail = (message: string): never => {
  throw new AppFailure('validation', message);
};

/** Throws AppFailure('validation') naming the file, the image (by hash) or the tab and block. */
export function assertImages(book: Book, fileName: string): void {
  const images = book.images ?? {};
  for (const [hash, image] of Object.entries(images)) {
    const at = `${fileName}: $.images["${hash.slice(0, 12)}…"]`;
    const bytes = decodeBase64Strict(image.data);
    if (!bytes) fail(`${at}: the picture's data is not valid base64`);
    if (bytes!.length > IMAGE_LIMITS.maxStoredBytes)
      fail(`${at}: the picture is ${bytes!.length} bytes; at most ${IMAGE_LIMITS.maxStoredBytes}`);
    const mime = sniffImageMime(bytes!);
    if (mime === null) fail(`${at}: the data is not a PNG or JPEG picture`);
    if (mime !== image.mime)
      fail(`${at}: the data is ${mime}, but the picture says it is ${image.mime}`);
    const size = headerSize(bytes!, mime!);
    if (!size || size.width !== image.width || size.height !== image.height)
      fail(
        `${at}: the picture is not ${image.width}×${image.height} pixels as it says (its header gives ${size ? `${size.width}×${size.height}` : 'no size'})`,
      );
    if (imageHash(bytes!) !== hash)
      fail(`${at}: the picture's data does not match its hash (damaged or altered)`);
  }
  for (const [t, tab] of book.tabs.entries()) {
    const blocks = tab.content.root.children;
    for (let b = 0; b < blocks.length; b++) {
      for (const node of imageNodes(blocks[b])) {
        if (!Object.hasOwn(images, node.hash))
          fail(
            `${fileName}: ${tabLabel(t, tab.title)}, block ${b + 1}: the image "${node.hash.slice(0, 12)}…" is not stored in the book`,
          );
      }
    }
  }
}
