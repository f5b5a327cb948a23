// Trash view: books deleted from the library, each restorable or deletable for good (with confirmation).
import { useCallback, useEffect, useState } from 'react';
import type { TrashedBook } from '../../../core/ipc/contract';
import { api } from '../../api';
import { combinedBanner } from '../../app/banner';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatTimestamp } from '../../ui/format';
import { MenuButton } from '../../ui/MenuButton';
import { useToast } from '../../ui/Toast';

export function TrashScreen({ onBanner }: { onBanner: (banner: string) => void }) {
  const [books, setBooks] = useState<TrashedBook[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [purging, setPurging] = useState<TrashedBook | null>(null);
  const toast = useToast();
  const reload = useCallback(async () => {
    const result = await api.books.listTrash({});
    if (result.ok) setBooks(result.value);
    else setError(result.error.message);
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading on mount is the point
    void reload();
  }, [reload]);
  useEffect(() => onBanner(combinedBanner((books ?? []).map((b) => b.banner))), [books, onBanner]);

  const restore = async (book: TrashedBook) => {
    const result = await api.books.restore({ id: book.id });
    if (result.ok) toast({ message: `“${book.title}” restored to the library.`, tone: 'success' });
    else toast({ message: result.error.message, tone: 'error' });
    await reload();
  };

  const purge = async (book: TrashedBook) => {
    setPurging(null);
    const result = await api.books.purge({ id: book.id });
    if (result.ok) toast({ message: `“${book.title}” was deleted permanently.`, tone: 'success' });
    else toast({ message: result.error.message, tone: 'error' });
    await reload();
  };

  return (
    <section className="screen" aria-labelledby="trash-title">
      <div className="screen-header">
        <div>
          <h1 id="trash-title">Trash</h1>
          <p className="screen-subtitle">
            Deleted books stay here until you restore them or delete them permanently.
          </p>
        </div>
      </div>
      <ErrorMessage message={error} />
      {books && books.length === 0 && <p className="empty-state">The trash is empty.</p>}
      {books && books.length > 0 && (
        <table className="data-table book-table" aria-label="Deleted books">
          <thead>
            <tr>
              <th scope="col" className="col-title">
                Title
              </th>
              <th scope="col">Country</th>
              <th scope="col">Meeting</th>
              <th scope="col">Deleted</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {books.map((book) => (
              <tr key={book.id} data-testid="trash-row">
                <th scope="row" className="col-title">
                  <span className="book-title-plain" title={book.title}>
                    {book.title}
                  </span>
                </th>
                <td className="nowrap">{book.countryName}</td>
                <td className="nowrap">{book.meetingDate}</td>
                <td className="nowrap">{formatTimestamp(book.trashedAt)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="btn btn-small btn-primary"
                    aria-label={`Restore ${book.title}`}
                    onClick={() => void restore(book)}
                  >
                    Restore
                  </button>
                  <MenuButton
                    label="More"
                    accessibleName={`More actions for ${book.title}`}
                    menuName={`Actions for ${book.title}`}
                    items={[
                      {
                        label: 'Delete permanently…',
                        onSelect: () => setPurging(book),
                        danger: true,
                      },
                    ]}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {purging && (
        <ConfirmDialog
          title="Delete permanently?"
          message={`“${purging.title}” and every saved copy of it (backups, unsaved changes) will be erased from this computer. This cannot be undone.`}
          confirmLabel="Delete permanently"
          danger
          onConfirm={() => void purge(purging)}
          onCancel={() => setPurging(null)}
        />
      )}
    </section>
  );
}
