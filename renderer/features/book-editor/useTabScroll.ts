// Each tab keeps its own scroll position: switching tabs restores it, and a tab not yet seen opens at the top.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Without this, the shell's one scroller (.app-main) kept the previous tab's offset, so a short tab
 * opened as a blank box with the title and Save scrolled away. Positions are recorded as the user
 * scrolls, under the tab on screen; a jump into a tab (readiness, find, coverage) runs after the
 * restore and scrolls on to its target.
 */
export function useTabScroll(selected: string | null, inside: RefObject<HTMLElement | null>): void {
  const positions = useRef(new Map<string, number>());
  const shown = useRef<string | null>(null);
  const scroller = () => inside.current?.closest<HTMLElement>('.app-main') ?? null;

  // Captured at the window: the screen's section (and so its scroller) mounts after the book loads.
  useEffect(() => {
    const onScroll = (e: Event) => {
      const el = scroller();
      if (e.target === el && el && shown.current !== null)
        positions.current.set(shown.current, el.scrollTop);
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `inside` is a stable ref
  }, []);

  // Before paint, so the new tab never shows at the old tab's offset.
  useLayoutEffect(() => {
    const key = selected ?? '';
    if (shown.current === key) return;
    const el = scroller();
    shown.current = key;
    if (el) el.scrollTop = positions.current.get(key) ?? 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
}
