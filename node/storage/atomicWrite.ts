// Crash-safe file replacement: write a temp file in the same folder, fsync it, rename over the target, fsync the folder.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Hooks for tests that simulate a crash at a precise point of the write. */
export interface AtomicWriteHooks {
  /** Runs after the temp file is written and fsynced, before the rename. Throwing here = crash before rename. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
  /** false skips the fsyncs (for caches that may be lost but must never be torn). Default true. */
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
export async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
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
 * Replaces `target` with `data` so that after a crash at any point the file holds either the
 * old content or the new one, never a torn mix.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    if (hooks.durable !== false) await handle.sync();
  } finally {
    await handle.close();
  }
  // A throw from the hook behaves like a crash at this point: the temp stays behind, the target is untouched.
  await hooks.beforeRename?.(temp);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  if (hooks.durable !== false) await fsyncDir(dirname(target));
}

/** Removes temp files a crashed save left in `dir` (the targets they were meant for are intact). */
export async function removeStaleTemps(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((n) => n.startsWith('.') && n.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((n) => fs.rm(join(dir, n), { force: true })));
  return stale.length;
}
