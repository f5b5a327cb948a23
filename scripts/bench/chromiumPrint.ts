// Export bench baseline: the same book printed by Chromium in two passes (lay out and print, read the tab pages, print again with the TOC filled).
import type { Browser } from 'playwright-core';
import { PDFDict, PDFDocument, PDFName, PDFArray, PDFRef } from 'pdf-lib';
import type { Book } from '../../core/book/schema';
import type { SerializedNode } from '../../core/book/lexical';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Node = SerializedNode & {
  children?: Node[];
  text?: string;
  format?: number;
  tag?: string;
  listType?: string;
  headerState?: number;
  $?: { mark?: string };
};

/** One Lexical node as HTML: the book's blocks with their portion marks, as a web page would print them. */
function html(node: Node): string {
  const inner = (): string => (node.children ?? []).map(html).join('');
  const mark = node.$?.mark ? `(${esc(node.$.mark)}) ` : '';
  switch (node.type) {
    case 'text': {
      let t = esc(node.text ?? '');
      if ((node.format ?? 0) & 1) t = `<b>${t}</b>`;
      if ((node.format ?? 0) & 2) t = `<i>${t}</i>`;
      return t;
    }
    case 'linebreak':
      return '<br>';
    case 'paragraph':
      return `<p>${mark}${inner()}</p>`;
    case 'heading':
      return `<${node.tag}>${mark}${inner()}</${node.tag}>`;
    case 'list':
      return node.listType === 'number' ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`;
    case 'listitem':
      return `<li>${mark}${inner()}</li>`;
    case 'table':
      return `<table>${mark ? `<caption>${mark}</caption>` : ''}${inner()}</table>`;
    case 'tablerow':
      return `<tr>${inner()}</tr>`;
    case 'tablecell':
      return node.headerState ? `<th>${inner()}</th>` : `<td>${inner()}</td>`;
    case 'framework-quote':
      return `<blockquote>${mark}${inner()}<cite>${esc(String((node as { itemId?: string }).itemId ?? ''))}</cite></blockquote>`;
    default:
      return inner();
  }
}

const CSS = `
  body { font: 11pt/1.35 'DejaVu Serif', serif; margin: 0; }
  h1 { font-size: 18pt; break-before: page; } h3 { font-size: 12pt; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0; } tr { break-inside: avoid; }
  td, th { border: 0.5pt solid #555; padding: 3pt; text-align: left; } thead { display: table-header-group; }
  blockquote { border: 1pt solid #333; padding: 6pt; margin: 6pt 0; } cite { display: block; font-size: 9pt; }
  .cover { height: 9in; } .toc a { display: flex; justify-content: space-between; }
  .wm { position: fixed; top: 45%; left: 20%; font-size: 80pt; opacity: .08; transform: rotate(-45deg); }`;

/** The book as one HTML page: cover, TOC (page numbers from the first pass, or blanks), tabs. */
export function bookHtml(book: Book, tocPages: number[] = []): string {
  const toc = book.tabs
    .map(
      (t, i) =>
        `<a href="#t${i}"><span>${esc(t.title)}</span><span>${tocPages[i] ?? '000'}</span></a>`,
    )
    .join('');
  const tabs = book.tabs
    .map(
      (t, i) =>
        `<section><h1 id="t${i}">${esc(t.title)}</h1>${html(t.content.root as Node)}</section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${CSS}</style></head><body>
    <div class="wm">DRAFT</div><div class="cover"><h2>${esc(book.title)}</h2></div>
    <nav class="toc"><h2>Contents</h2>${toc}</nav>${tabs}</body></html>`;
}

/** Pages (1-based) the PDF outline's top-level entries point to: Chromium's outline follows the headings. */
async function outlinePages(pdf: Uint8Array): Promise<number[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const index = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const pages: number[] = [];
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item) {
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const ref = dest?.get(0);
    if (ref instanceof PDFRef) pages.push(index.get(ref.toString()) ?? 0);
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return pages;
}

const PRINT = {
  format: 'Letter',
  margin: { top: '0.9in', bottom: '0.9in', left: '1in', right: '1in' },
  displayHeaderFooter: true,
  headerTemplate: `<div style="font-size:9pt;width:100%;text-align:center">UNCLASSIFIED//SBU</div>`,
  footerTemplate: `<div style="font-size:9pt;width:100%;text-align:center">UNCLASSIFIED//SBU &middot; <span class="pageNumber"></span></div>`,
  outline: true,
  tagged: true,
} as const;

/**
 * Chromium's two-pass print of `book`: wall time of both passes (set the page, print), not of
 * reading the first pass's outline between them, which only Chromium's side would pay for.
 */
export async function chromiumTwoPass(
  browser: Browser,
  book: Book,
): Promise<{ ms: number; pages: number }> {
  const page = await browser.newPage();
  try {
    const t0 = performance.now();
    await page.setContent(bookHtml(book));
    const first = await page.pdf(PRINT);
    const pass1 = performance.now() - t0;
    const located = await outlinePages(first);
    // The outline has the cover and Contents headings too; the tabs' H1 entries are the last ones.
    const tabPages = located.slice(-book.tabs.length);
    const t1 = performance.now();
    await page.setContent(bookHtml(book, tabPages));
    const second = await page.pdf(PRINT);
    const ms = pass1 + performance.now() - t1;
    const pages = (await PDFDocument.load(second, { updateMetadata: false })).getPageCount();
    return { ms, pages };
  } finally {
    await page.close();
  }
}
