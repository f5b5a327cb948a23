// Asks main for the draft export's bytes and opens them with pdfjs-dist; the document is destroyed on unmount.
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { api } from '../../api';
import { bytesFromBase64, openPdf, outlinePages, tabFirstPages } from './previewPdf';

export type PreviewState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; doc: PDFDocumentProxy; tabPages: Map<string, number> };

export function usePreviewPdf(
  bookId: string,
  tabs: ReadonlyArray<{ id: string; title: string }>,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  useEffect(() => {
    let doc: PDFDocumentProxy | null = null;
    let stopped = false;
    const load = async (): Promise<void> => {
      const result = await api.exports.preview({ bookId });
      if (stopped) return;
      if (!result.ok) {
        setState({ status: 'error', message: `No preview. ${result.error.message}` });
        return;
      }
      doc = await openPdf(bytesFromBase64(result.value.pdfBase64));
      if (stopped) {
        void doc.destroy();
        return;
      }
      setState({ status: 'ready', doc, tabPages: tabFirstPages(tabs, await outlinePages(doc)) });
    };
    load().catch((error: unknown) => {
      if (!stopped)
        setState({
          status: 'error',
          message: `The preview could not be shown: ${(error as Error).message}`,
        });
    });
    return () => {
      stopped = true;
      void doc?.destroy();
    };
    // The tabs are read once: the preview is a snapshot of the saved book.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bookId]);
  return state;
}
