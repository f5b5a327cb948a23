// Pages per tab of the saved book, asked of main (export:pageCounts) a while after each save; the last answer stays shown meanwhile.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import type { SaveStatus } from './useBookDocument';

/**
 * Wait after a save before laying the book out again. Why: the layout is a whole-book PDF render in
 * a worker; a burst of autosaves while the officer types should cost one layout, not one each.
 */
export const PAGE_COUNT_DELAY_MS = 1500;

/** Tab id → pages it prints; null until the first answer. */
export type TabPageCounts = ReadonlyMap<string, number> | null;

/**
 * Counts after the book opens and after each save that brings the status back to "saved". One
 * request at a time: a save during a count asks again once it ends. An answer is dropped when a
 * newer save happened since it was asked (its count is on the way); a failed count (a book the
 * export refuses, a cancelled layout) keeps the last known counts rather than blanking them.
 */
export function usePageCounts(bookId: string, status: SaveStatus, loaded: boolean): TabPageCounts {
  const [counts, setCounts] = useState<TabPageCounts>(null);
  const [saves, setSaves] = useState(0);
  const previous = useRef<SaveStatus>(status);
  const state = useRef({ saves: 0, running: false, again: false, live: true });

  useEffect(() => {
    if (status === 'saved' && previous.current !== 'saved') setSaves((n) => n + 1);
    previous.current = status;
  }, [status]);

  useEffect(() => {
    const s = state.current;
    s.live = true;
    return () => {
      s.live = false;
    };
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const s = state.current;
    s.saves = saves;
    const run = async (): Promise<void> => {
      if (s.running) {
        s.again = true;
        return;
      }
      s.running = true;
      const asked = s.saves;
      const result = await api.exports.pageCounts({ bookId });
      s.running = false;
      if (!s.live) return;
      if (result.ok && asked === s.saves)
        setCounts(new Map(result.value.tabs.map((t) => [t.tabId, t.pages])));
      if (s.again) {
        s.again = false;
        void run();
      }
    };
    const timer = window.setTimeout(() => void run(), PAGE_COUNT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [bookId, saves, loaded]);

  return counts;
}
