// The trash: a deleted book's whole folder (with its backups) moves to userData/trash/<id>/ and can move back.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { TrashedBook } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { fsyncDir, writeFileAtomic } from './atomicWrite';
import type { LoadOutcome } from './generations';
import { TRASH_META_FILE, isMissing, type StorageLayout } from './layout';
import { summarize } from './summary';

const exists = (path: string): Promise<boolean> =>
  fs.stat(path).then(
    () => true,
    () => false,
  );

/** Moves books/<id> to trash/<id> (one rename: nothing is copied or lost) and records when. */
export async function moveToTrash(layout: StorageLayout, id: string, now: Date): Promise<void> {
  const from = layout.bookDir(id);
  const to = layout.trashDir(id);
  if (!(await exists(from))) throw new AppFailure('not-found', `No book with id "${id}"`);
  if (await exists(to))
    throw new AppFailure(
      'io',
      `The trash already holds a book with id "${id}"; restore or remove it first`,
    );
  await fs.mkdir(layout.trash, { recursive: true });
  await fs.rename(from, to);
  await fsyncDir(layout.books);
  await fsyncDir(layout.trash);
  await writeFileAtomic(
    join(to, TRASH_META_FILE),
    JSON.stringify({ trashedAt: now.toISOString() }),
  );
}

/** Moves trash/<id> back to books/<id>. */
export async function restoreFromTrash(layout: StorageLayout, id: string): Promise<void> {
  const from = layout.trashDir(id);
  const to = layout.bookDir(id);
  if (!(await exists(from)))
    throw new AppFailure('not-found', `No book with id "${id}" in the trash`);
  if (await exists(to))
    throw new AppFailure('io', `The library already holds a book with id "${id}"`);
  await fs.rm(join(from, TRASH_META_FILE), { force: true });
  await fs.mkdir(layout.books, { recursive: true });
  await fs.rename(from, to);
  await fsyncDir(layout.trash);
  await fsyncDir(layout.books);
}

async function trashedAt(dir: string): Promise<string> {
  try {
    const meta = JSON.parse(await fs.readFile(join(dir, TRASH_META_FILE), 'utf8')) as {
      trashedAt?: unknown;
    };
    if (typeof meta.trashedAt === 'string') return meta.trashedAt;
  } catch (error) {
    if (!isMissing(error) && !(error instanceof SyntaxError)) throw error;
  }
  // Crash between the move and the metadata write: the folder's own time is the best we have.
  return (await fs.stat(dir)).mtime.toISOString();
}

/** Trashed books, most recently trashed first; unreadable ones are skipped (their files stay in the trash). */
export async function listTrash(
  layout: StorageLayout,
  load: (dir: string, id: string) => Promise<LoadOutcome>,
): Promise<TrashedBook[]> {
  let names: string[];
  try {
    names = (await fs.readdir(layout.trash, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
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
          const { book } = await load(dir, id);
          return { ...summarize(book), trashedAt: await trashedAt(dir) };
        } catch {
          return null;
        }
      }),
  );
  return rows
    .filter((r): r is TrashedBook => r !== null)
    .sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
}
