// Recovery journal: unsaved editor state per book, sealed and written crash-safely, read back after a crash, cleared on save.
import { join } from 'node:path';
import type { Book } from '../../core/book/schema';
import type { AppNotice, JournalEntry } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { removeStaleTemps, writeFileAtomic } from './atomicWrite';
import { assertStorable, readBookFile, serializeBookFile } from './bookFile';
import { resolveCipher, sealLabel, type CipherSource, type DataCipher } from './cipher';
import { describeFsError, nodeFs, readRegularFile, type StorageFs } from './fsSeam';
import { DAMAGED_INFIX, isMissing, storageLayout, type StorageLayout } from './layout';

export interface RecoveryJournalOptions {
  userDataDir: string;
  /** Seals every entry (AES-256-GCM under the library's data key). */
  cipher: CipherSource;
  now?: () => Date;
  notify?: (notice: AppNotice) => void;
  /** File-system seam (tests inject faults). */
  fs?: StorageFs;
}

/** The hot-exit journal: one sealed, checksummed file per book under userData/journal/. */
export class RecoveryJournal {
  private readonly layout: StorageLayout;
  private readonly now: () => Date;
  private readonly notify: (notice: AppNotice) => void;
  private readonly fs: StorageFs;
  private opened: Promise<DataCipher> | undefined;

  constructor(private readonly options: RecoveryJournalOptions) {
    this.layout = storageLayout(options.userDataDir);
    this.now = options.now ?? (() => new Date());
    this.notify = options.notify ?? (() => undefined);
    this.fs = options.fs ?? nodeFs;
  }

  /** First use: unlock the key and remove temp files a crash left behind (no write of ours is in flight yet). */
  private ready(): Promise<DataCipher> {
    return (this.opened ??= (async () => {
      const cipher = await resolveCipher(this.options.cipher);
      await removeStaleTemps(this.layout.journal, this.fs);
      return cipher;
    })().catch((error: unknown) => {
      this.opened = undefined; // e.g. a wrong passphrase: the next use tries again
      throw error;
    }));
  }

  /** Stores the editor's current state of `book` (replacing the previous entry atomically). */
  async write(book: Book): Promise<void> {
    const cipher = await this.ready();
    const text = serializeBookFile(book, this.now().toISOString());
    assertStorable(book, text);
    await this.fs.mkdir(this.layout.journal, { recursive: true, mode: 0o700 });
    const sealed = cipher.seal(Buffer.from(text, 'utf8'), sealLabel.journal(book.id));
    await writeFileAtomic(this.layout.journalFile(book.id), sealed, {}, this.fs);
  }

  /** The unsaved state left for `id`, or null. A damaged entry is kept aside and reported, never used. */
  async get(id: string): Promise<JournalEntry | null> {
    const cipher = await this.ready();
    const path = this.layout.journalFile(id);
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(this.fs, path);
    } catch (error) {
      if (isMissing(error)) return null;
      if ((error as NodeJS.ErrnoException).code !== 'ENOTREG') {
        throw new AppFailure(
          'io',
          `Could not read the recovery journal: ${describeFsError(error)}`,
        );
      }
      return this.setAside(path, error);
    }
    try {
      const text = cipher.open(bytes, sealLabel.journal(id), `journal/${id}.json`).toString('utf8');
      const book = readBookFile(text, `journal/${id}.json`, { requireChecksum: true });
      if (book.id !== id) throw new Error(`holds book "${book.id}"`);
      const savedAt = (
        JSON.parse(text.slice(0, text.indexOf(',"book":')) + '}') as { savedAt: string }
      ).savedAt;
      return { book, journaledAt: savedAt };
    } catch (error) {
      return this.setAside(path, error);
    }
  }

  /** Keeps a damaged entry aside (never deleted) and tells the user. */
  private async setAside(path: string, error: unknown): Promise<null> {
    const aside = `${path}${DAMAGED_INFIX}${this.now().toISOString().replace(/[:.]/g, '-')}`;
    const moved = await this.fs.rename(path, aside).then(
      () => true,
      () => false,
    );
    this.notify({
      level: 'warning',
      message: `Unsaved changes recovered for a book could not be read (${(error as Error).message}); ${moved ? `the journal file was kept as ${aside}` : `the journal file ${path} could not be moved aside`}.`,
    });
    return null;
  }

  /** Removes the journal entry for `id` (after a save or when the user discards recovered changes). */
  async discard(id: string): Promise<void> {
    await this.fs.rm(this.layout.journalFile(id), { force: true });
  }

  /** Ids of books that have unsaved state in the journal. */
  async ids(): Promise<string[]> {
    await this.ready();
    const names = await this.fs.readdir(this.layout.journal).catch(() => [] as string[]);
    return names.filter((n) => /^[A-Za-z0-9_-]{1,64}\.json$/.test(n)).map((n) => n.slice(0, -5));
  }
}

/** Every journal file of `id` (its entry and damaged copies kept aside), for moves and permanent deletion. */
export async function journalFilesOf(
  sfs: StorageFs,
  layout: StorageLayout,
  id: string,
): Promise<string[]> {
  const base = `${id}.json`;
  const names = await sfs.readdir(layout.journal).catch(() => [] as string[]);
  return names
    .filter((n) => n === base || n.startsWith(`${base}${DAMAGED_INFIX}`))
    .map((n) => join(layout.journal, n));
}
