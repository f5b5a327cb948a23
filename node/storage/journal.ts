// Recovery journal: unsaved editor state per book, written crash-safely, read back after a crash, cleared on save.
import { promises as fs } from 'node:fs';
import type { Book } from '../../core/book/schema';
import type { AppNotice, JournalEntry } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { writeFileAtomic } from './atomicWrite';
import { assertStorable, readBookFile, serializeBookFile } from './bookFile';
import { isMissing, storageLayout, type StorageLayout } from './layout';

export interface RecoveryJournalOptions {
  userDataDir: string;
  now?: () => Date;
  notify?: (notice: AppNotice) => void;
}

/** The hot-exit journal: one checksummed file per book under userData/journal/. */
export class RecoveryJournal {
  private readonly layout: StorageLayout;
  private readonly now: () => Date;
  private readonly notify: (notice: AppNotice) => void;

  constructor(options: RecoveryJournalOptions) {
    this.layout = storageLayout(options.userDataDir);
    this.now = options.now ?? (() => new Date());
    this.notify = options.notify ?? (() => undefined);
  }

  /** Stores the editor's current state of `book` (replacing the previous entry atomically). */
  async write(book: Book): Promise<void> {
    const text = serializeBookFile(book, this.now().toISOString());
    assertStorable(book, text);
    await fs.mkdir(this.layout.journal, { recursive: true });
    await writeFileAtomic(this.layout.journalFile(book.id), text);
  }

  /** The unsaved state left for `id`, or null. A damaged entry is kept aside and reported, never used. */
  async get(id: string): Promise<JournalEntry | null> {
    const path = this.layout.journalFile(id);
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw new AppFailure(
        'io',
        `Could not read the recovery journal: ${(error as Error).message}`,
      );
    }
    try {
      const book = readBookFile(text, `journal/${id}.json`, { requireChecksum: true });
      if (book.id !== id) throw new Error(`holds book "${book.id}"`);
      const savedAt = (
        JSON.parse(text.slice(0, text.indexOf(',"book":')) + '}') as { savedAt: string }
      ).savedAt;
      return { book, journaledAt: savedAt };
    } catch (error) {
      const aside = `${path}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`;
      await fs.rename(path, aside);
      this.notify({
        level: 'warning',
        message: `Unsaved changes recovered for a book could not be read (${(error as Error).message}); the journal file was kept as ${aside}.`,
      });
      return null;
    }
  }

  /** Removes the journal entry for `id` (after a save or when the user discards recovered changes). */
  async discard(id: string): Promise<void> {
    await fs.rm(this.layout.journalFile(id), { force: true });
  }

  /** Ids of books that have unsaved state in the journal. */
  async ids(): Promise<string[]> {
    const names = await fs.readdir(this.layout.journal).catch(() => [] as string[]);
    return names.filter((n) => /^[A-Za-z0-9_-]{1,64}\.json$/.test(n)).map((n) => n.slice(0, -5));
  }
}
