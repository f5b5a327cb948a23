// Writes a set of files into one folder all or nothing: every file to a verified temp first, then the renames; a failure removes them all.
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir, writeVerifiedTemp } from '../storage/atomicWrite';
import { AppFailure } from '../../core/ipc/result';

export interface NamedBytes {
  fileName: string;
  bytes: Uint8Array;
}

/** Refuses a `dir` that is not an existing folder, with a message naming it. */
export async function assertFolder(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppFailure(
      'validation',
      `${dir} is not a folder (${code === 'ENOENT' ? 'it does not exist' : (code ?? 'cannot read it')})`,
    );
  }
  if (!info.isDirectory())
    throw new AppFailure('validation', `${dir} is not a folder (it is a file)`);
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes every file into `dir`. Nothing replaces an existing file unless `overwrite`. On any
 * failure, temps and files already renamed are removed, so the folder never holds part of a set.
 * @returns the paths written, in order.
 */
export async function writeFileSet(
  dir: string,
  files: NamedBytes[],
  options: { overwrite?: boolean } = {},
): Promise<string[]> {
  await assertFolder(dir);
  const targets = files.map((f) => join(dir, f.fileName));
  if (!options.overwrite) {
    for (const t of targets)
      if (await exists(t))
        throw new AppFailure('validation', `${t} already exists; nothing written`);
  }
  const temps: string[] = [];
  const renamed: string[] = [];
  try {
    for (const [i, f] of files.entries()) temps.push(await writeVerifiedTemp(targets[i]!, f.bytes));
    for (const [i, temp] of temps.entries()) {
      await rename(temp, targets[i]!);
      renamed.push(targets[i]!);
    }
    await fsyncDir(dir);
    return targets;
  } catch (error) {
    await Promise.all(
      [...temps.filter((_, i) => !renamed.includes(targets[i]!)), ...renamed].map((p) =>
        rm(p, { force: true }).catch(() => undefined),
      ),
    );
    if (error instanceof AppFailure) throw error;
    throw new AppFailure(
      'io',
      `Could not write the copies into ${dir}: ${(error as Error).message}; nothing written`,
    );
  }
}

/** Removes files a set wrote (when recording them in the book failed afterwards). */
export async function removeFileSet(paths: string[]): Promise<void> {
  await Promise.all(paths.map((p) => rm(p, { force: true }).catch(() => undefined)));
}
