// Where books, backups, the summary index, the trash and the recovery journal live under userData.
import { join } from 'node:path';
import { AppFailure } from '../../core/ipc/result';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids become folder names: refuse anything that is not a plain id (defence in depth behind the IPC schema). */
export function assertBookId(id: string): string {
  if (!ID.test(id))
    throw new AppFailure('invalid-request', `"${id.slice(0, 80)}" is not a valid book id`);
  return id;
}

/** File name of the current generation of a book. */
export const BOOK_FILE = 'book.json';
/** Backup generation n (1 = the previous save). */
export const backupName = (n: number): string => `${BOOK_FILE}.bak${n}`;
/** The previous current file, linked aside during a save until the backups rotate (bak0). */
export const PENDING_BACKUP = backupName(0);
/** Prefix of a damaged file kept aside (never deleted by the app, except by "Delete permanently"). */
export const DAMAGED_INFIX = '.damaged-';
/** A trashed book's journal entry, kept in its trash folder so a restore brings it back. */
export const TRASHED_JOURNAL_FILE = 'journal.json';
/** The wrapped data key (see keyring.ts). */
export const KEYSTORE_FILE = 'keystore.json';
/** Metadata written next to a trashed book. */
export const TRASH_META_FILE = 'trashed.json';

/** Paths of the storage layout rooted at the app's userData folder. */
export function storageLayout(userDataDir: string) {
  const books = join(userDataDir, 'books');
  const trash = join(userDataDir, 'trash');
  const journal = join(userDataDir, 'journal');
  return {
    books,
    trash,
    journal,
    index: join(books, 'index.json'),
    keystore: join(userDataDir, KEYSTORE_FILE),
    bookDir: (id: string) => join(books, assertBookId(id)),
    trashDir: (id: string) => join(trash, assertBookId(id)),
    journalFile: (id: string) => join(journal, `${assertBookId(id)}.json`),
  };
}
export type StorageLayout = ReturnType<typeof storageLayout>;

/** True when `error` is a missing-file error. */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
