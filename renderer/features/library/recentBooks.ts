// Which library books count as recent: prefs.recentBookIds order (most recently opened first), only books still listed.
import type { BookSummary } from '../../../core/ipc/contract';

/** How many recent books the library shows. */
export const RECENT_LIMIT = 5;

/** The books named in `recentIds`, in that order, skipping ids no longer in the library (trashed). */
export function recentBooks(
  recentIds: readonly string[],
  books: readonly BookSummary[],
  limit = RECENT_LIMIT,
): BookSummary[] {
  const byId = new Map(books.map((b) => [b.id, b]));
  return recentIds.flatMap((id) => byId.get(id) ?? []).slice(0, limit);
}
