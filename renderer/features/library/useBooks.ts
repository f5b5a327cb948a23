// Loads the library rows (books:list) and exposes a reload; errors become a message.
import { useCallback, useEffect, useState } from 'react';
import type { BookSummary } from '../../../core/ipc/contract';
import { api } from '../../api';

export function useBooks(): {
  books: BookSummary[] | null;
  error: string | null;
  reload: () => Promise<void>;
} {
  const [books, setBooks] = useState<BookSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const result = await api.books.list({});
    if (result.ok) {
      setBooks(result.value);
      setError(null);
    } else {
      setError(result.error.message);
    }
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading on mount is the point
    void reload();
  }, [reload]);
  return { books, error, reload };
}
