// The one place books live: userData/books/<id>/ generations, the summary index, trash, import and export.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Book } from '../../core/book/schema';
import type { AppNotice, BookSummary, TrashedBook } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import type { AtomicWriteHooks } from './atomicWrite';
import { readBookFile, serializeBookFile } from './bookFile';
import { DEFAULT_BACKUPS, loadGenerations, saveGeneration, type LoadOutcome } from './generations';
import { KeyedMutex } from './keyedMutex';
import { recoveryNotice } from './recoveryNotice';
import { BOOK_FILE, isMissing, storageLayout, type StorageLayout } from './layout';
import { summarize } from './summary';
import { readIndex, writeIndex, type IndexEntry } from './summaryIndex';
import { listTrash, moveToTrash, restoreFromTrash } from './trash';

export interface BookRepositoryOptions {
  /** The app's userData folder; books live in <userDataDir>/books. */
  userDataDir: string;
  now?: () => Date;
  /** Previous saves kept per book (default 3). */
  backups?: number;
  /** Receives user-facing notices (e.g. a damaged book was recovered from a backup). */
  notify?: (notice: AppNotice) => void;
  /** Test hooks to simulate a crash inside a save. */
  writeHooks?: AtomicWriteHooks;
}

const BOOK_DIR = /^[A-Za-z0-9_-]{1,64}$/;
/** Lock key of the summary index (not a valid book id, so it never collides with one). */
const INDEX_LOCK = ':index';

/** Books as crash-safe, checksummed files with backups, a fast summary index and an undoable trash. */
export class BookRepository {
  readonly layout: StorageLayout;
  private readonly now: () => Date;
  private readonly keep: number;
  private readonly notify: (notice: AppNotice) => void;
  private readonly locks = new KeyedMutex();

  constructor(private readonly options: BookRepositoryOptions) {
    this.layout = storageLayout(options.userDataDir);
    this.now = options.now ?? (() => new Date());
    this.keep = options.backups ?? DEFAULT_BACKUPS;
    this.notify = options.notify ?? (() => undefined);
  }

  /** Library rows, newest change first. Rows come from the index unless the book file changed since. */
  async list(): Promise<BookSummary[]> {
    await fs.mkdir(this.layout.books, { recursive: true });
    const dirs = (await fs.readdir(this.layout.books, { withFileTypes: true }))
      .filter((d) => d.isDirectory() && BOOK_DIR.test(d.name))
      .map((d) => d.name);
    const index = await readIndex(this.layout.index);
    const fresh = new Map<string, IndexEntry>();
    let changed = index.size !== dirs.length;
    await Promise.all(
      dirs.map(async (id) => {
        const cached = index.get(id);
        const stat = await fs.stat(join(this.layout.bookDir(id), BOOK_FILE)).catch(() => null);
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
    if (changed) await this.locks.run(INDEX_LOCK, () => writeIndex(this.layout.index, fresh));
    return [...fresh.values()]
      .map((e) => e.summary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Keeps the index current after a save, so the next list needs no re-read (a failure only costs a re-read). */
  private async indexEntry(id: string, summary: BookSummary): Promise<void> {
    await this.locks.run(INDEX_LOCK, async () => {
      try {
        const stat = await fs.stat(join(this.layout.bookDir(id), BOOK_FILE));
        const index = await readIndex(this.layout.index);
        index.set(id, { mtimeMs: stat.mtimeMs, size: stat.size, summary });
        await writeIndex(this.layout.index, index);
      } catch {
        // The index is a cache: list() revalidates every entry against the book files.
      }
    });
  }

  private async entryFor(id: string): Promise<IndexEntry> {
    const book = await this.get(id);
    const stat = await fs.stat(join(this.layout.bookDir(id), BOOK_FILE));
    return { mtimeMs: stat.mtimeMs, size: stat.size, summary: summarize(book) };
  }

  /** One book, checksum-verified; falls back to the newest good backup and says so in a notice. */
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
    try {
      return await loadGenerations(dir, id, this.now(), this.keep);
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'not-found' && (await this.isTrashed(id))) {
        throw new AppFailure('not-found', `Book "${id}" is in the trash; restore it first`);
      }
      throw error;
    }
  }

  private async isTrashed(id: string): Promise<boolean> {
    return fs.stat(this.layout.trashDir(id)).then(
      () => true,
      () => false,
    );
  }

  /** Crash-safe save (updatedAt set to now); returns the new library row. Refuses books that are in the trash. */
  save(book: Book): Promise<BookSummary> {
    return this.locks.run(book.id, async () => {
      if (await this.isTrashed(book.id)) {
        throw new AppFailure(
          'not-found',
          `"${book.title}" is in the trash; restore it before saving`,
        );
      }
      const savedAt = this.now().toISOString();
      const stored: Book = { ...book, updatedAt: savedAt };
      const dir = this.layout.bookDir(book.id);
      await saveGeneration(dir, stored, savedAt, {
        keep: this.keep,
        hooks: this.options.writeHooks,
      });
      const summary = summarize(stored);
      await this.indexEntry(book.id, summary);
      return summary;
    });
  }

  /** Moves a book to the trash (undoable with restore). */
  trash(id: string): Promise<void> {
    return this.locks.run(id, () => moveToTrash(this.layout, id, this.now()));
  }

  /** Moves a trashed book back into the library. */
  restore(id: string): Promise<void> {
    return this.locks.run(id, () => restoreFromTrash(this.layout, id));
  }

  /** Trashed books, most recently trashed first. */
  listTrash(): Promise<TrashedBook[]> {
    return listTrash(this.layout, (dir, id) => this.loadUnlocked(dir, id));
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

  /** The text of an exported book file (checksummed envelope), and the book it holds. */
  async exportText(id: string): Promise<{ book: Book; text: string }> {
    const book = await this.get(id);
    return { book, text: serializeBookFile(book, this.now().toISOString()) };
  }

  /** True if a live (not trashed) book with this id exists. */
  async exists(id: string): Promise<boolean> {
    return fs.stat(this.layout.bookDir(id)).then(
      () => true,
      (e: unknown) => (isMissing(e) ? false : Promise.reject(e)),
    );
  }
}
