// The on-disk book file: a JSON envelope carrying a sha256 checksum of the canonical book JSON.
import { createHash } from 'node:crypto';
import { migrateBook } from '../../core/book/migrate';
import { PortionMarkSchema } from '../../core/book/marks';
import type { Book } from '../../core/book/schema';
import type { SerializedNode } from '../../core/book/lexical';
import { AppFailure } from '../../core/ipc/result';
import { DataValidationError } from '../../core/validation/formatZodError';
import { JSON_LIMITS, assertSafeJson, parseUntrustedJson } from './jsonGuards';

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

/** Every block's portion mark must be U or SBU(+caveats): the schema keeps node state loose, so check it here. */
export function assertPortionMarks(book: Book, fileName: string): void {
  // A book uses a handful of distinct marks: validate each string once.
  const valid = new Set<string>();
  for (const [t, tab] of book.tabs.entries()) {
    const stack: SerializedNode[] = [tab.content.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const mark = node.$?.mark;
      if (mark !== undefined && !(typeof mark === 'string' && valid.has(mark))) {
        const parsed = PortionMarkSchema.safeParse(mark);
        if (!parsed.success) {
          const why = parsed.error.issues[0]?.message ?? 'invalid portion mark';
          throw new AppFailure('validation', `${fileName}: tab ${t + 1} "${tab.title}": ${why}`);
        }
        valid.add(mark as string);
      }
      if (node.children) stack.push(...node.children);
    }
  }
}

/**
 * Refuses to write what could not be read back (the read path applies these same limits), so a
 * save can never turn a book into an unreadable file. `text` is the serialised file.
 */
export function assertStorable(book: Book, text: string, what = `"${book.title}"`): void {
  if (text.length > JSON_LIMITS.maxChars) {
    throw new AppFailure(
      'validation',
      `${what} is ${(text.length / 1_000_000).toFixed(1)} MB; a book may be at most ${JSON_LIMITS.maxChars / 1_000_000} MB`,
    );
  }
  assertSafeJson(book, what);
  assertPortionMarks(book, what);
}

/** Validates an already-parsed book object: explicit migration, BookSchema, portion marks. */
export function decodeBook(raw: unknown, fileName: string): Book {
  try {
    const book = migrateBook(raw, fileName);
    assertPortionMarks(book, fileName);
    return book;
  } catch (error) {
    if (error instanceof DataValidationError) throw new AppFailure('validation', error.message);
    throw error;
  }
}

export interface ReadBookOptions {
  /** Stored files must carry a valid checksum; imported files may be a bare book. */
  requireChecksum: boolean;
}

/**
 * Parses a book file's text (envelope or, for imports, a bare book object), verifying the checksum
 * when present. Throws AppFailure('validation') with a message naming the file and the problem.
 */
export function readBookFile(text: string, fileName: string, options: ReadBookOptions): Book {
  const value = parseUntrustedJson(text, fileName);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'kind' in value) {
    const env = value as { kind: unknown; checksum?: unknown; book?: unknown };
    if (env.kind !== BOOK_FILE_KIND) {
      throw new AppFailure(
        'validation',
        `${fileName}: is a "${String(env.kind)}" file, not a briefing book`,
      );
    }
    if (typeof env.checksum !== 'string' || !env.checksum.startsWith('sha256:')) {
      throw new AppFailure('validation', `${fileName}: has no sha256 checksum`);
    }
    if (env.book === undefined) throw new AppFailure('validation', `${fileName}: holds no book`);
    if (sha256(JSON.stringify(env.book)) !== env.checksum.slice('sha256:'.length)) {
      throw new AppFailure(
        'validation',
        `${fileName}: checksum mismatch (the file is damaged or was altered)`,
      );
    }
    return decodeBook(env.book, fileName);
  }
  if (options.requireChecksum) {
    throw new AppFailure('validation', `${fileName}: is not a book envelope with a checksum`);
  }
  return decodeBook(value, fileName);
}
