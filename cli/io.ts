// File I/O for the CLI: bounded reads and crash-safe writes (temp file in the same folder, then rename).
import { open, rename, rm, stat, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CliError } from './errors';

/** Book and data files larger than this are refused before reading (matches books:import). */
export const MAX_INPUT_BYTES = 50_000_000;

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Reads a UTF-8 text file, refusing a missing file, a directory or one over `maxBytes`. */
export async function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`,
    );
  }
  if (size > maxBytes)
    throw new CliError(`${path}: file is ${mb(size)}; the limit is ${mb(maxBytes)}`);
  return readFile(path, 'utf8');
}

/**
 * Writes `data` to `path` atomically: a temp file in the same folder is written, flushed to disk
 * and renamed over the target, so a failure never leaves a partial output file behind.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot write (${code ?? (error as Error).message})`);
  }
}

/** True when something exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
