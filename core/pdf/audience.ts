// Audience exports from one book: what the full book, a non-paper for the counterpart, and the principal's pocket card print.
import type { SerializedNode } from '../book/lexical';
import { markOf } from '../book/markings';
import type { Book, Tab } from '../book/schema';
import type { TabKind } from '../book/tabKinds';
import { nodeText } from '../book/walk';
import { AppFailure } from '../ipc/result';

export const AUDIENCES = ['full', 'nonpaper', 'pocket'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface AudienceOptions {
  /** Non-paper only: keep the framework citations ("[P1.G1.2]", "(cites ...)"), U.S.-internal by default. */
  keepCitations?: boolean;
}

/**
 * Tabs a non-paper may draw from. Left out: if raised and press line (defensive, reactive
 * guidance), scene-setter and scenario (our own analysis and choreography), purpose (our outcomes
 * sought), participants, biographies and schedule.
 */
export const NONPAPER_KINDS: ReadonlySet<TabKind> = new Set<TabKind>([
  'points-to-make',
  'background',
  'remarks',
  'annex',
  'custom',
]);
/** The pocket card: the meeting line and our objectives (purpose), then the points to make. */
export const POCKET_KINDS: ReadonlySet<TabKind> = new Set<TabKind>(['purpose', 'points-to-make']);
/** Pocket cards print at most this many half-letter pages. */
export const POCKET_MAX_PAGES = 2;

/** Unclassified content only: a node marked other than U goes with everything inside it; if-raised quotes go. */
function unclassifiedOnly(node: SerializedNode, topLevel: boolean): SerializedNode | null {
  const mark = markOf(node);
  if (topLevel ? mark !== 'U' : mark !== undefined && mark !== 'U') return null;
  if (node.type === 'framework-quote' && node.itemKind === 'if-raised') return null;
  if (!node.children) return node;
  const children = node.children.flatMap((c) => {
    const kept = unclassifiedOnly(c, false);
    return kept ? [kept] : [];
  });
  // A list left without items is no block at all.
  if (node.type === 'list' && children.length === 0) return null;
  return { ...node, children };
}

function nonpaperTab(tab: Tab): Tab | null {
  if (!NONPAPER_KINDS.has(tab.kind)) return null;
  const blocks = tab.content.root.children.flatMap((b) => {
    const kept = unclassifiedOnly(b, true);
    return kept && nodeText(kept).trim() !== '' ? [kept] : [];
  });
  // Headings alone are not content: a tab of nothing but headings goes.
  if (blocks.every((b) => b.type === 'heading')) return null;
  return { ...tab, content: { root: { ...tab.content.root, children: blocks } } };
}

/**
 * The tabs an audience prints, from the tabs chosen for export. Pure: the same tabs in, the same
 * tabs out; the input is not changed.
 * @throws AppFailure('validation') when the audience would print nothing.
 */
export function audienceTabs(book: Book, tabs: readonly Tab[], audience: Audience): Tab[] {
  if (audience === 'full') return [...tabs];
  if (audience === 'pocket') {
    const kept = tabs.filter((t) => POCKET_KINDS.has(t.kind));
    if (kept.length === 0)
      throw new AppFailure(
        'validation',
        `Book "${book.title}": a pocket card prints the Purpose and Points to Make tabs, and none of them is chosen for export`,
      );
    return kept;
  }
  const kept = tabs.flatMap((t) => {
    const tab = nonpaperTab(t);
    return tab ? [tab] : [];
  });
  if (kept.length === 0)
    throw new AppFailure(
      'validation',
      `Book "${book.title}": the non-paper would be empty: it prints only unclassified (U) portions of Points to Make, Background, Remarks, Annex and custom tabs, and the tabs chosen have none`,
    );
  return kept;
}

/** The book as an audience sees it (same identity and clearance, its tabs filtered): for the CLI and tests. */
export function audienceBook(book: Book, audience: Audience): Book {
  return { ...book, tabs: audienceTabs(book, book.tabs, audience) };
}
