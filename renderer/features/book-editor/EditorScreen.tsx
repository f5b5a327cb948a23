// Book editor screen: outline, tab editor, readiness, framework panel, details/clearance, coverage, autosave, recovery.
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
import { DistributionPanel } from '../copies/DistributionPanel';
import { CoveragePanel, type CitationJump } from './CoveragePanel';
import { objectiveCitations } from '../../../core/book/citations';
import { FrameworkSlot } from './FrameworkSlot';
import { IdentityForm } from './IdentityForm';
import { RecoveryPrompt } from './RecoveryPrompt';
import { SaveIndicator } from './SaveIndicator';
import { TabContentPane } from './TabContentPane';
import { ImageStoreProvider } from '../../editor/imageStore';
import type { StoredImage } from '../../../core/book/images';
import { TabOutline } from './TabOutline';
import { bookBanner, quotePlace, quotedKey } from './bookDerived';
import { addTab, moveTab, removeTab, renameTab, setTabContent } from './tabOps';
import { useBookDocument } from './useBookDocument';
import { WordActions } from '../docx/WordActions';
import { PreviewButton } from '../preview/PreviewButton';
import { ReadinessPanel, readinessCount } from './ReadinessPanel';
import { useReadiness } from './useReadiness';
import { usePageCounts } from './usePageCounts';
import { usePageCountViews } from './pageCountViews';
import { FindBar } from './FindBar';
import { useFindKeys } from './useFindKeys';
import { useFindReplace } from './useFindReplace';
import type { FindHighlighter } from '../../editor/plugins/FindHighlightPlugin';
import type { ReadinessProblem } from '../../../core/readiness';
import type { PlaceholderNav } from '../../editor/placeholderNav';
import { isBookCleared } from '../../../core/clearance/tracker';
import { RoundLinksBar } from './RoundLinksBar';
import { useTabScroll } from './useTabScroll';

/** Where to go: a tab and a node path in it, or its first (1) / last (-1) placeholder. */
interface PendingJump {
  tabId: string;
  path: readonly number[] | null;
  edge?: 1 | -1;
}

function runJump(jump: PendingJump, nav: PlaceholderNav): void {
  if (jump.edge) nav.edge(jump.edge);
  else nav.reveal(jump.path ?? []);
}

interface Props {
  bookId: string;
  onBanner: (banner: string) => void;
  onClose: () => void;
  onExport: (bookIds: string[], kind: ExportKind) => void;
  /** Opens another book (a previous or next round). */
  onOpenBook: (bookId: string) => void;
}

