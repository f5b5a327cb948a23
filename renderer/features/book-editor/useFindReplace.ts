// Find and replace state for the editor screen: matches over the whole book, navigation across tabs, replace with one book-level undo.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Book } from '../../../core/book/schema';
import {
  findInBook,
  firstMatchFrom,
  replaceMatches,
  replaceSummary,
  stepMatch,
  type FindMatch,
} from '../../../core/book/findReplace';
import type { FindHighlighter } from '../../editor/plugins/FindHighlightPlugin';

export type FindMode = 'find' | 'replace';

interface Options {
  book: Book | null;
  update: (change: (book: Book) => Book) => void;
  selected: string | null;
  select: (tabId: string) => void;
  /** Delivers the mounted editor's pending typing to the book. */
  flush: () => void;
  /** Remounts the mounted editor so it shows content replaced underneath it. */
  remount: () => void;
  findRef: RefObject<FindHighlighter | null>;
}

/**
 * Undo is book-level: a Replace or Replace all is one step over every tab it changed. It can be
 * undone (Ctrl+Z, the Edit menu's Undo or the bar's button) while the book is exactly as the
 * replacement left it; once anything else changes the book, Undo is the editor's own again.
 */
interface UndoStep {
  before: Book;
  after: Book;
}

export function useFindReplace({
  book,
  update,
  selected,
  select,
  flush,
  remount,
  findRef,
}: Options) {
  const [mode, setMode] = useState<FindMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [current, setCurrent] = useState(-1);
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<UndoStep | null>(null);
  const reveal = useRef(false);

  const result = useMemo(
    () =>
      mode && book
        ? findInBook(book.tabs, { query, matchCase, wholeWord })
        : { matches: [] as FindMatch[], capped: false },
    [mode, book, query, matchCase, wholeWord],
  );
  const { matches } = result;
  const index = current >= matches.length ? matches.length - 1 : current;
  const active = index >= 0 ? matches[index] : undefined;
  const tabOrder = useMemo(() => book?.tabs.map((t) => t.id) ?? [], [book]);

  /** Makes match `i` current: selects its tab, and the editor scrolls to it. */
  const goTo = useCallback(
    (i: number) => {
      setCurrent(i);
      reveal.current = true;
      const m = matches[i];
      if (m && m.tabId !== selected) select(m.tabId);
    },
    [matches, selected, select],
  );

  // A new search starts at the first match in (or after) the tab in view.
  const restart = (next: { query?: string; matchCase?: boolean; wholeWord?: boolean }) => {
    const found = book
      ? findInBook(book.tabs, {
          query: next.query ?? query,
          matchCase: next.matchCase ?? matchCase,
          wholeWord: next.wholeWord ?? wholeWord,
        }).matches
      : [];
    const i = firstMatchFrom(found, tabOrder, selected);
    setCurrent(i);
    reveal.current = true;
    setMessage('');
    const m = found[i];
    if (m && m.tabId !== selected) select(m.tabId);
  };

  // Draw the matches of the tab in view, and scroll to the current one after a move (first
  // selecting its tab when it lies in another one).
  const drawn = useRef(false);
  useEffect(() => {
    if (reveal.current && active && active.tabId !== selected) return select(active.tabId);
    if (!mode && !drawn.current) return;
    drawn.current = mode !== null;
    const inTab = mode ? matches.filter((m) => m.tabId === selected) : [];
    const at = active && active.tabId === selected ? inTab.indexOf(active) : -1;
    findRef.current?.show(inTab, at >= 0 ? at : null, reveal.current);
    reveal.current = false;
  });

  const open = useCallback(
    (next: FindMode) => {
      flush();
      const picked = window.getSelection()?.toString() ?? '';
      setMode(next);
      if (picked && picked.length <= 200 && !picked.includes('\n')) {
        setQuery(picked);
        setCurrent(-1);
      }
      // The bar focuses its Find box when it mounts or when asked again (see FindBar).
      setMessage('');
    },
    [flush],
  );
  const close = useCallback(() => {
    setMode(null);
    setMessage('');
  }, []);

  /** Applies a replacement to the whole book as one update, and keeps the step for Undo. */
  const apply = (list: readonly FindMatch[]) => {
    flush();
    let before: Book | null = null;
    let after: Book | null = null;
    let summary = '';
    let touchesSelected = false;
    update((b) => {
      const outcome = replaceMatches(b.tabs, list, replacement);
      summary = replaceSummary(outcome);
      if (outcome.changedTabIds.length === 0) return b;
      touchesSelected = selected !== null && outcome.changedTabIds.includes(selected);
      before = b;
      after = { ...b, tabs: outcome.tabs };
      return after;
    });
    setMessage(summary);
    if (before && after) setUndo({ before, after });
    if (touchesSelected) remount();
  };

  const replaceOne = () => {
    if (!active) return;
    if (active.cleared) {
      setMessage(
        'This match is in cleared framework language, so it was skipped: edit the framework text in place to tailor it.',
      );
      goTo(stepMatch(matches.length, index, 1));
      return;
    }
    apply([active]);
    // The replaced match is gone from the next search: the same index is the next match.
    reveal.current = true;
  };

  const replaceAll = () => apply(matches);

  /** Restores the book from before the last replacement; false when the book changed since. */
  const undoReplace = useCallback((): boolean => {
    if (!undo) return false;
    flush();
    let restored = false;
    update((b) => {
      if (b !== undo.after) return b;
      restored = true;
      return undo.before;
    });
    setUndo(null);
    if (!restored) return false;
    setMessage('The replacement was undone.');
    remount();
    return true;
  }, [undo, flush, update, remount]);

  // Ctrl+Z (or the Edit menu's Undo, which arrives as a historyUndo input) right after a
  // replacement undoes it across the book; text boxes keep their own undo.
  useEffect(() => {
    if (!undo) return;
    const inTextBox = () => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
    };
    const onKey = (event: KeyboardEvent) => {
      const isUndo =
        (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
      if (!isUndo || inTextBox()) return;
      if (undoReplace()) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' || inTextBox()) return;
      if (undoReplace()) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [undo, undoReplace]);

  // Undo is offered only while the book is as the replacement left it.
  const canUndo = undo !== null && book === undo.after;

  return {
    mode,
    open,
    close,
    setMode,
    query,
    setQuery: (q: string) => {
      setQuery(q);
      restart({ query: q });
    },
    replacement,
    setReplacement,
    matchCase,
    setMatchCase: (v: boolean) => {
      setMatchCase(v);
      restart({ matchCase: v });
    },
    wholeWord,
    setWholeWord: (v: boolean) => {
      setWholeWord(v);
      restart({ wholeWord: v });
    },
    matches,
    capped: result.capped,
    index,
    active,
    next: () => goTo(stepMatch(matches.length, index, 1)),
    previous: () => goTo(stepMatch(matches.length, index, -1)),
    replaceOne,
    replaceAll,
    canUndo,
    undoReplace,
    message,
  };
}

export type FindReplaceState = ReturnType<typeof useFindReplace>;
