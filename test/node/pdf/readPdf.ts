// Test helper: reads a rendered PDF back with pdfjs-dist: text lines per page (with y), outline targets, metadata.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One visual line: items sharing a baseline, left to right. */
export interface PdfLine {
  y: number;
  text: string;
}

export interface PdfPage {
  /** Lines from top to bottom. */
  lines: PdfLine[];
  /** All text on the page, lines joined with newlines. */
  text: string;
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the entry points at. */
  page: number;
  children: OutlineEntry[];
}

export interface ReadPdf {
  pages: PdfPage[];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
}

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;
type RawOutline = Awaited<ReturnType<PdfDoc['getOutline']>>;

async function outlineOf(doc: PdfDoc, items: RawOutline | null): Promise<OutlineEntry[]> {
  const out: OutlineEntry[] = [];
  for (const item of items ?? []) {
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
    const ref = dest?.[0];
    const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as never)) + 1 : -1;
    out.push({ title: item.title, page, children: await outlineOf(doc, item.items) });
  }
  return out;
}

/** Reads the PDF: lines per page (grouped by baseline), outline with target pages, Info dictionary. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      const byY = new Map<number, Array<{ x: number; s: string }>>();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const y = Math.round(item.transform[5] as number);
        const key = [...byY.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
        if (!byY.has(key)) byY.set(key, []);
        byY.get(key)!.push({ x: item.transform[4] as number, s: item.str });
      }
      const lines = [...byY.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([y, parts]) => ({
          y,
          text: parts
            .sort((a, b) => a.x - b.x)
            .map((p) => p.s)
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
        }));
      pages.push({ lines, text: lines.map((l) => l.text).join('\n') });
    }
    const outline = await outlineOf(doc, await doc.getOutline());
    const meta = await doc.getMetadata();
    return { pages, outline, info: meta.info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}
