// Inserting cleared framework language at the cursor as a top-level, marked framework-quote block.
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isElementNode,
  $isRangeSelection,
  type LexicalNode,
} from 'lexical';
import { $createFrameworkQuoteWithText, type FrameworkQuoteNode } from './FrameworkQuoteNode';
import type { FrameworkInsertItem } from './frameworkInsertItem';
import { $setMark } from './markState';
import { $appendBlock, $blockOf } from './sections';

/** The top-level block holding the caret, or null when there is no range selection. */
function $caretBlock(): LexicalNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $blockOf(selection.anchor.getNode());
}

/**
 * Inserts `item` as a FrameworkQuoteNode marked `mark`: it replaces the caret's block if that is an
 * empty paragraph, otherwise goes after it (after the whole list or table the caret is in), or at
 * the end when the editor has no selection. The caret moves to the start of the following block
 * (a new empty paragraph when the quote is last), so further typing never edits the quote.
 */
export function $insertFrameworkItem(item: FrameworkInsertItem, mark: string): FrameworkQuoteNode {
  if (item.text.trim() === '')
    throw new Error(`Framework item ${item.itemId} has no text to insert`);
  const quote = $createFrameworkQuoteWithText(item);
  $setMark(quote, mark);
  $insertTopLevelBlock(quote);
  return quote;
}

/**
 * Puts a block at the top level beside the caret (see $insertFrameworkItem for where) and moves
 * the caret to the start of the block after it, creating an empty paragraph when it is last.
 */
export function $insertTopLevelBlock(node: LexicalNode): void {
  const block = $caretBlock();
  if (block === null) $appendBlock(node);
  else if ($isParagraphNode(block) && block.getTextContent() === '') block.replace(node);
  else block.insertAfter(node);
  const next = node.getNextSibling();
  if ($isElementNode(next)) next.selectStart();
  else node.insertAfter($createParagraphNode()).selectStart();
}
