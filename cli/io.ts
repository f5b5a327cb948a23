// File output for the CLI: the app's atomic writer (temp file, fsync, rename, directory fsync, mode 0600), with CLI errors.
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TEMP_SUFFIX, writeFileAtomic as writeAtomic } from '../node/storage/atomicWrite';
import { CliError } from './errors';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes temp files the writer left for `path` after a failure (only ours: ".<name>.<12 hex>.tmp"). */
async function removeOwnTemps(path: string): Promise<void> {
  const dir = dirname(path);
  const own = new RegExp(
    `^\\.${escapeRegExp(basename(path))}\\.[0-9a-f]{12}${escapeRegExp(TEMP_SUFFIX)}$`,
  );
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => own.test(n)).map((n) => rm(join(dir, n), { force: true })));
}

/**
 * Writes `data` to `path` through the same atomic writer as the app: a failure never leaves a
 * partial output file, and the file is created with mode 0600 (briefing material is not for other users).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeAtomic(path, data);
  } catch (error) {
    await removeOwnTemps(path);
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
