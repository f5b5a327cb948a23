// Reading and writing a book file for the editing commands (set, next-round) through the app's codec and atomic writer.
import type { Book } from '../core/book/schema';
import { assertStorable, readBookFileAt } from '../node/storage/bookFile';
import { writeFileAtomic } from './io';

/**
 * Reads one book file (a bare book or a checksummed envelope) through the app's codec: the same
 * checks as opening it in the app, and an older formatVersion is migrated on the way in.
 */
export function readBookInput(path: string): Promise<Book> {
  return readBookFileAt(path, path, { requireChecksum: false });
}

/** Writes a book as the CLI writes books (pretty JSON), after the app's save-time checks; never a partial file. */
export async function writeBookOutput(path: string, book: Book): Promise<void> {
  const text = `${JSON.stringify(book, null, 2)}\n`;
  assertStorable(book, text, path);
  await writeFileAtomic(path, text);
}
