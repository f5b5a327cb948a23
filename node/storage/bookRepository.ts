// The one place books live: userData/books/<id>/ sealed generations, the summary index, trash, import and export.
import { join } from 'node:path';
import { isBookCleared } from '../../core/clearance/tracker';
import type { Book } from '../../core/book/schema';
import type { AppNotice, BookSummary, TrashedBook } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { removeStaleTemps, type AtomicWriteHooks } from './atomicWrite';
import { readBookFile, serializeBookFile } from './bookFile';
import { resolveCipher, type CipherSource, type DataCipher } from './cipher';
import { describeFsError, nodeFs, type StorageFs } from './fsSeam';
import { DEFAULT_BACKUPS, loadGenerations, saveGeneration, type LoadOutcome } from './generations';
import { KeyedMutex } from './keyedMutex';
import { recoveryNotice } from './recoveryNotice';
import { BOOK_FILE, isMissing, storageLayout, type StorageLayout } from './layout';
import { summarize } from './summary';
import { readIndex, writeIndex, type IndexEntry } from './summaryIndex';
import { listTrash, moveToTrash, purgeFromTrash, restoreFromTrash } from './trash';

export interface BookRepositoryOptions {
  /** The app's userData folder; books live in <userDataDir>/books. */
  userDataDir: string;
  /** Seals every stored file (AES-256-GCM under the library's data key). */
  cipher: CipherSource;
  now?: () => Date;
  /** Previous saves kept per book (default 3). */
  backups?: number;
  /** Receives user-facing notices (e.g. a damaged book was recovered from a backup, a save failed). */
  notify?: (notice: AppNotice) => void;
  /** Test hooks to simulate a failure inside a save. */
  writeHooks?: AtomicWriteHooks;
  /** File-system seam (tests inject faults); default the real file system. */
  fs?: StorageFs;
}

const BOOK_DIR = /^[A-Za-z0-9_-]{1,64}$/;
/** Lock key of the summary index (not a valid book id, so it never collides with one). */
const INDEX_LOCK = ':index';

/** Books as crash-safe, sealed, checksummed files with backups, a fast summary index and an undoable trash. */
export class BookRepository {
  readonly layout: StorageLayout;
  private readonly now: () => Date;
  private readonly keep: number;
  private readonly notify: (notice: AppNotice) => void;
  private readonly fs: StorageFs;
  private readonly locks = new KeyedMutex();
  private opened: Promise<DataCipher> | undefined;

  constructor(private readonly options: BookRepositoryOptions) {
    this.layout = storageLayout(options.userDataDir);
    this.now = options.now ?? (() => new Date());
    this.keep = options.backups ?? DEFAULT_BACKUPS;
    this.notify = options.notify ?? (() => undefined);
    this.fs = options.fs ?? nodeFs;
  }

  /**
   * First use ("start-up"): unlock the key and remove the temp files crashed saves left in the
   * library, the book folders and the trash. Nothing of ours is in flight yet, so none is live.
   */
  private ready(): Promise<DataCipher> {
    return (this.opened ??= (async () => {
      const cipher = await resolveCipher(this.options.cipher);
      for (const root of [this.layout.books, this.layout.trash]) {
        await removeStaleTemps(root, this.fs);
        for (const id of await this.subdirs(root)) {
          await removeStaleTemps(join(root, id), this.fs);
        }
      }
      return cipher;
    })().catch((error: unknown) => {
      this.opened = undefined; // e.g. a wrong passphrase: the next use tries again
      throw error;
    }));
  }

  private io(cipher: DataCipher) {
    return { fs: this.fs, cipher, keep: this.keep };
  }

  private async subdirs(root: string): Promise<string[]> {
    const names = await this.fs.readdir(root).catch((e: unknown) => {
      if (isMissing(e)) return [] as string[];
      throw e;
    });
    const dirs = await Promise.all(
      names
        .filter((n) => BOOK_DIR.test(n))
        .map(async (n) =>
          (await this.fs.lstat(join(root, n)).catch(() => null))?.isDirectory() ? n : null,
        ),
    );
    return dirs.filter((n): n is string => n !== null);
  }

