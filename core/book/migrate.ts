// Reads a book of any known formatVersion: migrates it step by step to the current version, then parses it with BookSchema.
import { BOOK_FORMAT_VERSION, BookSchema, type Book } from './schema';
import { DataValidationError, parseOrThrow } from '../validation/formatZodError';
import { migrateToFields } from './migrateFields';

/** One step: turns a raw book object of version N into a raw book object of version N + 1. */
export type BookMigration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they upgrade FROM. A format change adds a step here and bumps
 * BOOK_FORMAT_VERSION, and every stored or imported book passes through it.
 * 1 -> 2: substituted meeting details become live fields (core/book/migrateFields.ts).
 */
export const BOOK_MIGRATIONS: Readonly<Record<number, BookMigration>> = { 1: migrateToFields };

/** The oldest format this build can read. */
export const OLDEST_BOOK_FORMAT_VERSION = 1;

function fail(fileName: string, message: string): never {
  throw new DataValidationError(fileName, `${fileName}: ${message}`);
}

export interface MigrationOptions {
  migrations?: Readonly<Record<number, BookMigration>>;
  currentVersion?: number;
  oldestVersion?: number;
}

/**
 * Upgrades `raw` (already JSON-parsed) to the current format explicitly, one formatVersion at a
 * time, without schema validation. Throws a DataValidationError with a user-facing message when
 * the data is not a book or comes from a newer app version.
 */
export function migrateBookData(
  raw: unknown,
  fileName: string,
  options: MigrationOptions = {},
): Record<string, unknown> {
  const migrations = options.migrations ?? BOOK_MIGRATIONS;
  const current = options.currentVersion ?? BOOK_FORMAT_VERSION;
  const oldest = options.oldestVersion ?? OLDEST_BOOK_FORMAT_VERSION;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    fail(fileName, 'not a briefing book (expected a JSON object)');
  }
  let data = raw as Record<string, unknown>;
  const version = data.formatVersion;
  if (version === undefined) fail(fileName, 'not a briefing book (no formatVersion)');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    fail(fileName, `formatVersion ${JSON.stringify(version)} is not a valid book format version`);
  }
  if (version > current) {
    fail(
      fileName,
      `was saved by a newer version of Briefing Book Builder (book format ${version}; this version reads formats ${oldest} to ${current}). Update the app to open it.`,
    );
  }
  if (version < oldest)
    fail(fileName, `book format ${version} is older than this app can read (oldest: ${oldest})`);
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) fail(fileName, `no migration from book format ${v} to ${v + 1}`);
    data = step(data);
    if (data.formatVersion !== v + 1)
      fail(fileName, `migration from book format ${v} did not produce format ${v + 1}`);
  }
  return data;
}

/** Migrates `raw` to the current format and validates it with BookSchema (every read goes through here). */
export function migrateBook(raw: unknown, fileName: string): Book {
  return parseOrThrow(BookSchema, migrateBookData(raw, fileName), fileName);
}
