// Book editor screen: outline, tab editor, framework panel, details/clearance, coverage, autosave and recovery.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { fieldValues } from '../../../core/book/fields';
import type { SerializedEditorState } from '../../../core/book/lexical';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';
import { useAppData } from '../../app/AppData';
import { useCommand } from '../../app/useCommand';
import type { ExportKind } from '../export/ExportDialog';
import type { TabEditorCommands } from '../../editor/frameworkInsertItem';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ClearanceEditor } from './ClearanceEditor';
import { CoveragePanel } from './CoveragePanel';
import { FrameworkSlot } from './FrameworkSlot';
import { IdentityForm } from './IdentityForm';
import { RecoveryPrompt } from './RecoveryPrompt';
import { SaveIndicator } from './SaveIndicator';
import { TabContentPane } from './TabContentPane';
import { TabOutline } from './TabOutline';
import { bookBanner } from './bookDerived';
import { addTab, moveTab, removeTab, renameTab, setTabContent } from './tabOps';
import { useBookDocument } from './useBookDocument';

interface Props {
  bookId: string;
  onBanner: (banner: string) => void;
  onClose: () => void;
  onExport: (bookIds: string[], kind: ExportKind) => void;
}

export function EditorScreen({ bookId, onBanner, onClose, onExport }: Props) {
  const doc = useBookDocument(bookId);
  const data = useAppData();
  const { book, update } = doc;
  const [selected, setSelected] = useState<string | null>(null);
  const [epoch, setEpoch] = useState(0);
  const commands = useRef<TabEditorCommands>(null);
  // Banner and coverage follow the book at low priority (a transition React can interrupt), so the
  // render after a debounced editor change stays short; both are cached per tab (bookDerived.ts).
  const deferredBook = useDeferredValue(book);
  // One object per meeting: typing replaces the book but keeps its meeting, so the editor pane's
  // memo (TabContentPane) still skips content-only renders.
  const meeting = book?.meeting;
  const values = useMemo(() => (meeting ? fieldValues(meeting) : null), [meeting]);
  const banner = deferredBook ? bookBanner(deferredBook) : 'UNCLASSIFIED';

  useEffect(() => onBanner(banner), [banner, onBanner]);
  // Open on the first tab once the book has loaded.
  const firstTab = book?.tabs[0]?.id ?? null;
  const [opened, setOpened] = useState(false);
  if (!opened && firstTab) {
    setOpened(true);
    setSelected(firstTab);
  }
  // The editor delivers typing after a short pause: flush it before saving on request.
  const saveNow = () => {
    commands.current?.flush();
    return doc.saveNow();
  };
  // Stable callbacks: the memoised outline, editor pane and framework panel skip content-only renders.
  const onTabContent = useCallback(
    (tabId: string, content: SerializedEditorState) =>
      update((b) => setTabContent(b, tabId, content)),
    [update],
  );
  const onMove = useCallback(
    (from: number, to: number) => update((b) => moveTab(b, from, to)),
    [update],
  );
  const onAdd = useCallback(() => {
    let created = '';
    update((b) => {
      const next = addTab(b, 'New tab');
      created = next.tab.id;
      return next.book;
    });
    if (created) setSelected(created);
  }, [update]);
  const onRename = useCallback(
    (id: string, title: string) => update((b) => renameTab(b, id, title)),
    [update],
  );
  const onRemove = useCallback(
    (id: string) => {
      update((b) => removeTab(b, id));
      setSelected((current) => (current === id ? null : current));
    },
    [update],
  );
  const onInsert = useCallback(
    (item: FrameworkInsertItem) => commands.current?.insertFrameworkItem(item),
    [],
  );
  useCommand('save', () => void saveNow());
  useCommand('export-pdf', () => void saveNow().then(() => onExport([bookId], 'book')));
  useCommand('export-packet', () => void saveNow().then(() => onExport([bookId], 'packet')));

  if (doc.loadError)
    return <ErrorMessage message={`This book could not be opened: ${doc.loadError}`} />;
  if (!book) return <p className="screen">Opening the book…</p>;
  const tab = book.tabs.find((t) => t.id === selected) ?? null;

  return (
    <section className="editor-screen" aria-labelledby="book-title">
      <div className="editor-header">
        <div className="editor-heading">
          <h1 id="book-title">{book.title}</h1>
          <p className="screen-subtitle">
            {book.meeting.countryName} · meeting {book.meeting.date}
            {book.meeting.city ? ` · ${book.meeting.city}` : ''} ·{' '}
            <span
              className={
                book.clearance.status === 'draft' ? 'pill pill-draft' : 'pill pill-cleared'
              }
            >
              {book.clearance.status === 'draft' ? 'Draft' : 'Cleared'}
            </span>
          </p>
        </div>
        <div className="screen-actions">
          <SaveIndicator status={doc.status} error={doc.saveError} />
          <button type="button" className="btn" onClick={() => void saveNow()}>
            Save now
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => void saveNow().then(() => onExport([book.id], 'book'))}
          >
            Export PDF…
          </button>
          <button type="button" className="btn" onClick={() => void saveNow().then(onClose)}>
            Close book
          </button>
        </div>
      </div>
      {doc.recovery && (
        <RecoveryPrompt
          entry={doc.recovery}
          savedAt={book.updatedAt}
          onRecover={() => {
            doc.recover();
            setEpoch((e) => e + 1);
          }}
          onDiscard={() => void doc.discardRecovery()}
        />
      )}
      <div className="editor-layout">
        <TabOutline
          book={book}
          selectedId={tab?.id ?? null}
          onSelect={setSelected}
          onMove={onMove}
          onAdd={onAdd}
          onRename={onRename}
          onRemove={onRemove}
        />
        <div className="editor-center">
          {tab ? (
            <TabContentPane
              key={`${tab.id}-${epoch}`}
              tab={tab}
              commandsRef={commands}
              onChange={onTabContent}
              fieldValues={values!}
            />
          ) : (
            <>
              <IdentityForm book={book} onChange={update} />
              <ClearanceEditor book={book} onChange={update} />
            </>
          )}
        </div>
        <aside className="editor-side" aria-label="Framework and coverage">
          {data && tab && (
            <FrameworkSlot
              templateId={book.templateId}
              countryCode={book.meeting.countryCode}
              data={data}
              onInsert={onInsert}
            />
          )}
          {data && deferredBook && <CoveragePanel book={deferredBook} data={data} />}
        </aside>
      </div>
    </section>
  );
}