  /** Library rows, newest change first. Rows come from the index unless the book file changed since. */
  async list(): Promise<BookSummary[]> {
    const cipher = await this.ready();
    await this.fs.mkdir(this.layout.books, { recursive: true, mode: 0o700 });
    const dirs = await this.subdirs(this.layout.books);
    const { entries: index, problem } = await readIndex(this.layout.index, this.io(cipher));
    if (problem) {
      this.notify({
        level: 'info',
        message: `The library index could not be read (${problem}); it was rebuilt from the book files.`,
      });
    }
    const fresh = new Map<string, IndexEntry>();
    let changed = index.size !== dirs.length;
    await Promise.all(
      dirs.map(async (id) => {
        const cached = index.get(id);
        const stat = await this.fs.stat(join(this.layout.bookDir(id), BOOK_FILE)).catch(() => null);
        if (cached && stat && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
          fresh.set(id, cached);
          return;
        }
        changed = true;
        try {
          const entry = await this.entryFor(id);
          fresh.set(id, entry);
        } catch (error) {
          this.notify({
            level: 'warning',
            message: `A book folder (${id}) could not be listed: ${(error as Error).message}`,
          });
        }
      }),
    );
    if (changed) {
      await this.locks
        .run(INDEX_LOCK, () => writeIndex(this.layout.index, fresh, this.io(cipher)))
        .catch(() => undefined); // A cache: the next list rebuilds it.
    }
    return [...fresh.values()]
      .map((e) => e.summary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Keeps the index current (set or remove one entry); a failure only costs a re-read on the next list. */
  private async indexEntry(id: string, summary: BookSummary | null): Promise<void> {
    const cipher = await this.ready();
    await this.locks.run(INDEX_LOCK, async () => {
      try {
        const { entries: index } = await readIndex(this.layout.index, this.io(cipher));
        if (summary) {
          const stat = await this.fs.stat(join(this.layout.bookDir(id), BOOK_FILE));
          index.set(id, { mtimeMs: stat.mtimeMs, size: stat.size, summary });
        } else {
          index.delete(id);
        }
        await writeIndex(this.layout.index, index, this.io(cipher));
      } catch {
        // The index is a cache: list() revalidates every entry against the book files.
      }
    });
  }

  private async entryFor(id: string): Promise<IndexEntry> {
    const book = await this.get(id);
    const stat = await this.fs.stat(join(this.layout.bookDir(id), BOOK_FILE));
    return { mtimeMs: stat.mtimeMs, size: stat.size, summary: summarize(book) };
  }

  /** One book, authenticated and checksum-verified; falls back to the newest good backup and says so in a notice. */
  async get(id: string): Promise<Book> {
    return (await this.load(id)).book;
  }

  /** Like get, but also returns whether a backup had to be used. */
  load(id: string): Promise<LoadOutcome> {
    return this.locks.run(id, async () => {
      const outcome = await this.loadUnlocked(this.layout.bookDir(id), id);
      if (outcome.recovery) this.notify(recoveryNotice(this.layout.bookDir(id), outcome));
      return outcome;
    });
  }

  private async loadUnlocked(dir: string, id: string): Promise<LoadOutcome> {
    const cipher = await this.ready();
    try {
      return await loadGenerations(dir, id, this.now(), this.io(cipher));
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'not-found' && (await this.isTrashed(id))) {
        throw new AppFailure('not-found', `Book "${id}" is in the trash; restore it first`);
      }
      throw error;
    }
  }

  private async isTrashed(id: string): Promise<boolean> {
    return this.fs.lstat(this.layout.trashDir(id)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Crash-safe save (updatedAt set to now); returns the new library row. Refuses books that are in
   * the trash. A failed write leaves the stored book and its backups as they were, and says so.
   */
  save(book: Book): Promise<BookSummary> {
    return this.locks.run(book.id, async () => {
      const cipher = await this.ready();
      if (await this.isTrashed(book.id)) {
        throw new AppFailure(
          'not-found',
          `"${book.title}" is in the trash; restore it before saving`,
        );
      }
      const now = this.now();
      const savedAt = now.toISOString();
      // The stored status mirrors the clearance tracker as of this save (an edit may have made it stale).
      const status = isBookCleared(book) ? 'cleared' : 'draft';
      const stored: Book = {
        ...book,
        clearance: { ...book.clearance, status },
        updatedAt: savedAt,
      };
      const dir = this.layout.bookDir(book.id);
      try {
        const { rotationProblem } = await saveGeneration(dir, stored, savedAt, {
          ...this.io(cipher),
          hooks: this.options.writeHooks,
          now,
        });
        if (rotationProblem) {
          this.notify({
            level: 'warning',
            message: `"${book.title}" was saved, but its backups could not be rotated (${rotationProblem}); the older backups are unchanged.`,
          });
        }
      } catch (error) {
        if (error instanceof AppFailure) throw error;
        const message = `"${book.title}" could not be saved: ${describeFsError(error)}. The last save and every backup are unchanged; your edits are still open.`;
        this.notify({ level: 'warning', message });
        throw new AppFailure('io', message);
      }
      const summary = summarize(stored);
      await this.indexEntry(book.id, summary);
      return summary;
    });
  }

  /** Moves a book (and its journal entry) to the trash (undoable with restore). */
  async trash(id: string): Promise<void> {
    const cipher = await this.ready();
    await this.locks.run(id, () => moveToTrash(this.layout, id, this.now(), this.io(cipher)));
    await this.indexEntry(id, null);
  }

  /** Moves a trashed book back into the library. */
  async restore(id: string): Promise<void> {
    const cipher = await this.ready();
    await this.locks.run(id, () => restoreFromTrash(this.layout, id, this.io(cipher)));
  }

  /**
   * "Delete permanently": removes a trashed book's every generation, backup, damaged copy, journal
   * entry, trash entry and index entry. Only books in the trash can be purged (one step at a time).
   */
  async purge(id: string): Promise<void> {
    const cipher = await this.ready();
    await this.locks.run(id, () => purgeFromTrash(this.layout, id, this.io(cipher)));
    await this.indexEntry(id, null);
  }

  /** Trashed books, most recently trashed first. */
  async listTrash(): Promise<TrashedBook[]> {
    const cipher = await this.ready();
    return listTrash(this.layout, (dir, id) => this.loadUnlocked(dir, id), this.io(cipher));
  }

  /**
   * Imports a book file's text (an exported envelope or a bare book object): validated as hostile
   * input, given `newId`, saved. Throws AppFailure('validation') naming the problem.
   */
  async importText(fileName: string, text: string, newId: string): Promise<Book> {
    const parsed = readBookFile(text, fileName, { requireChecksum: false });
    const book: Book = { ...parsed, id: newId };
    await this.save(book);
    return this.get(newId);
  }

  /** The text of an exported book file (checksummed plaintext envelope: exports are the user's choice), and the book it holds. */
  async exportText(id: string): Promise<{ book: Book; text: string }> {
    const book = await this.get(id);
    return { book, text: serializeBookFile(book, this.now().toISOString()) };
  }

  /** True if a live (not trashed) book with this id exists. */
  async exists(id: string): Promise<boolean> {
    return this.fs.lstat(this.layout.bookDir(id)).then(
      () => true,
      (e: unknown) => (isMissing(e) ? false : Promise.reject(e)),
    );
  }
}
