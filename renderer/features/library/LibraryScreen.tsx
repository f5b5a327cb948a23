// Library screen: recent books, search/filter the books, open, start next round, import/export files, delete with Undo; the profile.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BookSummary } from '../../../core/ipc/contract';
import { api } from '../../api';
import { useAppData } from '../../app/AppData';
import { combinedBanner } from '../../app/banner';
import { useCommand } from '../../app/useCommand';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useToast } from '../../ui/Toast';
import { BookTable } from './BookTable';
import { EMPTY_FILTER, filterBooks, type LibraryFilter } from './filterBooks';
import { ImportButton } from './ImportButton';
import { IdentifyCopy } from '../copies/IdentifyCopy';
import { LibraryFilters } from './LibraryFilters';
import { NextRoundDialog } from './NextRoundDialog';
import { DataPacksButton } from './DataPacksDialog';
import { ProfileButton } from './ProfileDialog';
import { RecentBooks } from './RecentBooks';
import { roundNumbers } from './roundLinks';
import { useBooks } from './useBooks';

interface Props {
  onOpen: (bookId: string) => void;
  onNew: () => void;
  onExport: (bookIds: string[]) => void;
  onBanner: (banner: string) => void;
}

export function LibraryScreen({ onOpen, onNew, onExport, onBanner }: Props) {
  const { books, error, reload } = useBooks();
  const data = useAppData();
  const toast = useToast();
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [nextRound, setNextRound] = useState<BookSummary | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterBooks(books ?? [], filter), [books, filter]);
  const rounds = useMemo(() => roundNumbers(books ?? []), [books]);

  useEffect(() => onBanner(combinedBanner(shown.map((b) => b.banner))), [shown, onBanner]);
  useCommand('import', () => importRef.current?.click());

  const trash = async (book: BookSummary) => {
    const result = await api.books.trash({ id: book.id });
    if (!result.ok) {
      toast({ message: result.error.message, tone: 'error' });
      return;
    }
    await reload();
    toast({
      message: `“${book.title}” moved to the trash.`,
      action: {
        label: 'Undo',
        onAction: () =>
          void api.books.restore({ id: book.id }).then(async (restored) => {
            if (!restored.ok) toast({ message: restored.error.message, tone: 'error' });
            await reload();
          }),
      },
    });
  };

  const exportFile = async (book: BookSummary) => {
    const result = await api.books.exportFile({ id: book.id });
    if (!result.ok) toast({ message: result.error.message, tone: 'error' });
    else if (result.value)
      toast({ message: `Book file saved to ${result.value}`, tone: 'success' });
  };

  return (
    <section className="screen" aria-labelledby="library-title">
      <div className="screen-header">
        <div>
          <h1 id="library-title">Library</h1>
          <p className="screen-subtitle">
            {books ? `${books.length} briefing book${books.length === 1 ? '' : 's'}` : 'Loading…'}
          </p>
        </div>
        <div className="screen-actions">
          <ImportButton
            inputRef={importRef}
            onImported={(id, title) => {
              setImportError(null);
              toast({ message: `Imported “${title}”.`, tone: 'success' });
              void reload();
              void id;
            }}
            onError={setImportError}
          />
          <IdentifyCopy />
          <DataPacksButton />
          <ProfileButton />
          <button type="button" className="btn btn-primary" onClick={onNew}>
            New book
          </button>
        </div>
      </div>
      <ErrorMessage message={importError ?? error} />
      {books && <RecentBooks books={books} onOpen={(b) => onOpen(b.id)} />}
      <LibraryFilters
        filter={filter}
        onChange={setFilter}
        books={books ?? []}
        templates={data?.templates ?? []}
      />
      {books && books.length === 0 && (
        <div className="empty-state">
          <h2>No briefing books yet</h2>
          <p>Start one from a template, or import a book file.</p>
        </div>
      )}
      {books && books.length > 0 && shown.length === 0 && (
        <p className="empty-state" role="status">
          No books match the search.
        </p>
      )}
      {shown.length > 0 && (
        <BookTable
          books={shown}
          all={books ?? []}
          rounds={rounds}
          actions={{
            onOpen: (b) => onOpen(b.id),
            onNextRound: setNextRound,
            onExportFile: (b) => void exportFile(b),
            onExportPdf: (b) => onExport([b.id]),
            onTrash: (b) => void trash(b),
          }}
        />
      )}
      {nextRound && (
        <NextRoundDialog
          book={nextRound}
          onCancel={() => setNextRound(null)}
          onDone={(newId) => {
            setNextRound(null);
            toast({ message: 'Next round created.', tone: 'success' });
            onOpen(newId);
          }}
        />
      )}
    </section>
  );
}
