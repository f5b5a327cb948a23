// Book-wide facts the editor screen shows (banner mark, cited IDs), cached per tab content object.
import type { Book, Tab } from '../../../core/book/schema';
import { bannerText, highWaterMark, type PortionMark } from '../../../core/book/marks';
import { bookMark, citedFrameworkIds } from '../../../core/book/markings';
import { walkNodes } from '../../../core/book/walk';
import { quotesWithPaths } from '../../../core/book/quotes';

// Why: typing replaces only the edited tab's content object, so every other tab's answer is reused
// and a change costs one walk of one tab instead of the whole book. Weak keys: old contents go.
const markCache = new WeakMap<object, PortionMark>();
const citedCache = new WeakMap<object, readonly string[]>();

function oneTab(book: Book, tab: Tab): Book {
  return { ...book, tabs: [tab] };
}

/** The highest portion mark in one tab (as bookMark computes it for the whole book). */
export function tabMark(book: Book, tab: Tab): PortionMark {
  let mark = markCache.get(tab.content);
  if (mark === undefined) {
    mark = bookMark(oneTab(book, tab));
    markCache.set(tab.content, mark);
  }
  return mark;
}

/** The banner for the whole book: the high-water mark of its tabs' marks. */
export function bookBanner(book: Book): string {
  return bannerText(highWaterMark(book.tabs.map((tab) => tabMark(book, tab))));
}

/**
 * A string that changes exactly when the set of framework IDs the book cites, or of points it
 * tailored, changes, so coverage is recomputed only when a quote is inserted, removed, tailored
 * or reverted, not on every typed word.
 */
export function citedKey(book: Book): string {
  const ids = new Set<string>();
  for (const tab of book.tabs) {
    let cited = citedCache.get(tab.content);
    if (cited === undefined) {
      cited = citedFrameworkIds(oneTab(book, tab));
      for (const node of walkNodes(tab.content.root))
        if (node.type === 'framework-quote' && node.adaptedFrom !== undefined)
          cited = [...cited, `tailored:${String(node.itemId)}`];
      citedCache.set(tab.content, cited);
    }
    for (const id of cited) ids.add(id);
  }
  return [...ids].sort().join('\n');
}

const quotedCache = new WeakMap<object, readonly string[]>();

/**
 * The IDs of every framework item quoted in the book (objectives, talking points, if-raised
 * responses, tailored or not), sorted and joined by newlines: a string, so the framework panel's
 * memo skips renders until a quote is inserted or removed.
 */
export function quotedKey(book: Book): string {
  const ids = new Set<string>();
  for (const tab of book.tabs) {
    let quoted = quotedCache.get(tab.content);
    if (quoted === undefined) {
      const found: string[] = [];
      for (const node of walkNodes(tab.content.root))
        if (node.type === 'framework-quote' && typeof node.itemId === 'string')
          found.push(node.itemId);
      quoted = found;
      quotedCache.set(tab.content, quoted);
    }
    for (const id of quoted) ids.add(id);
  }
  return [...ids].sort().join('\n');
}

/** Where the first quote of framework item `itemId` is: its tab and child-index path, or null. */
export function quotePlace(
  tabs: readonly Tab[],
  itemId: string,
): { tabId: string; path: number[] } | null {
  for (const tab of tabs)
    for (const { node, path } of quotesWithPaths(tab.content.root, []))
      if (node.itemId === itemId) return { tabId: tab.id, path };
  return null;
}
