// The one book-file codec, for the app (open, import, save) and the CLI (validate, export, new).
import { createHash } from 'node:crypto';
import { migrateBookData } from '../../core/book/migrate';
import { BookSchema, type Book } from '../../core/book/schema';
import { AppFailure } from '../../core/ipc/result';
import { DataValidationError, parseOrThrow } from '../../core/validation/formatZodError';
import { assertBookSemantics } from './bookSemantics';
import { assertContentLimits } from './contentLimits';
import { assertTextSize, readBookFileBytes } from './fileGate';
import { assertSafeJson, parseJsonText } from './jsonGuards';
import { decodeBookBytes, normalizeBookText } from './textEncoding';

// Every way in runs the same steps: 1 a regular file under the size cap (fileGate, textEncoding),
// 2 JSON parse and 3 iterative limits (jsonGuards, contentLimits), 4 migration and the strict
// schemas, 5 semantic checks (bookSemantics), 6 the book returned is the schema parse's output,
// built from the freshly parsed text: the input is never merged into an existing object.

export const BOOK_FILE_KIND = 'briefing-book';

/** sha256 (hex) of a string's UTF-8 bytes. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Serialises a book as an envelope whose checksum covers `JSON.stringify(book)` exactly. */
export function serializeBookFile(book: Book, savedAt: string): string {
  const canonical = JSON.stringify(book);
  const head = JSON.stringify({
    kind: BOOK_FILE_KIND,
    checksum: `sha256:${sha256(canonical)}`,
    savedAt,
  });
  return `${head.slice(0, -1)},"book":${canonical}}\n`;
}

/**
 * Steps 3 to 6 for an already-parsed value: explicit migration, content limits, BookSchema (strict),
 * semantic checks. The result is built by the schema parse, never the input object itself.
 */
export function decodeBook(raw: unknown, fileName: string): Book {
  try {
    const migrated = migrateBookData(raw, fileName);
    assertContentLimits(migrated, fileName);
    const book = parseOrThrow(BookSchema, migrated, fileName);
    assertBookSemantics(book, fileName);
    return book;
  } catch (error) {
    if (error instanceof DataValidationError) throw new AppFailure('validation', error.message);
    throw error;
  }
}

/**
 * Refuses to write what could not be read back (the read path applies these same limits and
 * checks), so a save can never turn a book into an unreadable file. `text` is the serialised file.
 */
export function assertStorable(book: Book, text: string, what = `"${book.title}"`): void {
  assertTextSize(text, what);
  assertSafeJson(book, what);
  assertContentLimits(book as unknown as Record<string, unknown>, what);
  assertBookSemantics(book, what);
}

export interface ReadBookOptions {
  /** Stored files must carry a valid checksum; imported and CLI files may be a bare book. */
  requireChecksum: boolean;
}

/**
 * Decodes a book file's text (the checksummed envelope, or a bare book unless `requireChecksum`).
 * Throws AppFailure('validation') with a message naming the file and where the problem is.
 */
export function readBookFile(text: string, fileName: string, options: ReadBookOptions): Book {
  assertTextSize(text, fileName);
  const value = parseJsonText(normalizeBookText(text, fileName), fileName);
  const envelope = asEnvelope(value, fileName);
  // The walk runs on the book itself, so a problem has the same JSON path in an envelope and in a bare book.
  const raw = envelope ? envelope.book : value;
  assertSafeJson(raw, fileName);
  if (envelope) {
    if (sha256(JSON.stringify(raw)) !== envelope.checksum.slice('sha256:'.length)) {
      throw new AppFailure(
        'validation',
        `${fileName}: checksum mismatch (the file is damaged or was altered)`,
      );
    }
  } else if (options.requireChecksum) {
    throw new AppFailure('validation', `${fileName}: is not a book envelope with a checksum`);
  }
  return decodeBook(raw, fileName);
}

const ENVELOPE_KEYS = new Set(['kind', 'checksum', 'savedAt', 'book']);

/** The envelope's own fields when `value` is one (it has a "kind"), checked strictly; null for a bare book. */
function asEnvelope(value: unknown, fileName: string): { checksum: string; book: unknown } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  if (!Object.hasOwn(value, 'kind')) return null;
  const env = value as Record<string, unknown>;
  if (env.kind !== BOOK_FILE_KIND) {
    throw new AppFailure(
      'validation',
      `${fileName}: is a "${String(env.kind).slice(0, 60)}" file, not a briefing book`,
    );
  }
  const extra = Object.keys(env).find((k) => !ENVELOPE_KEYS.has(k));
  if (extra !== undefined) {
    throw new AppFailure(
      'validation',
      `${fileName}: the book envelope has an unknown field "${extra.slice(0, 60)}"`,
    );
  }
  if (typeof env.checksum !== 'string' || !env.checksum.startsWith('sha256:')) {
    throw new AppFailure('validation', `${fileName}: has no sha256 checksum`);
  }
  if (env.savedAt !== undefined && typeof env.savedAt !== 'string') {
    throw new AppFailure('validation', `${fileName}: the envelope's savedAt is not a time`);
  }
  if (!Object.hasOwn(env, 'book')) throw new AppFailure('validation', `${fileName}: holds no book`);
  return { checksum: env.checksum, book: env.book };
}

/**
 * The text of the book file at `path` (step 1 and the encoding rules; see fileGate). A missing file
 * rethrows its ENOENT error; anything else wrong is an AppFailure naming `fileName`.
 */
export async function readBookTextAt(path: string, fileName: string): Promise<string> {
  return decodeBookBytes(await readBookFileBytes(path, fileName), fileName);
}

/** Reads and decodes the book file at `path`; every failure, a missing file included, is an AppFailure naming `fileName`. */
export async function readBookFileAt(
  path: string,
  fileName: string,
  options: ReadBookOptions,
): Promise<Book> {
  let text: string;
  try {
    text = await readBookTextAt(path, fileName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppFailure('not-found', `${fileName}: no such file`);
    }
    throw error;
  }
  return readBookFile(text, fileName, options);
}
