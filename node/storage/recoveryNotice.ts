// The user-facing notice for a book that had to be read from a backup generation.
import { join } from 'node:path';
import type { AppNotice } from '../../core/ipc/contract';
import type { LoadOutcome } from './generations';
import { BOOK_FILE } from './layout';

/**
 * The notice for a book read from a backup: which book, which generation and when it was saved,
 * and the full path of the damaged file (kept, never deleted) so the user can hand it to support.
 */
export function recoveryNotice(bookDir: string, outcome: LoadOutcome): AppNotice {
  const { book, recovery } = outcome;
  const from = recovery?.from ?? BOOK_FILE;
  const generation = /\.bak(\d+)$/.exec(from)?.[1];
  const which = generation ? `${from}, backup ${generation}` : from;
  const savedAt = book.updatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  const kept = recovery?.damagedKeptAs
    ? ` The damaged file was kept as ${join(bookDir, recovery.damagedKeptAs)}.`
    : recovery?.promoteProblem
      ? ''
      : ' The current file was missing, so there was no damaged copy to keep.';
  const promote = recovery?.promoteProblem
    ? ` The backup could not be made the current file again (${recovery.promoteProblem}); it will be used until the next save.`
    : '';
  return {
    level: 'warning',
    message: `"${book.title}" was damaged on disk; it was restored from its newest good backup (${which}, saved ${savedAt}).${kept}${promote}`,
  };
}
