// App shell: banners, header navigation, notices, menu commands and routing by state.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { AppDataProvider } from './AppData';
import { BannerStrip } from './BannerStrip';
import { Notices } from './Notices';
import { deliverCommand } from './commandBus';
import type { Route } from './routes';
import { ToastProvider } from '../ui/Toast';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { TrashScreen } from '../features/library/TrashScreen';
import { NewBookScreen } from '../features/new-book/NewBookScreen';
import { EditorScreen } from '../features/book-editor/EditorScreen';
import { ExportDialog, type ExportKind } from '../features/export/ExportDialog';
import { HelpDialog, type HelpPage } from '../features/help/HelpDialogs';
import { useEditorZoom } from '../features/help/useEditorZoom';
import { useHelpKeys } from '../features/help/useHelpKeys';

/** Which books and which choice (one book or a packet) the export dialog starts with; null when closed. */
type ExportState = { bookIds: string[]; kind: ExportKind } | null;

export function App() {
  const [route, setRoute] = useState<Route>({ name: 'library' });
  const [banner, setBanner] = useState('UNCLASSIFIED');
  const [exporting, setExporting] = useState<ExportState>(null);
  const [help, setHelp] = useState<HelpPage | null>(null);
  const { step: zoom } = useEditorZoom();
  useHelpKeys(setHelp, zoom);
  const routeName = useRef(route.name);
  useEffect(() => {
    routeName.current = route.name;
  }, [route]);

  // Menu commands: the shell navigates; the screen that handles a command gets it from the bus.
  useEffect(
    () =>
      api.onMenuCommand((name) => {
        if (name === 'shortcuts' || name === 'getting-started') return setHelp(name);
        if (name === 'zoom-in' || name === 'zoom-out' || name === 'zoom-reset')
          return zoom(name === 'zoom-in' ? 1 : name === 'zoom-out' ? -1 : 0);
        if (name === 'new') return setRoute({ name: 'new-book' });
        if (name === 'open') return setRoute({ name: 'library' });
        if (name === 'import') {
          // The library opens the picker; from another screen, go there and hold it for its mount.
          if (routeName.current === 'library') return void deliverCommand(name);
          setExporting(null);
          setRoute({ name: 'library' });
          return void deliverCommand(name, { hold: true });
        }
        if (name === 'save' || name === 'find' || name === 'replace')
          return void deliverCommand(name);
        // Export: the editor saves and exports its book; elsewhere the dialog opens with no book chosen.
        if (!deliverCommand(name))
          setExporting({ bookIds: [], kind: name === 'export-packet' ? 'packet' : 'book' });
      }),
    [zoom],
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
              <button type="button" className="nav-link" onClick={() => setHelp('getting-started')}>
                Getting started
              </button>
            </nav>
          </header>
          <Notices />
          <main className="app-main">
            {route.name === 'library' && (
              <LibraryScreen
                onOpen={openBook}
                onNew={() => setRoute({ name: 'new-book' })}
                onExport={(bookIds) => setExporting({ bookIds, kind: 'book' })}
                onBanner={setBanner}
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
                onExport={(bookIds, kind) => setExporting({ bookIds, kind })}
                onOpenBook={openBook}
              />
            )}
          </main>
          <BannerStrip text={banner} position="bottom" />
        </div>
        {help && <HelpDialog page={help} onClose={() => setHelp(null)} />}
        {exporting && (
          <ExportDialog
            initialBookIds={exporting.bookIds}
            initialKind={exporting.kind}
            onClose={() => setExporting(null)}
          />
        )}
      </AppDataProvider>
    </ToastProvider>
  );
}
