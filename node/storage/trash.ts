// The trash: a deleted book's whole folder (with its backups and journal entry) moves to userData/trash/<id>/, can move back, or be purged.
import { basename, join } from 'node:path';
import type { TrashedBook } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { fsyncDir, writeFileAtomic } from './atomicWrite';
import { sealLabel, type DataCipher } from './cipher';
import { readRegularFile, type StorageFs } from './fsSeam';
import type { LoadOutcome } from './generations';
import { journalFilesOf } from './journal';
import { TRASHED_JOURNAL_FILE, TRASH_META_FILE, isMissing, type StorageLayout } from './layout';
import { summarize } from './summary';

interface TrashIo {
  fs: StorageFs;
  cipher: DataCipher;
}

const exists = (sfs: StorageFs, path: string): Promise<boolean> =>
  sfs.lstat(path).then(
    () => true,
    (e: unknown) => (isMissing(e) ? false : Promise.reject(e)),
  );

/**
 * Moves books/<id> to trash/<id> (one rename: nothing is copied or lost), moves the book's journal
 * entry into it (so unsaved changes neither linger in the journal nor get lost), and records when.
 */
export async function moveToTrash(
  layout: StorageLayout,
  id: string,
  now: Date,
  io: TrashIo,
): Promise<void> {
  const sfs = io.fs;
  const from = layout.bookDir(id);
  const to = layout.trashDir(id);
  if (!(await exists(sfs, from))) throw new AppFailure('not-found', `No book with id "${id}"`);
  if (await exists(sfs, to))
    throw new AppFailure(
      'io',
      `The trash already holds a book with id "${id}"; restore or remove it first`,
    );
  await sfs.mkdir(layout.trash, { recursive: true, mode: 0o700 });
  await sfs.rename(from, to);
  await fsyncDir(layout.books, sfs);
  await fsyncDir(layout.trash, sfs);
  const entry = layout.journalFile(id);
  await sfs.rename(entry, join(to, TRASHED_JOURNAL_FILE)).catch((e: unknown) => {
    if (!isMissing(e)) throw e;
  });
  await fsyncDir(layout.journal, sfs).catch(() => undefined);
  const meta = JSON.stringify({ trashedAt: now.toISOString() });
  await writeFileAtomic(
    join(to, TRASH_META_FILE),
    io.cipher.seal(Buffer.from(meta, 'utf8'), sealLabel.trashMeta(id)),
    {},
    sfs,
  );
}

/** Moves trash/<id> back to books/<id>, and its journal entry back to the journal. */
export async function restoreFromTrash(
  layout: StorageLayout,
  id: string,
  io: TrashIo,
): Promise<void> {
  const sfs = io.fs;
  const from = layout.trashDir(id);
  const to = layout.bookDir(id);
  if (!(await exists(sfs, from)))
    throw new AppFailure('not-found', `No book with id "${id}" in the trash`);
  if (await exists(sfs, to))
    throw new AppFailure('io', `The library already holds a book with id "${id}"`);
  await sfs.rm(join(from, TRASH_META_FILE), { force: true });
  const trashedJournal = join(from, TRASHED_JOURNAL_FILE);
  if (await exists(sfs, trashedJournal)) {
    await sfs.mkdir(layout.journal, { recursive: true, mode: 0o700 });
    await sfs.rename(trashedJournal, layout.journalFile(id));
  }
  await sfs.mkdir(layout.books, { recursive: true, mode: 0o700 });
  await sfs.rename(from, to);
  await fsyncDir(layout.trash, sfs);
  await fsyncDir(layout.books, sfs);
}

/**
 * Deletes a trashed book for good: its trash folder (every generation, backup, damaged copy and
 * the journal entry moved there) and any journal file still under journal/. Returns what it removed.
 */
export async function purgeFromTrash(
  layout: StorageLayout,
  id: string,
  io: TrashIo,
): Promise<string[]> {
  const sfs = io.fs;
  const dir = layout.trashDir(id);
  if (!(await exists(sfs, dir)))
    throw new AppFailure('not-found', `No book with id "${id}" in the trash`);
  const journalFiles = await journalFilesOf(sfs, layout, id);
  for (const path of journalFiles) await sfs.rm(path, { force: true });
  await sfs.rm(dir, { recursive: true, force: true });
  await fsyncDir(layout.trash, sfs);
  await fsyncDir(layout.journal, sfs).catch(() => undefined);
  return [dir, ...journalFiles].map((p) => basename(p));
}

async function trashedAt(dir: string, id: string, io: TrashIo): Promise<string> {
  try {
    const bytes = await readRegularFile(io.fs, join(dir, TRASH_META_FILE));
    const text = io.cipher.open(bytes, sealLabel.trashMeta(id), TRASH_META_FILE).toString('utf8');
    const meta = JSON.parse(text) as { trashedAt?: unknown };
    if (typeof meta.trashedAt === 'string') return meta.trashedAt;
  } catch {
    // Crash between the move and the metadata write, or a damaged file: fall through.
  }
  // The folder's own time is the best we have.
  return (await io.fs.stat(dir)).mtime.toISOString();
}

/** Trashed books, most recently trashed first; unreadable ones are skipped (their files stay in the trash). */
export async function listTrash(
  layout: StorageLayout,
  load: (dir: string, id: string) => Promise<LoadOutcome>,
  io: TrashIo,
): Promise<TrashedBook[]> {
  let names: string[];
  try {
    names = await io.fs.readdir(layout.trash);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const rows = await Promise.all(
    names
      .filter((n) => /^[A-Za-z0-9_-]{1,64}$/.test(n))
      .map(async (id) => {
        const dir = layout.trashDir(id);
        try {
          if (!(await io.fs.lstat(dir)).isDirectory()) return null;
          const { book } = await load(dir, id);
          return { ...summarize(book), trashedAt: await trashedAt(dir, id, io) };
        } catch {
          return null;
        }
      }),
  );
  return rows
    .filter((r): r is TrashedBook => r !== null)
    .sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
}
