// Loads the library rows and the full books chosen for export (their tabs are needed for selection).
import { useEffect, useState } from 'react';
import type { Book } from '../../../core/book/schema';
import type { BookSummary } from '../../../core/ipc/contract';
import { api } from '../../api';

export function useSelectedBooks(bookIds: readonly string[]) {
  const [summaries, setSummaries] = useState<BookSummary[]>([]);
  const [books, setBooks] = useState<Record<string, Book>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.books.list({}).then((r) => {
      if (!live) return;
      if (r.ok) setSummaries(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  const key = bookIds.join(',');
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',') : [];
    void Promise.all(ids.map((id) => api.books.get({ id }))).then((results) => {
      if (!live) return;
      const loaded: Record<string, Book> = {};
      for (const r of results) {
        if (r.ok) loaded[r.value.id] = r.value;
        else setError(r.error.message);
      }
      setBooks(loaded);
    });
    return () => {
      live = false;
    };
  }, [key]);

  return { summaries, books, error };
}
