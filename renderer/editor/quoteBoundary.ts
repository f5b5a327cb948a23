// Refuses deletes that would merge a quote's cleared text with the officer's own block.
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type PointType,
} from 'lexical';
import { $isListNode } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import { $isFrameworkQuoteNode } from './FrameworkQuoteNode';

/** True when `point` sits at the very start (or end, when `forward`) of the top-level `block`. */
function $isAtBlockEdge(point: PointType, block: ElementNode, forward: boolean): boolean {
  const node = point.getNode();
  const blockEdge = forward ? block.getLastDescendant() : block.getFirstDescendant();
  if ($isTextNode(node)) {
    if (point.offset !== (forward ? node.getTextContentSize() : 0)) return false;
    return node === blockEdge;
  }
  if (!$isElementNode(node)) return false;
  if (point.offset !== (forward ? node.getChildrenSize() : 0)) return false;
  if (node === block) return true;
  const edge = forward ? node.getLastDescendant() : node.getFirstDescendant();
  return (edge ?? node) === blockEdge;
}

/**
 * A delete at a block edge facing a quote would merge the two blocks. Forward at the end of the
 * block before a quote: remove that block if it is empty, else do nothing (the mirror of
 * FrameworkQuoteNode.collapseAtStart). Backward at the start of a non-empty block after a quote:
 * move the caret to the quote's end instead of merging own text into cleared text. Returns true
 * when it handled the keystroke.
 */
export function $refuseQuoteMerge(isBackward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = selection.anchor.getNode().getTopLevelElement();
  if (!$isElementNode(block) || $isFrameworkQuoteNode(block)) return false;
  const neighbour = isBackward ? block.getPreviousSibling() : block.getNextSibling();
  if (!$isFrameworkQuoteNode(neighbour)) return false;
  if (!$isAtBlockEdge(selection.anchor, block, !isBackward)) return false;
  const empty = block.getTextContentSize() === 0;
  if (isBackward) {
    // An empty block merges nothing, and a list item's own Backspace first lifts it out of the list.
    if (empty || $isListNode(block)) return false;
    neighbour.selectEnd();
    return true;
  }
  if (empty && !$isListNode(block)) {
    block.remove();
    neighbour.selectStart();
  }
  return true;
}

/** Registers the merge refusals. Returns the unregister function. */
export function registerQuoteBoundary(editor: LexicalEditor): () => void {
  const refuse = (isBackward: boolean): boolean => $refuseQuoteMerge(isBackward);
  return mergeRegister(
    editor.registerCommand(DELETE_CHARACTER_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_WORD_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_LINE_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
  );
}
