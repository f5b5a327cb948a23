// images:pick: the open dialog in main, then the file read under its size cap and turned into a stored picture.
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { IMAGE_LIMITS } from '../../core/book/images';
import { AppFailure } from '../../core/ipc/result';
import { prepareImage } from '../images/prepareImage';
import type { AppServices } from '../services/createAppServices';
import type { DomainHandlers } from './types';

/** Reads at most maxFileBytes + 1 bytes, so a huge or endless file is refused without reading it all. */
async function readCapped(path: string, name: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) throw new AppFailure('validation', `${name}: is not a file`);
    const buffer = Buffer.alloc(IMAGE_LIMITS.maxFileBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('io', `Could not read ${name}: ${(error as Error).message}`);
  } finally {
    await handle?.close();
  }
}

/** Handlers for the images domain. */
export function imageHandlers(s: AppServices): DomainHandlers<'images'> {
  return {
    'images:pick': async () => {
      if (!s.dialogs.showOpenDialog)
        throw new AppFailure('internal', 'This app has no file dialog to pick a picture with');
      const path = await s.dialogs.showOpenDialog({
        title: 'Insert picture',
        filters: [{ name: 'Pictures (PNG, JPEG)', extensions: ['png', 'jpg', 'jpeg'] }],
      });
      if (path === null) return null;
      const fileName = basename(path);
      const { hash, image } = prepareImage(await readCapped(path, fileName), fileName);
      return { hash, image, fileName };
    },
  };
}
