// The recent-books rule shared by main and the renderer: most recently opened first, no repeats, at most 20.

/** Length cap of `recentBookIds` (PreferencesSchema allows no more). */
export const RECENT_BOOKS_MAX = 20;

/** `ids` with `id` moved (or added) to the front. */
export function withRecentBook(ids: readonly string[], id: string): string[] {
  return [id, ...ids.filter((r) => r !== id)].slice(0, RECENT_BOOKS_MAX);
}
