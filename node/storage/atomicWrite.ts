// Crash-safe file replacement: write a temp file in the same folder, fsync and verify it, rename over the target, fsync the folder.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { nodeFs, readRegularFile, type StorageFileHandle, type StorageFs } from './fsSeam';

/** Hooks for tests that simulate a failure at a precise point of the write. */
export interface AtomicWriteHooks {
  /** Runs after the temp file is written, fsynced and verified, before the rename. Throwing here = a failure before rename. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
  /** false skips the fsyncs and the read-back (for caches that may be lost but must never be torn). Default true. */
  durable?: boolean;
}

/** Suffix of in-flight temp files; a leftover one means a save was interrupted (the target is untouched). */
export const TEMP_SUFFIX = '.tmp';

/** Temp file name for `target`, hidden and unique so concurrent writers never collide. */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
}

/** fsyncs a directory so a rename inside it is durable (a no-op where directories cannot be opened, e.g. Windows). */
export async function fsyncDir(dir: string, sfs: StorageFs = nodeFs): Promise<void> {
  let handle: StorageFileHandle | undefined;
  try {
    handle = await sfs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL')
      throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `data` to a fresh temp file next to `target`, fsyncs it and (durable) reads it back to
 * check every byte reached the disk. Returns the temp path; on any failure the temp is removed
 * and the error rethrown, so a failed write leaves nothing behind.
 */
export async function writeVerifiedTemp(
  target: string,
  data: Uint8Array,
  options: { durable?: boolean; fs?: StorageFs } = {},
): Promise<string> {
  const sfs = options.fs ?? nodeFs;
  const temp = tempPathFor(target);
  try {
    const handle = await sfs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      if (options.durable !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.durable !== false) {
      const back = await readRegularFile(sfs, temp);
      if (!back.equals(data)) {
        throw Object.assign(new Error('the data read back differs from what was written'), {
          code: 'EIO',
        });
      }
    }
    return temp;
  } catch (error) {
    await sfs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces `target` with `data` so that after a crash at any point the file holds either the
 * old content or the new one, never a torn mix. A failure leaves the target and no temp behind.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
  sfs: StorageFs = nodeFs,
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = await writeVerifiedTemp(target, bytes, { durable: hooks.durable, fs: sfs });
  try {
    await hooks.beforeRename?.(temp);
    await sfs.rename(temp, target);
  } catch (error) {
    await sfs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (hooks.durable !== false) await fsyncDir(dirname(target), sfs);
}

/** True for a temp file name this module makes. */
export const isTempName = (name: string): boolean =>
  name.startsWith('.') && name.endsWith(TEMP_SUFFIX);

/** Removes temp files a crashed save left in `dir` (the targets they were meant for are intact). */
export async function removeStaleTemps(dir: string, sfs: StorageFs = nodeFs): Promise<number> {
  let names: string[];
  try {
    names = await sfs.readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter(isTempName);
  await Promise.all(stale.map((n) => sfs.rm(join(dir, n), { force: true })));
  return stale.length;
}
