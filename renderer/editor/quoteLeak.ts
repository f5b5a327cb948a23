// Marks own blocks that receive text moved out of a saved quote, keeping an if-raised ask with it.
import {
  $createLineBreakNode,
  $createTextNode,
  $getEditor,
  $getNodeByKey,
  $setState,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $getEditedFrom, editedFromState } from './markState';

/** Puts "If raised: <ask>" (italic) and a line break before `before`: the ask stays with the answer. */
export function $insertRaisedAsk(before: LexicalNode, raised: string): void {
  before.insertBefore($createTextNode(`If raised: ${raised}`).toggleFormat('italic'));
  before.insertBefore($createLineBreakNode());
}

/**
 * Called as a quote is removed. A range delete or typed replacement across a quote's edge moves
 * the quote's remaining children into the block before it and then removes the quote; without
 * this, cleared text would silently become unmarked own text. Each block now holding a child the
 * quote had in the last committed state gets the `editedFrom` note (and the if-raised ask).
 */
export function $markMovedQuoteText(quoteKey: NodeKey, itemId: string, raised?: string): void {
  const committed = $getEditor().getEditorState()._nodeMap;
  const saved = committed.get(quoteKey) as { __first?: NodeKey | null } | undefined;
  let childKey = saved?.__first ?? null;
  while (childKey !== null) {
    const moved = $getNodeByKey(childKey);
    const block = moved?.isAttached() ? moved.getTopLevelElement() : null;
    if (moved && block && block.getKey() !== quoteKey && $getEditedFrom(block) === '') {
      $setState(block, editedFromState, itemId);
      if (raised !== undefined) $insertRaisedAsk(moved, raised);
    }
    childKey = (committed.get(childKey) as { __next?: NodeKey | null } | undefined)?.__next ?? null;
  }
}
