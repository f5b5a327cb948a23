// Tells the Distribution panel that main appended to a book's log (after copies or an addendum were exported).
type Listener = (bookId: string) => void;
const listeners = new Set<Listener>();

/** Subscribes; returns the unsubscribe function (for a useEffect cleanup). */
export function onDistributionChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function distributionChanged(bookId: string): void {
  for (const listener of listeners) listener(bookId);
}
