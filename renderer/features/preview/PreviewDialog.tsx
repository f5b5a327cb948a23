// The in-app PDF preview: the exact draft export drawn by pdfjs-dist, with thumbnails, page navigation and each tab's first page.
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Modal } from '../../ui/Modal';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageCanvas } from './PageCanvas';
import { pageText } from './previewPdf';
import { usePreviewPdf } from './usePreviewPdf';
import './preview.css';

interface Props {
  bookId: string;
  tabs: ReadonlyArray<{ id: string; title: string }>;
  onClose: () => void;
}

export function PreviewDialog({ bookId, tabs, onClose }: Props) {
  const state = usePreviewPdf(bookId, tabs);
  return (
    <Modal title="Preview" onClose={onClose} wide>
      {state.status === 'loading' && <p role="status">Laying out the PDF…</p>}
      {state.status === 'error' && <ErrorMessage message={state.message} />}
      {state.status === 'ready' && (
        <PreviewPages doc={state.doc} tabs={tabs} tabPages={state.tabPages} />
      )}
    </Modal>
  );
}

interface PagesProps {
  doc: PDFDocumentProxy;
  tabs: ReadonlyArray<{ id: string; title: string }>;
  tabPages: Map<string, number>;
}

function PreviewPages({ doc, tabs, tabPages }: PagesProps) {
  const count = doc.numPages;
  const [current, setCurrent] = useState(1);
  // Keyed by page, so a stale page's text never shows beside a new page.
  const [text, setText] = useState<{ page: number; text: string } | null>(null);
  const thumbs = useRef<HTMLOListElement>(null);
  const go = (page: number) => setCurrent(Math.min(count, Math.max(1, page)));

  useEffect(() => {
    let stopped = false;
    void pageText(doc, current).then((t) => !stopped && setText({ page: current, text: t }));
    thumbs.current?.querySelector(`[data-page="${current}"]`)?.scrollIntoView({ block: 'nearest' });
    return () => {
      stopped = true;
    };
  }, [doc, current]);

  return (
    <div className="preview-layout">
      <nav className="preview-tabs" aria-labelledby="preview-tabs-heading">
        <h3 id="preview-tabs-heading">Show this tab’s pages</h3>
        <ul>
          {tabs.map((tab) => {
            const page = tabPages.get(tab.id);
            return (
              <li key={tab.id}>
                <button
                  type="button"
                  className="preview-tab-link"
                  disabled={page === undefined}
                  aria-current={
                    page !== undefined && page <= current && isLastBefore(tabPages, page, current)
                      ? 'true'
                      : undefined
                  }
                  onClick={() => page !== undefined && go(page)}
                >
                  {tab.title}
                </button>
                <span className="preview-tab-page">
                  {page === undefined ? 'not printed' : `p. ${page}`}
                </span>
              </li>
            );
          })}
        </ul>
      </nav>
      <ol className="preview-thumbs" ref={thumbs} aria-label="Pages">
        {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
          <li key={n} data-page={n}>
            <button
              type="button"
              className="preview-thumb"
              aria-label={`Page ${n}`}
              aria-current={n === current ? 'page' : undefined}
              data-testid="preview-thumb"
              onClick={() => go(n)}
            >
              <PageCanvas
                doc={doc}
                pageNumber={n}
                scale={0.18}
                lazy
                label={`Thumbnail of page ${n}`}
              />
              <span aria-hidden="true">{n}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="preview-main">
        <div className="preview-nav" role="group" aria-label="Page navigation">
          <button
            type="button"
            className="btn"
            disabled={current <= 1}
            onClick={() => go(current - 1)}
          >
            Previous page
          </button>
          <label>
            Page{' '}
            <input
              type="number"
              min={1}
              max={count}
              value={current}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n)) go(n);
              }}
            />{' '}
            of {count}
          </label>
          <button
            type="button"
            className="btn"
            disabled={current >= count}
            onClick={() => go(current + 1)}
          >
            Next page
          </button>
        </div>
        <div className="preview-page" data-testid="preview-page" data-page={current}>
          <PageCanvas
            doc={doc}
            pageNumber={current}
            scale={1}
            label={`Page ${current} of ${count}`}
          />
          {/* The canvas is a picture: screen readers (and tests) read the page's text here. */}
          <div className="visually-hidden" data-testid="preview-page-text" aria-live="polite">
            {text?.page === current ? text.text : ''}
          </div>
        </div>
      </div>
    </div>
  );
}

/** True when `page` is the last tab start at or before `current`: that tab is the one shown. */
function isLastBefore(tabPages: Map<string, number>, page: number, current: number): boolean {
  for (const p of tabPages.values()) if (p > page && p <= current) return false;
  return true;
}
