// Reading and writing a book file for the editing commands (set, next-round): the one place to switch codecs.
import { basename } from 'node:path';
import type { Book } from '../core/book/schema';
import { readBookFile } from '../node/storage/bookFile';
import { writeFileAtomic } from '../node/storage/atomicWrite';
import { CliError } from './errors';
import { readTextFile } from './io';

/**
 * Reads one book file (a bare book or a checksummed envelope) through the storage codec, so an
 * older formatVersion is migrated on the way in. Failures are one-line errors naming the file.
 */
export async function readBookInput(path: string): Promise<Book> {
  const text = await readTextFile(path);
  try {
    return readBookFile(text, basename(path), { requireChecksum: false });
  } catch (error) {
    if (error instanceof RangeError)
      throw new CliError(`${path}: book content is nested too deeply`);
    throw error;
  }
}

/** Writes a book as the CLI writes books (pretty JSON), atomically: never a partial file. */
export async function writeBookOutput(path: string, book: Book): Promise<void> {
  try {
    await writeFileAtomic(path, `${JSON.stringify(book, null, 2)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot write (${code ?? (error as Error).message})`);
  }
}
