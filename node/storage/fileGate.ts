// Step 1 of the book-file pipeline: only a regular file under the size cap is read, and reading never blocks.
import { constants, promises as fs, type Stats } from 'node:fs';
import { AppFailure } from '../../core/ipc/result';
import { BOOK_FILE_MAX_BYTES, BOOK_FILE_MAX_LABEL } from '../../core/book/fileLimits';

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** What a non-regular file is, for the message ("a directory", "a FIFO (named pipe)" ...). */
function describeKind(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function refuseKind(info: Stats, fileName: string): void {
  const kind = describeKind(info);
  if (kind) throw new AppFailure('validation', `${fileName}: is ${kind}, not a book file`);
}

function refuseSize(size: number, fileName: string, maxBytes: number): void {
  if (size > maxBytes) {
    const limit = maxBytes === BOOK_FILE_MAX_BYTES ? BOOK_FILE_MAX_LABEL : mb(maxBytes);
    throw new AppFailure(
      'validation',
      `${fileName}: is ${mb(size)}; a book file may be at most ${limit}`,
    );
  }
}

/** Turns a file-system error into a typed failure; a missing file keeps its ENOENT error (callers tell missing from damaged). */
function ioFailure(error: unknown, fileName: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || error instanceof AppFailure) return error;
  if (code === 'EACCES' || code === 'EPERM')
    return new AppFailure('io', `${fileName}: permission denied`);
  if (code === 'EISDIR')
    return new AppFailure('validation', `${fileName}: is a directory, not a book file`);
  return new AppFailure('io', `${fileName}: cannot be read (${code ?? (error as Error).message})`);
}

/**
 * Reads the bytes of the book file at `path`. Refuses (AppFailure, naming `fileName`) a directory,
 * FIFO, socket or device before opening it, re-checks the opened descriptor (the path may have been
 * swapped in between; O_NONBLOCK means even a swapped-in FIFO cannot block the open), and never reads
 * more than `maxBytes` + 1. A missing file rethrows the ENOENT error unchanged.
 */
export async function readBookFileBytes(
  path: string,
  fileName: string,
  maxBytes = BOOK_FILE_MAX_BYTES,
): Promise<Buffer> {
  try {
    // stat follows a symlink (a CLI user may pass one) and reports what it points to.
    const before = await fs.stat(path);
    refuseKind(before, fileName);
    refuseSize(before.size, fileName, maxBytes);
    const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      refuseKind(info, fileName);
      refuseSize(info.size, fileName, maxBytes);
      // One byte more than fstat reported, to notice a file that grows while it is read.
      const buffer = Buffer.alloc(info.size + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > info.size) {
        throw new AppFailure('io', `${fileName}: changed while it was being read; try again`);
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw ioFailure(error, fileName);
  }
}

/** The byte length of `text` as UTF-8 checked against the cap (text that arrives without a file, e.g. over IPC). */
export function assertTextSize(
  text: string,
  fileName: string,
  maxBytes = BOOK_FILE_MAX_BYTES,
): void {
  // A UTF-16 unit is at most 3 UTF-8 bytes: only count when the quick bound is not enough.
  if (text.length * 3 <= maxBytes) return;
  refuseSize(Buffer.byteLength(text, 'utf8'), fileName, maxBytes);
}
