// Rounds of one dialogue: a book's round number and its previous and next rounds, found in the library and trash rows.
import type { BookSummary } from '../../../core/ipc/contract';

/** Another round as the user can reach it: open in the library, in the trash, or no longer here. */
export type RoundRef =
  | { state: 'live'; book: BookSummary }
  | { state: 'trashed'; book: BookSummary }
  | { state: 'missing'; id: string };

export interface RoundLinks {
  /** The round number to show, or null when the book is not part of a series. */
  number: number | null;
  previous: RoundRef | null;
  /** Usually one; several when the next round was started more than once (or a copy imported). */
  next: RoundRef[];
}

/**
 * Where `bookId` stands among its rounds. Books name only their predecessor, so the next rounds are
 * the rows that name this one. A book that records no round but has a next round is round 1.
 */
export function roundLinks(
  bookId: string,
  round: number | null,
  previousRoundId: string | null,
  live: readonly BookSummary[],
  trashed: readonly BookSummary[],
): RoundLinks {
  const find = (id: string): RoundRef => {
    const book = live.find((b) => b.id === id);
    if (book) return { state: 'live', book };
    const gone = trashed.find((b) => b.id === id);
    return gone ? { state: 'trashed', book: gone } : { state: 'missing', id };
  };
  const byMeeting = (a: RoundRef, b: RoundRef) =>
    a.state === 'missing' || b.state === 'missing'
      ? 0
      : a.book.meetingDate.localeCompare(b.book.meetingDate);
  const next = [
    ...live
      .filter((b) => b.previousRoundId === bookId)
      .map((book) => ({ state: 'live', book }) as const),
    ...trashed
      .filter((b) => b.previousRoundId === bookId)
      .map((book) => ({ state: 'trashed', book }) as const),
  ].sort(byMeeting);
  const previous = previousRoundId && previousRoundId !== bookId ? find(previousRoundId) : null;
  return { number: round ?? (next.length > 0 ? 1 : null), previous, next };
}

/** The round numbers to badge in the library: a recorded number, or 1 for a first round that has a next. */
export function roundNumbers(books: readonly BookSummary[]): Map<string, number> {
  const out = new Map<string, number>();
  const hasNext = new Set(books.map((b) => b.previousRoundId).filter((id) => id !== null));
  for (const b of books) {
    const n = b.round ?? (hasNext.has(b.id) ? 1 : null);
    if (n !== null) out.set(b.id, n);
  }
  return out;
}
