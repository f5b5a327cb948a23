// Reading a book file for the CLI: bounded size, JSON syntax, then the book schema (errors name file and path).
import { basename } from 'node:path';
import type { Book } from '../core/book/schema';
import { migrateBook } from '../core/book/migrate';
import { CliError } from './errors';
import { readTextFile } from './io';

/** Parses and validates one book file; every failure is a one-line CliError or DataValidationError. */
export async function readBookFile(path: string): Promise<Book> {
  const text = await readTextFile(path);
  let data: unknown;
  try {
    // Some editors save UTF-8 with a byte-order mark; it is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`${path}: JSON is nested too deeply`);
    throw new CliError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    // Older formats are migrated first (e.g. format 1 books gain live fields).
    return migrateBook(data, basename(path));
  } catch (error) {
    if (error instanceof RangeError)
      throw new CliError(`${path}: book content is nested too deeply`);
    throw error;
  }
}
