// App shell: banners, header navigation, notices, menu commands and routing by state.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { AppDataProvider } from './AppData';
import { BannerStrip } from './BannerStrip';
import { Notices } from './Notices';
import type { CommandSignal, Route } from './routes';
import { ToastProvider } from '../ui/Toast';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { TrashScreen } from '../features/library/TrashScreen';
import { NewBookScreen } from '../features/new-book/NewBookScreen';
import { EditorScreen } from '../features/book-editor/EditorScreen';
import { ExportDialog } from '../features/export/ExportDialog';

/** Which books the export dialog starts with; null when it is closed. */
type ExportState = { bookIds: string[] } | null;

export function App() {
  const [route, setRoute] = useState<Route>({ name: 'library' });
  const [banner, setBanner] = useState('UNCLASSIFIED');
  const [command, setCommand] = useState<CommandSignal | null>(null);
  const [exporting, setExporting] = useState<ExportState>(null);

  useEffect(
    () =>
      api.onMenuCommand((name) => {
        if (name === 'new') setRoute({ name: 'new-book' });
        else if (name === 'open') setRoute({ name: 'library' });
        else if (name === 'import')
          setRoute((r) => (r.name === 'library' ? r : { name: 'library' }));
        setCommand((c) => ({ name, seq: (c?.seq ?? 0) + 1 }));
      }),
    [],
  );

  const openBook = useCallback((bookId: string) => setRoute({ name: 'editor', bookId }), []);
  const nav = (target: Route['name'], label: string) => (
    <button
      type="button"
      className={`nav-link${route.name === target ? ' nav-link-active' : ''}`}
      aria-current={route.name === target ? 'page' : undefined}
      onClick={() => setRoute({ name: target } as Route)}
    >
      {label}
    </button>
  );

  return (
    <ToastProvider>
      <AppDataProvider>
        <div className="app">
          <BannerStrip text={banner} position="top" />
          <header className="app-header">
            <span className="app-title">Briefing Book Builder</span>
            <nav aria-label="Main" className="app-nav">
              {nav('library', 'Library')}
              {nav('new-book', 'New book')}
              {nav('trash', 'Trash')}
            </nav>
          </header>
          <Notices />
          <main className="app-main">
            {route.name === 'library' && (
              <LibraryScreen
                onOpen={openBook}
                onNew={() => setRoute({ name: 'new-book' })}
                onExport={(bookIds) => setExporting({ bookIds })}
                onBanner={setBanner}
                command={command}
              />
            )}
            {route.name === 'trash' && <TrashScreen onBanner={setBanner} />}
            {route.name === 'new-book' && (
              <NewBookScreen
                onCreated={openBook}
                onCancel={() => setRoute({ name: 'library' })}
                onBanner={setBanner}
              />
            )}
            {route.name === 'editor' && (
              <EditorScreen
                key={route.bookId}
                bookId={route.bookId}
                onBanner={setBanner}
                onClose={() => setRoute({ name: 'library' })}
                onExport={(bookIds) => setExporting({ bookIds })}
                command={command}
              />
            )}
          </main>
          <BannerStrip text={banner} position="bottom" />
        </div>
        {exporting && (
          <ExportDialog initialBookIds={exporting.bookIds} onClose={() => setExporting(null)} />
        )}
      </AppDataProvider>
    </ToastProvider>
  );
}
