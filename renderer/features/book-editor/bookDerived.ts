// Book-wide facts the editor screen shows (banner mark, cited and quoted IDs), cached per tab and per block.
import type { SerializedNode } from '../../../core/book/lexical';
import type { Book, Tab } from '../../../core/book/schema';
import {
  bannerText,
  highWaterMark,
  PortionMarkSchema,
  type PortionMark,
} from '../../../core/book/marks';
import { markOf } from '../../../core/book/markings';
import { walkNodes } from '../../../core/book/walk';
import { quotesWithPaths } from '../../../core/book/quotes';

// Why: typing replaces only the edited tab's content object, so every other tab's answer is reused;
// and inside the edited tab the editor hands back the same JSON object for every block it did not
// change (renderer/editor/incrementalJson.ts), so a change costs one walk of one block instead of
// the whole tab. Weak keys: old contents and blocks go.
const markCache = new WeakMap<object, PortionMark>();
const blockMarkCache = new WeakMap<SerializedNode, readonly PortionMark[]>();
const citedCache = new WeakMap<object, readonly string[]>();
const blockCitedCache = new WeakMap<SerializedNode, readonly string[]>();
const quotedCache = new WeakMap<object, readonly string[]>();
const blockQuotedCache = new WeakMap<SerializedNode, readonly string[]>();

/** `compute(block)` for each top-level block of the tab, remembered per block object, flattened. */
function perBlock<T>(
  tab: Tab,
  cache: WeakMap<SerializedNode, readonly T[]>,
  compute: (block: SerializedNode) => T[],
): T[] {
  const out: T[] = [];
  for (const block of tab.content.root.children) {
    let hit = cache.get(block);
    if (hit === undefined) {
      hit = compute(block);
      cache.set(block, hit);
    }
    out.push(...hit);
  }
  return out;
}

/** The valid portion marks set on the block or any node inside it (as bookMark reads them). */
function marksIn(block: SerializedNode): PortionMark[] {
  const marks = new Set<PortionMark>();
  for (const node of walkNodes(block)) {
    const mark = markOf(node);
    if (typeof mark === 'string' && PortionMarkSchema.safeParse(mark).success) marks.add(mark);
  }
  return [...marks];
}

/** The highest portion mark in one tab (as bookMark computes it for the whole book). */
export function tabMark(tab: Tab): PortionMark {
  let mark = markCache.get(tab.content);
  if (mark === undefined) {
    mark = highWaterMark(perBlock(tab, blockMarkCache, marksIn));
    markCache.set(tab.content, mark);
  }
  return mark;
}

/** The banner for the whole book: the high-water mark of its tabs' marks. */
export function bookBanner(book: Book): string {
  return bannerText(highWaterMark(book.tabs.map(tabMark)));
}

/** The IDs a block's quotes rest on (as citedFrameworkIds reads them), and `tailored:` its tailored points. */
function citedIn(block: SerializedNode): string[] {
  const ids: string[] = [];
  for (const node of walkNodes(block)) {
    if (node.type !== 'framework-quote') continue;
    if (node.itemKind === 'objective') ids.push(String(node.itemId));
    if (Array.isArray(node.cites))
      for (const c of node.cites) if (typeof c === 'string') ids.push(c);
    if (node.adaptedFrom !== undefined) ids.push(`tailored:${String(node.itemId)}`);
  }
  return ids;
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
      cited = perBlock(tab, blockCitedCache, citedIn);
      citedCache.set(tab.content, cited);
    }
    for (const id of cited) ids.add(id);
  }
  return [...ids].sort().join('\n');
}

/** The framework item IDs a block quotes. */
function quotedIn(block: SerializedNode): string[] {
  const found: string[] = [];
  for (const node of walkNodes(block))
    if (node.type === 'framework-quote' && typeof node.itemId === 'string') found.push(node.itemId);
  return found;
}

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
      quoted = perBlock(tab, blockQuotedCache, quotedIn);
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
