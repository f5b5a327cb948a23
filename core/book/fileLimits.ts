// The one size limit of a book file, shared by every way in (IPC import, app open, CLI) and the writers.

/**
 * Largest book file accepted or written, in bytes of UTF-8. Far above any real book (a 100-page
 * book is about 1 MB), low enough that reading and parsing one cannot exhaust memory.
 */
export const BOOK_FILE_MAX_BYTES = 50_000_000;

/** "50 MB": the limit as the user reads it in error messages. */
export const BOOK_FILE_MAX_LABEL = `${BOOK_FILE_MAX_BYTES / 1_000_000} MB`;
