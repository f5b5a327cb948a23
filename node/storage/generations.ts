// One book folder's generations: verified save that rotates backups only after success, and load that falls back past anything.
import { join } from 'node:path';
import type { Book } from '../../core/book/schema';
import { AppFailure } from '../../core/ipc/result';
import {
  fsyncDir,
  writeVerifiedTemp,
  removeStaleTemps,
  type AtomicWriteHooks,
} from './atomicWrite';
import { assertStorable, readBookFile, serializeBookFile } from './bookFile';
import { sealLabel, type DataCipher } from './cipher';
import { describeFsError, readRegularFile, type StorageFs } from './fsSeam';
import { BOOK_FILE, DAMAGED_INFIX, PENDING_BACKUP, backupName, isMissing } from './layout';

/** How many previous saves are kept next to the current file. */
export const DEFAULT_BACKUPS = 3;

/** What generation files are read and written with. */
export interface GenerationIo {
  fs: StorageFs;
  cipher: DataCipher;
  /** Backups kept (default 3). */
  keep?: number;
}

export interface Recovery {
  /** The file the book was read from, e.g. "book.json.bak1". */
  from: string;
  /** Why each newer generation was refused. */
  problems: string[];
  /** Name the damaged current file was moved to (kept, never deleted), or null if it was missing. */
  damagedKeptAs: string | null;
  /** Set when the good backup could not be made current again (it is still used for this load). */
  promoteProblem?: string;
}

export interface LoadOutcome {
  book: Book;
  /** Set when the current file was unreadable and a backup was used. */
  recovery: Recovery | null;
}

