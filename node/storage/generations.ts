// One book folder's generations: crash-safe save with backup rotation, checksum-verified load with fallback.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Book } from '../../core/book/schema';
import { AppFailure } from '../../core/ipc/result';
import { writeFileAtomic, removeStaleTemps, type AtomicWriteHooks } from './atomicWrite';
import { assertStorable, readBookFile, readBookTextAt, serializeBookFile } from './bookFile';
import { BOOK_FILE, backupName, isMissing } from './layout';

/** How many previous saves are kept next to the current file. */
export const DEFAULT_BACKUPS = 3;

export interface Recovery {
  /** The file the book was read from, e.g. "book.json.bak1". */
  from: string;
  /** Why each newer generation was refused. */
  problems: string[];
  /** Name the damaged current file was moved to (kept, never deleted), or null if it was missing. */
  damagedKeptAs: string | null;
}

export interface LoadOutcome {
  book: Book;
  /** Set when the current file was unreadable and a backup was used. */
  recovery: Recovery | null;
}

/** Rotates backups (bak2 -> bak3, bak1 -> bak2, current -> bak1) without copying bytes where links work. */
async function rotateBackups(dir: string, keep: number): Promise<void> {
  for (let n = keep - 1; n >= 1; n--) {
    await fs.rename(join(dir, backupName(n)), join(dir, backupName(n + 1))).catch((e: unknown) => {
      if (!isMissing(e)) throw e;
    });
  }
  if (keep < 1) return;
  const current = join(dir, BOOK_FILE);
  const bak1 = join(dir, backupName(1));
  await fs.rm(bak1, { force: true });
  try {
    await fs.link(current, bak1);
  } catch (error) {
    if (isMissing(error)) return;
    // Filesystems without hard links (FAT, some network shares): copy instead.
    await fs.copyFile(current, bak1);
  }
}

/**
 * Saves `book` as the new current generation of `dir`. The previous current becomes backup 1
 * before the atomic replace, so a crash at any point leaves the last good save readable.
 */
export async function saveGeneration(
  dir: string,
  book: Book,
  savedAt: string,
  options: { keep?: number; hooks?: AtomicWriteHooks } = {},
): Promise<void> {
  const text = serializeBookFile(book, savedAt);
  assertStorable(book, text);
  await fs.mkdir(dir, { recursive: true });
  await removeStaleTemps(dir);
  await rotateBackups(dir, options.keep ?? DEFAULT_BACKUPS);
  await writeFileAtomic(join(dir, BOOK_FILE), text, options.hooks);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Loads the newest generation that parses, passes its checksum and the schema, and holds `expectedId`.
 * If that is a backup, the damaged current file is kept as book.json.damaged-<time> and the good
 * backup becomes current again. Throws not-found when the folder holds no book at all, and
 * validation (listing every generation's problem) when none is readable.
 */
export async function loadGenerations(
  dir: string,
  expectedId: string,
  now: Date,
  keep = DEFAULT_BACKUPS,
): Promise<LoadOutcome> {
  const names = [BOOK_FILE, ...Array.from({ length: keep }, (_, i) => backupName(i + 1))];
  const problems: string[] = [];
  let missing = 0;
  for (const [i, name] of names.entries()) {
    let text: string;
    try {
      // Through the codec's file gate: a directory, FIFO or oversized file is refused, never read or waited on.
      text = await readBookTextAt(join(dir, name), name);
    } catch (error) {
      if (!isMissing(error))
        throw new AppFailure('io', `Could not read ${name}: ${(error as Error).message}`);
      missing++;
      problems.push(`${name}: missing`);
      continue;
    }
    try {
      const book = readBookFile(text, name, { requireChecksum: true });
      if (book.id !== expectedId)
        throw new Error(`${name}: holds book "${book.id}", expected "${expectedId}"`);
      if (i === 0) return { book, recovery: null };
      return { book, recovery: await promoteBackup(dir, name, text, problems, now) };
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'io') throw error;
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

/** Keeps the damaged current file aside and makes the good backup current again. */
async function promoteBackup(
  dir: string,
  from: string,
  text: string,
  problems: string[],
  now: Date,
): Promise<Recovery> {
  const current = join(dir, BOOK_FILE);
  let damagedKeptAs: string | null = `${BOOK_FILE}.damaged-${stamp(now)}`;
  try {
    await fs.rename(current, join(dir, damagedKeptAs));
  } catch (error) {
    if (!isMissing(error)) throw error;
    damagedKeptAs = null;
  }
  await writeFileAtomic(current, text);
  return { from, problems, damagedKeptAs };
}
