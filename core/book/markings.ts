// Portion-mark checks over a whole book: unmarked portions, the banner high-water mark, cited framework IDs.
import { AppFailure } from '../ipc/result';
import type { Book, Tab } from './schema';
import type { SerializedNode } from './lexical';
import { MARK_STATE_KEY } from './lexical';
import { PortionMarkSchema, highWaterMark, type PortionMark } from './marks';
import { firstWords, nodeText, walkNodes } from './walk';

/** A top-level block with no valid portion mark. */
export interface UnmarkedPortion {
  tabId: string;
  tabTitle: string;
  /** The block's first words, so the drafter can find it. */
  firstWords: string;
  /** Present when the block carries a mark that is not a valid U/SBU mark. */
  invalidMark?: string;
}

/** A block's own mark, or undefined. */
export function markOf(node: SerializedNode): unknown {
  return node.$?.[MARK_STATE_KEY];
}

const isValidMark = (mark: unknown): mark is PortionMark =>
  typeof mark === 'string' && PortionMarkSchema.safeParse(mark).success;

/** Tabs to check: all, or those whose ids are listed (as in an export's includeTabs). */
function selectedTabs(book: Book, includeTabs?: readonly string[]): Tab[] {
  return includeTabs ? book.tabs.filter((t) => includeTabs.includes(t.id)) : book.tabs;
}

/**
 * Every top-level block, in the given tabs, that lacks a valid portion mark. Blocks with no text
 * at all (an empty paragraph) are not portions and are skipped.
 */
export function findUnmarkedPortions(
  book: Book,
  includeTabs?: readonly string[],
): UnmarkedPortion[] {
  const found: UnmarkedPortion[] = [];
  for (const tab of selectedTabs(book, includeTabs)) {
    for (const block of tab.content.root.children) {
      const mark = markOf(block);
      if (isValidMark(mark) || nodeText(block) === '') continue;
      found.push({
        tabId: tab.id,
        tabTitle: tab.title,
        firstWords: firstWords(block),
        ...(mark !== undefined ? { invalidMark: String(mark) } : {}),
      });
    }
  }
  return found;
}

/** The banner mark: highest of every valid portion mark (blocks and list items that override) in the given tabs. */
export function bookMark(book: Book, includeTabs?: readonly string[]): PortionMark {
  const marks: PortionMark[] = [];
  for (const tab of selectedTabs(book, includeTabs)) {
    for (const node of walkNodes(tab.content.root)) {
      const mark = markOf(node);
      if (isValidMark(mark)) marks.push(mark);
    }
  }
  return highWaterMark(marks);
}

/** Thrown when a book about to be exported has portions without a mark; the message lists each one. */
export class UnmarkedPortionsError extends AppFailure {
  constructor(readonly portions: UnmarkedPortion[]) {
    super('unmarked-portions', describeUnmarked(portions));
  }
}

/** "3 portions have no portion mark: Background: "Japan signed the ..."; ..." (at most 10 listed). */
export function describeUnmarked(portions: readonly UnmarkedPortion[]): string {
  const shown = portions.slice(0, 10).map((p) => {
    const what = p.invalidMark !== undefined ? ` (invalid mark "${p.invalidMark}")` : '';
    return `${p.tabTitle}: "${p.firstWords}"${what}`;
  });
  const more = portions.length > 10 ? `; and ${portions.length - 10} more` : '';
  const noun = portions.length === 1 ? 'portion has' : 'portions have';
  return `${portions.length} ${noun} no valid portion mark: ${shown.join('; ')}${more}`;
}

/** Throws UnmarkedPortionsError when any portion in the given tabs is unmarked. */
export function assertAllPortionsMarked(book: Book, includeTabs?: readonly string[]): void {
  const portions = findUnmarkedPortions(book, includeTabs);
  if (portions.length > 0) throw new UnmarkedPortionsError(portions);
}

/** One framework item inserted in a book. */
export interface InsertedFrameworkItem {
  tabId: string;
  itemId: string;
  itemKind: string;
  cites: string[];
}

/** Every framework-quote node in the book, in document order. */
export function insertedFrameworkItems(book: Book): InsertedFrameworkItem[] {
  const items: InsertedFrameworkItem[] = [];
  for (const tab of book.tabs) {
    for (const node of walkNodes(tab.content.root)) {
      if (node.type !== 'framework-quote') continue;
      const cites = Array.isArray(node.cites)
        ? node.cites.filter((c): c is string => typeof c === 'string')
        : [];
      items.push({
        tabId: tab.id,
        itemId: String(node.itemId),
        itemKind: String(node.itemKind),
        cites,
      });
    }
  }
  return items;
}

/**
 * The framework IDs the book rests on, derived from its content: each quoted objective's ID
 * and every ID a quoted talking point cites. Unique, in order of first appearance.
 */
export function citedFrameworkIds(book: Book): string[] {
  const ids = new Set<string>();
  for (const item of insertedFrameworkItems(book)) {
    if (item.itemKind === 'objective') ids.add(item.itemId);
    for (const id of item.cites) ids.add(id);
  }
  return [...ids];
}
