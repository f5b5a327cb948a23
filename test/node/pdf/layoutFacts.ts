// Test helper: layout facts read from a rendered PDF (TOC entries, heading pages, banner lines).
import type { PdfPage, ReadPdf } from '../../fixtures/pdfPages';

/** "Title ..... 12" lines of the page(s) holding the table of contents. */
export function tocEntries(pdf: ReadPdf): Array<{ title: string; page: number }> {
  const out: Array<{ title: string; page: number }> = [];
  for (const page of pdf.pages) {
    const start = page.lines.findIndex((l) => l.text === 'Contents');
    if (start < 0) continue;
    for (const line of page.lines.slice(start + 1)) {
      const m = /^(.*\S)\s+(\d+)$/.exec(line.text);
      if (m && !line.text.startsWith('Page ')) out.push({ title: m[1]!, page: Number(m[2]) });
    }
  }
  return out;
}

/** 1-based pages whose lines include exactly `text`, excluding the TOC page(s). */
export function pagesWithLine(pdf: ReadPdf, text: string): number[] {
  return pdf.pages.flatMap((p, i) =>
    p.lines.some((l) => l.text === text) && !p.lines.some((l) => l.text === 'Contents')
      ? [i + 1]
      : [],
  );
}

/** The topmost and bottommost lines of a page (ignoring the rotated watermark). */
export function edgeLines(page: PdfPage): { top: string; bottom: string } {
  const lines = page.lines.filter((l) => l.text !== 'DRAFT');
  return { top: lines[0]?.text ?? '', bottom: lines[lines.length - 1]?.text ?? '' };
}
