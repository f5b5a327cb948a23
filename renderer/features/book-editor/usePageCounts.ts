// Pages per tab of the saved book for the open editor: counted a while after it opens and after each save, the last answer shown meanwhile.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { PageCountScheduler } from './pageCountScheduler';
import type { SaveStatus } from './useBookDocument';

/**
 * Wait after a save before laying the book out again. Why: the layout is a whole-book PDF render in
 * a worker; a burst of autosaves while the officer types should cost one layout, not one each.
 */
export const PAGE_COUNT_DELAY_MS = 1500;

/** Tab id → pages it prints; null until the first answer. */
export type TabPageCounts = ReadonlyMap<string, number> | null;

/**
 * Counts once the book has loaded, then after each save that brings the status back to "saved",
 * unless editing resumed first (PageCountScheduler).
 */
export function usePageCounts(bookId: string, status: SaveStatus, loaded: boolean): TabPageCounts {
  const [counts, setCounts] = useState<TabPageCounts>(null);
  const scheduler = useRef<PageCountScheduler | null>(null);
  const previous = useRef<SaveStatus>(status);

  useEffect(() => {
    if (!loaded) return;
    const s = new PageCountScheduler({
      count: () => api.exports.pageCounts({ bookId }),
      onCounts: setCounts,
      delayMs: PAGE_COUNT_DELAY_MS,
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (id) => window.clearTimeout(id),
    });
    scheduler.current = s;
    s.saved(); // the book as opened
    return () => {
      s.dispose();
      if (scheduler.current === s) scheduler.current = null;
    };
  }, [bookId, loaded]);

  useEffect(() => {
    if (status === 'saved' && previous.current !== 'saved') scheduler.current?.saved();
    if (status === 'unsaved') scheduler.current?.edited();
    previous.current = status;
  }, [status]);

  return counts;
}
