// Opens the export's PDF bytes with pdfjs-dist in the page (worker bundled by Vite, same origin) and finds each tab's first page from the PDF outline.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker file is emitted into dist/renderer by Vite, so the CSP's script-src 'self' admits it.
GlobalWorkerOptions.workerSrc = workerUrl;

/** Decodes the base64 the preview channel returns. */
export function bytesFromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Opens the PDF; no eval (the CSP forbids it) and only the fonts embedded in the file. */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
}

/** One outline entry, flattened depth-first: its title and 1-based target page. */
export interface OutlinePage {
  title: string;
  page: number;
}

type RawOutline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;

/** Every outline entry in document order with the page it points at (entries without a target are skipped). */
export async function outlinePages(doc: PDFDocumentProxy): Promise<OutlinePage[]> {
  const out: OutlinePage[] = [];
  const walk = async (items: RawOutline | null): Promise<void> => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref: unknown = dest?.[0];
      if (ref && typeof ref === 'object') {
        out.push({
          title: item.title,
          page: (await doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0])) + 1,
        });
      }
      await walk(item.items);
    }
  };
  await walk(await doc.getOutline());
  return out;
}

/**
 * Each tab's first page: the export writes one outline entry per printed tab, titled with the tab's
 * title, in tab order; matching in order keeps two tabs with one title apart. A tab the export left
 * out has no entry and no page.
 */
export function tabFirstPages(
  tabs: ReadonlyArray<{ id: string; title: string }>,
  outline: readonly OutlinePage[],
): Map<string, number> {
  const pages = new Map<string, number>();
  let from = 0;
  for (const tab of tabs) {
    const at = outline.findIndex((entry, i) => i >= from && entry.title === tab.title);
    if (at < 0) continue;
    pages.set(tab.id, outline[at]!.page);
    from = at + 1;
  }
  return pages;
}

/** The page's text, lines joined by spaces: the accessible stand-in for the canvas. */
export async function pageText(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const content = await (await doc.getPage(pageNumber)).getTextContent();
  return content.items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
