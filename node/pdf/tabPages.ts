// After layout: the page each printed tab starts on and how many pages it takes, read off the laid-out headings.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Book } from '../../core/book/schema';
import { audienceTabs, type Audience } from '../../core/pdf/audience';
import { selectTabs } from '../../core/pdf/preflight';

/** One printed tab's place in the PDF (1-based pages). */
export interface TabPages {
  bookId: string;
  tabId: string;
  /** The page its heading is on: the page the table of contents prints for it. */
  firstPage: number;
  /** Pages from its heading up to the next tab, appendix or book (or the end of the PDF). */
  pages: number;
}

/** Which book and tab each printed heading belongs to, in printed order (`b<book>-t<tab>` ids). */
export interface PrintedTabs {
  books: Array<{ id: string; tabIds: string[] }>;
}

/** The tabs buildDocument prints, chosen the same way (export selection, then audience). */
export function printedTabsOf(
  books: Book[],
  includeTabs: Record<string, string[]> | undefined,
  audience: Audience,
): PrintedTabs {
  return {
    books: selectTabs(books, includeTabs).map((sel) => ({
      id: sel.book.id,
      tabIds: audienceTabs(sel.book, sel.tabs, audience).map((t) => t.id),
    })),
  };
}

/** A laid-out node: pdfmake records where each line went in `positions` (1-based `pageNumber`). */
interface LaidOutNode {
  id?: unknown;
  positions?: Array<{ pageNumber: number }>;
  section?: unknown;
  stack?: unknown;
}

/** Heading ids documentDefinition.ts gives tabs, each book's title (packets) and the acronym list. */
const TAB_ID = /^b(\d+)-t(\d+)$/;
const OTHER_ID = /^b\d+(-acronyms)?$/;

/**
 * The start page of every id'd top-level node of every section, read from the positions pdfmake
 * recorded while laying out. These are the same nodes and positions the table of contents and the
 * outline resolve their page numbers from, so the counts agree with what the PDF prints. Only the
 * sections' top-level nodes are visited: tab headings are never nested (tabContent).
 */
function startPages(definition: TDocumentDefinitions): Map<string, number> {
  const starts = new Map<string, number>();
  const content = definition.content as unknown;
  const sections = Array.isArray(content) ? (content as LaidOutNode[]) : [];
  for (const section of sections) {
    const body = (section?.section ?? section) as LaidOutNode | LaidOutNode[];
    const nodes = Array.isArray(body) ? body : Array.isArray(body?.stack) ? body.stack : [];
    for (const node of nodes as LaidOutNode[]) {
      const page = node?.positions?.[0]?.pageNumber;
      if (typeof node?.id === 'string' && typeof page === 'number') starts.set(node.id, page);
    }
  }
  return starts;
}

/**
 * Pages per printed tab of a laid-out document whose tabs each start on a new page (every audience
 * but the pocket card, whose tabs run on). A tab ends where the next marked start is (next tab,
 * acronym list, next book's cover) or at the last page. Tabs whose heading did not print are left out.
 */
export function tabPagesOf(
  definition: TDocumentDefinitions,
  printed: PrintedTabs,
  totalPages: number,
): TabPages[] {
  const starts = startPages(definition);
  const boundaries = [...starts]
    .filter(([id]) => TAB_ID.test(id) || OTHER_ID.test(id))
    .map(([, page]) => page)
    .sort((a, b) => a - b);
  const out: TabPages[] = [];
  for (const [id, firstPage] of starts) {
    const match = TAB_ID.exec(id);
    if (!match) continue;
    const book = printed.books[Number(match[1])];
    const tabId = book?.tabIds[Number(match[2])];
    if (!book || tabId === undefined) continue;
    const next = boundaries.find((page) => page > firstPage) ?? totalPages + 1;
    out.push({ bookId: book.id, tabId, firstPage, pages: next - firstPage });
  }
  return out.sort((a, b) => a.firstPage - b.firstPage);
}
