// The find and replace bar above the tab editor: query, match count across the book, options, replace and undo.
import { useEffect, useRef } from 'react';
import type { Book } from '../../../core/book/schema';
import { MAX_MATCHES } from '../../../core/book/findReplace';
import type { FindReplaceState } from './useFindReplace';
import './findBar.css';

interface Props {
  find: FindReplaceState;
  book: Book;
  /** Bumped each time Ctrl+F / Ctrl+H is pressed again: the Find box takes the focus back. */
  focusTick: number;
}

export function FindBar({ find, book, focusTick }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusTick]);
  if (!find.mode) return null;

  const count = find.matches.length;
  const tabTitle = find.active ? book.tabs.find((t) => t.id === find.active!.tabId)?.title : '';
  const position =
    find.query === ''
      ? ''
      : count === 0
        ? 'No matches'
        : `${find.index + 1} of ${count}${find.capped ? ` (stopped at ${MAX_MATCHES})` : ''}`;

  return (
    <section className="find-bar" role="search" aria-label="Find and replace">
      <div className="find-row">
        <input
          ref={input}
          type="search"
          className="find-input"
          aria-label="Find in book"
          placeholder="Find in book"
          value={find.query}
          onChange={(e) => find.setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (e.shiftKey) find.previous();
              else find.next();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              find.close();
            }
          }}
        />
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {position}
          {find.active && tabTitle ? ` · ${tabTitle}` : ''}
          {find.active?.cleared ? ' · cleared language' : ''}
        </span>
        <button
          type="button"
          className="btn btn-small"
          onClick={find.previous}
          disabled={count === 0}
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
        >
          ↑
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={find.next}
          disabled={count === 0}
          aria-label="Next match"
          title="Next match (Enter)"
        >
          ↓
        </button>
        <label className="find-option">
          <input
            type="checkbox"
            checked={find.matchCase}
            onChange={(e) => find.setMatchCase(e.target.checked)}
          />
          Match case
        </label>
        <label className="find-option">
          <input
            type="checkbox"
            checked={find.wholeWord}
            onChange={(e) => find.setWholeWord(e.target.checked)}
          />
          Whole word
        </label>
        {find.mode === 'find' && (
          <button type="button" className="btn btn-small" onClick={() => find.setMode('replace')}>
            Replace…
          </button>
        )}
        <button
          type="button"
          className="btn btn-small find-close"
          onClick={find.close}
          aria-label="Close find"
          title="Close (Esc)"
        >
          ×
        </button>
      </div>
      {find.mode === 'replace' && (
        <div className="find-row">
          <input
            type="text"
            className="find-input"
            aria-label="Replace with"
            placeholder="Replace with"
            value={find.replacement}
            onChange={(e) => find.setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                find.close();
              }
            }}
          />
          <button
            type="button"
            className="btn btn-small"
            onClick={find.replaceOne}
            disabled={!find.active}
          >
            Replace
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={find.replaceAll}
            disabled={count === 0}
          >
            Replace all
          </button>
          {find.canUndo && (
            <button type="button" className="btn btn-small" onClick={() => void find.undoReplace()}>
              Undo replace
            </button>
          )}
        </div>
      )}
      <p className="find-message" role="status">
        {find.message}
      </p>
    </section>
  );
}