export interface SaveOutcome {
  /** Set when the new generation is saved but the backups could not rotate (history kept, not shifted). */
  rotationProblem: string | null;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const exists = (sfs: StorageFs, path: string): Promise<boolean> =>
  sfs.lstat(path).then(
    () => true,
    (e: unknown) => (isMissing(e) ? false : Promise.reject(e)),
  );

/** Shifts history by one: bak(keep-1) -> bak(keep) ... bak0 -> bak1 (renames only; the oldest falls off). */
async function rotate(sfs: StorageFs, dir: string, keep: number): Promise<void> {
  if (keep < 1) {
    await sfs.rm(join(dir, PENDING_BACKUP), { force: true });
    return;
  }
  for (let n = keep - 1; n >= 0; n--) {
    await sfs.rename(join(dir, backupName(n)), join(dir, backupName(n + 1))).catch((e: unknown) => {
      if (!isMissing(e)) throw e;
    });
  }
}

/** True when both paths are the same file (same inode), or hold the same bytes where inodes are unknown. */
async function sameFile(sfs: StorageFs, a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([sfs.stat(a), sfs.stat(b)]);
  if (sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  if (sa.size !== sb.size) return false;
  const [ba, bb] = await Promise.all([readRegularFile(sfs, a), readRegularFile(sfs, b)]);
  return ba.equals(bb);
}

/**
 * Finishes what a crash interrupted: a bak0 that is still the current file means the save never
 * committed (drop the link); a bak0 that differs is the generation before a committed save (rotate it in).
 */
async function settlePending(sfs: StorageFs, dir: string, keep: number): Promise<void> {
  const pending = join(dir, PENDING_BACKUP);
  if (!(await exists(sfs, pending))) return;
  const current = join(dir, BOOK_FILE);
  if ((await exists(sfs, current)) && (await sameFile(sfs, pending, current))) {
    await sfs.rm(pending, { force: true });
  } else {
    await rotate(sfs, dir, keep);
  }
}

/**
 * Keeps the current file reachable as bak0 before the new one replaces it: a hard link (no bytes
 * copied), or a verified copy where links are unsupported. A current that is not a regular file is
 * moved aside as damaged. Returns false when there was no current file to keep.
 */
async function preserveCurrent(sfs: StorageFs, dir: string, now: Date): Promise<boolean> {
  const current = join(dir, BOOK_FILE);
  const pending = join(dir, PENDING_BACKUP);
  let isFile: boolean;
  try {
    isFile = (await sfs.lstat(current)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  if (!isFile) {
    await sfs.rename(current, join(dir, `${BOOK_FILE}${DAMAGED_INFIX}${stamp(now)}`));
    return false;
  }
  try {
    await sfs.link(current, pending);
  } catch (error) {
    if (isMissing(error)) return false;
    // Filesystems without hard links (FAT, some network shares): a verified copy instead.
    const temp = await writeVerifiedTemp(pending, await readRegularFile(sfs, current), { fs: sfs });
    try {
      await sfs.rename(temp, pending);
    } catch (renameError) {
      await sfs.rm(temp, { force: true }).catch(() => undefined);
      throw renameError;
    }
  }
  return true;
}

/**
 * Saves `book` as the new current generation of `dir`. Order: the new file is written, fsynced and
 * read back (temp); the current file is linked aside as bak0; the temp is renamed over the current;
 * the folder is fsynced; only then does history rotate (bak0 -> bak1 ...). A failure before the
 * rename leaves book.json and every backup exactly as they were, and no temp behind.
 */
export async function saveGeneration(
  dir: string,
  book: Book,
  savedAt: string,
  io: GenerationIo & { hooks?: AtomicWriteHooks; now?: Date },
): Promise<SaveOutcome> {
  const { fs: sfs, cipher } = io;
  const keep = io.keep ?? DEFAULT_BACKUPS;
  const text = serializeBookFile(book, savedAt);
  assertStorable(book, text);
  const sealed = cipher.seal(Buffer.from(text, 'utf8'), sealLabel.book(book.id));
  await sfs.mkdir(dir, { recursive: true, mode: 0o700 });
  await removeStaleTemps(dir, sfs);
  await settlePending(sfs, dir, keep);
  const current = join(dir, BOOK_FILE);
  const temp = await writeVerifiedTemp(current, sealed, { fs: sfs });
  let linked = false;
  try {
    await io.hooks?.beforeRename?.(temp);
    linked = await preserveCurrent(sfs, dir, io.now ?? new Date());
    await sfs.rename(temp, current);
  } catch (error) {
    await sfs.rm(temp, { force: true }).catch(() => undefined);
    // The rename did not happen: bak0 is the unchanged current file, so dropping it changes nothing.
    if (linked) await sfs.rm(join(dir, PENDING_BACKUP), { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir, sfs);
  try {
    await rotate(sfs, dir, keep);
    await fsyncDir(dir, sfs);
    return { rotationProblem: null };
  } catch (error) {
    // Saved; bak0 stays and the next save (or load) finishes the rotation.
    return { rotationProblem: describeFsError(error) };
  }
}

/** Generation file names, newest first. */
export function generationNames(keep = DEFAULT_BACKUPS): string[] {
  return [BOOK_FILE, PENDING_BACKUP, ...Array.from({ length: keep }, (_, i) => backupName(i + 1))];
}

/**
 * Loads the newest generation that is a readable regular file, authenticates, passes its checksum
 * and the schema, and holds `expectedId`. Whatever is wrong with a file (missing, a directory, a
 * FIFO, no permission, truncated, zero-filled, altered) only moves on to the next one. If a backup
 * is used, the damaged current file is kept as book.json.damaged-<time> and the backup becomes
 * current again. Throws not-found when the folder holds no book at all, and validation (listing
 * every generation's problem) when none is readable.
 */
export async function loadGenerations(
  dir: string,
  expectedId: string,
  now: Date,
  io: GenerationIo,
): Promise<LoadOutcome> {
  const { fs: sfs, cipher } = io;
  const names = generationNames(io.keep ?? DEFAULT_BACKUPS);
  const problems: string[] = [];
  let missing = 0;
  for (const [i, name] of names.entries()) {
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(sfs, join(dir, name));
    } catch (error) {
      if (isMissing(error)) {
        missing++;
        // bak0 exists only while a save is in flight: its absence is not worth reporting.
        if (name !== PENDING_BACKUP) problems.push(`${name}: missing`);
      } else {
        problems.push(`${name}: ${describeFsError(error)}`);
      }
      continue;
    }
    try {
      const text = cipher.open(bytes, sealLabel.book(expectedId), name).toString('utf8');
      const book = readBookFile(text, name, { requireChecksum: true });
      if (book.id !== expectedId)
        throw new Error(`${name}: holds book "${book.id}", expected "${expectedId}"`);
      if (i === 0) return { book, recovery: null };
      return { book, recovery: await promoteBackup(sfs, dir, name, bytes, problems, now) };
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (missing === names.length)
    throw new AppFailure('not-found', `No book with id "${expectedId}"`);
  throw new AppFailure(
    'validation',
    `Book "${expectedId}" could not be read; every saved copy is damaged:\n${problems.join('\n')}`,
  );
}

/** Keeps the damaged current file aside and makes the good backup current again; never throws. */
async function promoteBackup(
  sfs: StorageFs,
  dir: string,
  from: string,
  sealed: Buffer,
  problems: string[],
  now: Date,
): Promise<Recovery> {
  const current = join(dir, BOOK_FILE);
  let damagedKeptAs: string | null = null;
  try {
    const aside = `${BOOK_FILE}${DAMAGED_INFIX}${stamp(now)}`;
    try {
      await sfs.rename(current, join(dir, aside));
      damagedKeptAs = aside;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    const temp = await writeVerifiedTemp(current, sealed, { fs: sfs });
    try {
      await sfs.rename(temp, current);
    } catch (error) {
      await sfs.rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
    await fsyncDir(dir, sfs);
    return { from, problems, damagedKeptAs };
  } catch (error) {
    return { from, problems, damagedKeptAs, promoteProblem: describeFsError(error) };
  }
}