export function EditorScreen({ bookId, onBanner, onClose, onExport, onOpenBook }: Props) {
  const doc = useBookDocument(bookId);
  const data = useAppData();
  const { book, update } = doc;
  const [selected, setSelected] = useState<string | null>(null);
  const [epoch, setEpoch] = useState(0);
  const screenRef = useRef<HTMLElement>(null);
  useTabScroll(selected, screenRef);
  const commands = useRef<TabEditorCommands>(null);
  const nav = useRef<PlaceholderNav>(null);
  // A jump into another tab waits for that tab's editor to mount (see the effect on `selected`).
  const pendingJump = useRef<PendingJump | null>(null);
  // Banner and coverage follow the book at low priority (a transition React can interrupt), so the
  // render after a debounced editor change stays short; both are cached per tab (bookDerived.ts).
  const deferredBook = useDeferredValue(book);
  // One object per meeting: typing replaces the book but keeps its meeting, so the editor pane's
  // memo (TabContentPane) still skips content-only renders.
  const meeting = book?.meeting;
  const values = useMemo(() => (meeting ? fieldValues(meeting) : null), [meeting]);
  const banner = deferredBook ? bookBanner(deferredBook) : 'UNCLASSIFIED';

  useEffect(() => onBanner(banner), [banner, onBanner]);
  const problems = useReadiness(deferredBook, data);
  // Printed pages per tab, laid out in main's worker a while after each save (never on typing).
  const pageCounts = usePageCounts(bookId, doc.status, book !== null);
  const pageViews = usePageCountViews(book, data?.templates, pageCounts);
  const latest = useRef({ problems, tabs: book?.tabs ?? [], selected });
  useEffect(() => {
    latest.current = { problems, tabs: book?.tabs ?? [], selected };
  });

  /** Selects the tab and, once its editor is mounted, reveals the place (or a placeholder edge). */
  const goTo = useCallback((jump: PendingJump) => {
    if (jump.tabId === latest.current.selected && nav.current) return runJump(jump, nav.current);
    pendingJump.current = jump;
    setSelected(jump.tabId);
  }, []);
  useEffect(() => {
    const jump = pendingJump.current;
    if (!jump || jump.tabId !== selected || !nav.current) return;
    pendingJump.current = null;
    runJump(jump, nav.current);
  }, [selected]);
  const onJump = useCallback(
    (p: ReadinessProblem) => {
      if (p.tabId === null) {
        setSelected(null); // Book details and clearance
        return;
      }
      goTo({ tabId: p.tabId, path: p.path });
    },
    [goTo],
  );
  // "In book" on a framework item: go to where the book first quotes it.
  const onShowInBook = useCallback(
    (itemId: string) => {
      const place = quotePlace(latest.current.tabs, itemId);
      if (place) goTo(place);
    },
    [goTo],
  );
  // A cited objective in the coverage panel: go to its citations in turn.
  const framework = data?.framework;
  const onShowCitation = useCallback(
    (objectiveId: string, occurrence: number): CitationJump | null => {
      if (!framework) return null;
      const { tabs } = latest.current;
      const places = objectiveCitations(tabs, framework, objectiveId);
      if (places.length === 0) return null;
      const index = occurrence % places.length;
      const place = places[index]!;
      goTo(place);
      const tabTitle = tabs.find((t) => t.id === place.tabId)?.title ?? '';
      return { index, count: places.length, tabTitle };
    },
    [framework, goTo],
  );
  // F8 / Shift+F8: next / previous placeholder; past the last one of a tab, on to the next tab that has one.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey) return;
      // Not behind an open dialog (export, confirmations): the editor is not what the user sees.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const direction = event.shiftKey ? -1 : 1;
      if (nav.current?.step(direction)) return;
      const { problems: list, tabs, selected: current } = latest.current;
      const withPlaceholders = new Set(
        list.filter((p) => p.kind === 'placeholder' && p.tabId).map((p) => p.tabId),
      );
      const order = tabs.map((t) => t.id);
      const start = current ? order.indexOf(current) : direction === 1 ? -1 : order.length;
      for (let i = 1; i <= order.length; i++) {
        const id = order[(((start + direction * i) % order.length) + order.length) % order.length]!;
        if (withPlaceholders.has(id) || id === current) {
          goTo({ tabId: id, path: null, edge: direction });
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo]);
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
  const images = book?.images;
  const imageStore = useMemo(
    () => ({
      images: images ?? {},
      add: (hash: string, image: StoredImage) =>
        update((b) => ({ ...b, images: { ...b.images, [hash]: image } })),
    }),
    [images, update],
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
  const onInsertText = useCallback((text: string) => commands.current?.insertParagraph(text), []);
  // Find and replace over the whole book (Ctrl+F, Ctrl+H, Edit menu).
  const findRef = useRef<FindHighlighter>(null);
  const flushEditor = useCallback(() => commands.current?.flush(), []);
  const remountEditor = useCallback(() => setEpoch((e) => e + 1), []);
  const find = useFindReplace({
    book,
    update,
    selected,
    select: setSelected,
    flush: flushEditor,
    remount: remountEditor,
    findRef,
  });
  const findFocus = useFindKeys(find.open);
  useCommand('save', () => void saveNow());
  useCommand('export-pdf', () => void saveNow().then(() => onExport([bookId], 'book')));
  useCommand('export-packet', () => void saveNow().then(() => onExport([bookId], 'packet')));

  // From the tracker, not the stored mirror: an edit after clearance shows Draft at once. Memoised:
  // the screen also re-renders for save status, and the verdict may hash the whole book.
  const cleared = useMemo(() => (book ? isBookCleared(book) : false), [book]);

  if (doc.loadError)
    return <ErrorMessage message={`This book could not be opened: ${doc.loadError}`} />;
  if (!book) return <p className="screen">Opening the book…</p>;
  const tab = book.tabs.find((t) => t.id === selected) ?? null;

  return (
    <section className="editor-screen" aria-labelledby="book-title" ref={screenRef}>
      <div className="editor-header">
        <div className="editor-heading">
          <h1 id="book-title">{book.title}</h1>
          <p className="screen-subtitle">
            {book.meeting.countryName} · meeting {book.meeting.date}
            {book.meeting.city ? ` · ${book.meeting.city}` : ''} ·{' '}
            <span className={cleared ? 'pill pill-cleared' : 'pill pill-draft'}>
              {cleared ? 'Cleared' : 'Draft'}
            </span>
          </p>
          <RoundLinksBar
            bookId={book.id}
            round={book.round?.number ?? null}
            previousRoundId={book.round?.previousBookId ?? null}
            onOpen={(id) => void saveNow().then(() => onOpenBook(id))}
          />
        </div>
        <div className="screen-actions">
          <SaveIndicator status={doc.status} error={doc.saveError} />
          {data && (
            <button
              type="button"
              className={`btn readiness-count${problems.some((p) => p.severity === 'blocker') ? ' has-blockers' : ''}`}
              data-testid="readiness-count"
              onClick={() => document.getElementById('readiness-panel')?.focus()}
            >
              Readiness: {readinessCount(problems)}
            </button>
          )}
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
          <PreviewButton bookId={book.id} tabs={book.tabs} saveNow={saveNow} />
          <WordActions
            bookId={book.id}
            saveNow={saveNow}
            onApplied={(saved) => {
              // The editor takes over the saved book; remount the tab so it shows the accepted text.
              doc.update(() => saved);
              setEpoch((e) => e + 1);
            }}
          />
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
          pageViews={pageViews}
          onSelect={setSelected}
          onMove={onMove}
          onAdd={onAdd}
          onRename={onRename}
          onRemove={onRemove}
        />
        <div className="editor-center">
          <FindBar find={find} book={book} focusTick={findFocus} />
          {tab ? (
            <ImageStoreProvider store={imageStore}>
              <TabContentPane
                key={`${tab.id}-${epoch}`}
                tab={tab}
                commandsRef={commands}
                navRef={nav}
                findRef={findRef}
                onChange={onTabContent}
                fieldValues={values!}
                framework={data?.framework}
                printed={pageViews.get(tab.id) ?? null}
              />
            </ImageStoreProvider>
          ) : (
            <>
              <IdentityForm book={book} onChange={update} />
              <ClearanceEditor book={book} onChange={update} />
              <DistributionPanel bookId={book.id} saveNow={saveNow} />
            </>
          )}
        </div>
        <aside className="editor-side" aria-label="Readiness, framework and coverage">
          {data && <ReadinessPanel problems={problems} onJump={onJump} />}
          {data && tab && (
            <FrameworkSlot
              templateId={book.templateId}
              countryCode={book.meeting.countryCode}
              data={data}
              onInsert={onInsert}
              onInsertText={onInsertText}
              quotedKey={deferredBook ? quotedKey(deferredBook) : ''}
              onShowInBook={onShowInBook}
            />
          )}
          {data && deferredBook && (
            <CoveragePanel book={deferredBook} data={data} onShowCitation={onShowCitation} />
          )}
        </aside>
      </div>
    </section>
  );
}
