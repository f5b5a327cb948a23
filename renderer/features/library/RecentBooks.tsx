// The library's "Recent" list: the books opened most recently (books:get records each opening in prefs).
import { useEffect, useMemo, useState } from 'react';
import type { BookSummary } from '../../../core/ipc/contract';
import { api } from '../../api';
import { recentBooks } from './recentBooks';

interface Props {
  books: readonly BookSummary[];
  onOpen: (book: BookSummary) => void;
}

export function RecentBooks({ books, onOpen }: Props) {
  const [ids, setIds] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    // Read on mount: the library remounts when a book closes, so the list is current.
    void api.prefs.get({}).then((prefs) => {
      if (live && prefs.ok) setIds(prefs.value.recentBookIds);
    });
    return () => {
      live = false;
    };
  }, []);
  const recent = useMemo(() => recentBooks(ids, books), [ids, books]);
  if (recent.length === 0) return null;
  return (
    <nav className="recent-books" aria-labelledby="recent-books-title">
      <h2 id="recent-books-title" className="recent-books-title">
        Recent
      </h2>
      <ol>
        {recent.map((book) => (
          <li key={book.id} data-testid="recent-book" data-book-id={book.id}>
            {/* "Reopen" keeps these names distinct from the table's title buttons. */}
            <button
              type="button"
              className="link-button"
              title={book.title}
              onClick={() => onOpen(book)}
            >
              <span className="visually-hidden">Reopen </span>
              {book.title}
            </button>
            <span className="muted recent-book-meta">
              {' '}
              {book.countryName} · {book.meetingDate}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
