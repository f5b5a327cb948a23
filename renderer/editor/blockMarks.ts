// Default portion marks for new top-level blocks, and setting the mark of the blocks a selection touches.
import {
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  ParagraphNode,
  type ElementNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListNode } from '@lexical/list';
import { TableNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import { FrameworkQuoteNode } from './FrameworkQuoteNode';
import { $getMark, $setMark } from './markState';
import { $blockOf, $isTabLevel, $topBlocks } from './sections';

/** Block classes that can sit at the top level of a tab and so carry a portion mark. */
export const MARKABLE_BLOCK_CLASSES: ReadonlyArray<Klass<ElementNode>> = [
  ParagraphNode,
  HeadingNode,
  QuoteNode,
  ListNode,
  TableNode,
  FrameworkQuoteNode,
];

/** True when `node` is a top-level block (a direct child of the root, or of a long tab's section). */
export function $isTopLevelBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && $isTabLevel(node);
}

/**
 * Gives every unmarked top-level block the tab's default mark, whenever one is created or moved
 * to the top level. Registering also visits every existing block once, so an unmarked block in
 * loaded content is marked too. Returns the unregister function.
 */
export function registerDefaultMarks(
  editor: LexicalEditor,
  getDefaultMark: () => string,
): () => void {
  const transform = (node: ElementNode): void => {
    if ($isTopLevelBlock(node) && $getMark(node) === '') $setMark(node, getDefaultMark());
  };
  return mergeRegister(
    ...MARKABLE_BLOCK_CLASSES.map((klass) => editor.registerNodeTransform(klass, transform)),
  );
}

/** The distinct top-level blocks the current selection touches (the caret's block when collapsed). */
export function $selectedTopLevelBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (selection === null) return [];
  const blocks = new Map<string, ElementNode>();
  const nodes = $isRangeSelection(selection)
    ? [selection.anchor.getNode(), selection.focus.getNode(), ...selection.getNodes()]
    : selection.getNodes();
  for (const node of nodes) {
    const top = $blockOf(node);
    if (top && $isTopLevelBlock(top)) blocks.set(top.getKey(), top);
  }
  return [...blocks.values()];
}

/** Sets the mark of one block by key (the gutter menu) or of the selected blocks (the toolbar). */
export function $setBlockMarks(mark: string, blockKey?: string): number {
  const targets = blockKey === undefined ? $selectedTopLevelBlocks() : [$getNodeByKey(blockKey)];
  let count = 0;
  for (const node of targets) {
    if (node && $isTopLevelBlock(node)) {
      $setMark(node, mark);
      count += 1;
    }
  }
  return count;
}

/** Every top-level block's mark, in order ('' for an unmarked block). */
export function $topLevelMarks(): string[] {
  return $topBlocks().map((child) => $getMark(child));
}
