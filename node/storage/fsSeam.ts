// The file-system seam of the storage layer: every byte it reads or writes goes through a StorageFs, so tests can inject faults.
import { constants, promises as fs, type Stats } from 'node:fs';

/** The part of a file handle the storage layer uses. */
export interface StorageFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  readFile(): Promise<Buffer>;
  sync(): Promise<void>;
  stat(): Promise<Stats>;
  close(): Promise<void>;
}

/** The part of `fs.promises` the storage layer uses; tests wrap it to inject ENOSPC, EIO, EXDEV ... */
export interface StorageFs {
  open(path: string, flags: string | number, mode?: number): Promise<StorageFileHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  mkdir(path: string, options?: { recursive?: boolean; mode?: number }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<Stats>;
  lstat(path: string): Promise<Stats>;
}

/** The real file system. */
export const nodeFs: StorageFs = {
  open: async (path, flags, mode) => {
    const handle = await fs.open(path, flags, mode);
    return {
      writeFile: (data) => handle.writeFile(data),
      readFile: () => handle.readFile(),
      sync: () => handle.sync(),
      stat: () => handle.stat(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fs.rename(from, to),
  link: (existing, newPath) => fs.link(existing, newPath),
  rm: (path, options) => fs.rm(path, options),
  mkdir: (path, options) => fs.mkdir(path, options),
  readdir: (path) => fs.readdir(path),
  stat: (path) => fs.stat(path),
  lstat: (path) => fs.lstat(path),
};

/** Read flags: non-blocking, so a FIFO put in place of a book can never hang the app (O_NONBLOCK is 0 on Windows). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A stored file that is larger than any file the app writes (a book is capped at 20M characters). */
export const MAX_STORED_BYTES = 100_000_000;

/** What a non-regular file is, for messages. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Reads a stored file, refusing anything that is not a regular file (checked on the open handle,
 * so nothing can be swapped in between) or is implausibly large. Errors keep their fs `code`.
 */
export async function readRegularFile(sfs: StorageFs, path: string): Promise<Buffer> {
  const handle = await sfs.open(path, READ_FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw Object.assign(new Error(`is ${kindOf(stats)}, not a book file`), {
        code: 'ENOTREG',
      });
    }
    if (stats.size > MAX_STORED_BYTES) {
      throw Object.assign(new Error(`is ${stats.size} bytes, larger than any stored file`), {
        code: 'EFBIG',
      });
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** A short, user-readable reason for a failed file operation. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'missing';
    case 'EACCES':
    case 'EPERM':
      return 'no permission to read or write it';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exhausted';
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EXDEV':
      return 'a rename crossed file systems';
    default:
      return e?.message ?? String(error);
  }
}
