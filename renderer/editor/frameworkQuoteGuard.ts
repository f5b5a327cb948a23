// Keeps cleared framework language honest: an edited quote visibly becomes the officer's own text.
import {
  $createParagraphNode,
  $setState,
  TextNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $isFrameworkQuoteNode, FrameworkQuoteNode } from './FrameworkQuoteNode';
import { $getMark, editedFromState, markState } from './markState';
import { registerQuoteBoundary } from './quoteBoundary';
import { $insertRaisedAsk } from './quoteLeak';

/**
 * Replaces a quote whose text no longer equals its cleared source with an ordinary paragraph that
 * keeps the text, the portion mark and an `editedFrom` note naming the item it came from. Runs
 * inside the same update as the edit, so a single undo restores the cleared quote. An if-raised
 * item keeps the counterpart's ask ("If raised: ...") as the first line of the new paragraph.
 */
export function $convertEditedQuote(quote: FrameworkQuoteNode): LexicalNode {
  const paragraph = $createParagraphNode();
  const mark = $getMark(quote);
  if (mark !== '') $setState(paragraph, markState, mark);
  // A quote deleted down to nothing leaves an ordinary empty paragraph: no words of it remain.
  const kept = quote.getTextContent() !== '';
  if (kept) $setState(paragraph, editedFromState, quote.getItemId());
  const raised = quote.getRaised();
  quote.replace(paragraph, true);
  const first = paragraph.getFirstChild();
  if (kept && raised !== undefined && first) $insertRaisedAsk(first, raised);
  return paragraph;
}

/** True when the quote still holds exactly its cleared text, or was tailored (its words are the officer's). */
export function $isQuoteIntact(quote: FrameworkQuoteNode): boolean {
  if (quote.getAdaptedFrom() !== undefined) return true;
  return quote.getTextContent() === quote.getSourceText();
}

function $check(node: LexicalNode | null): void {
  if ($isFrameworkQuoteNode(node) && node.isAttached() && !$isQuoteIntact(node))
    $convertEditedQuote(node);
}

/** Registers the edited-quote transforms and the merge refusals. Returns the unregister function. */
export function registerFrameworkQuoteGuard(editor: LexicalEditor): () => void {
  return mergeRegister(
    // Typing changes a text node; the parent quote is only marked dirty implicitly, so watch text too.
    editor.registerNodeTransform(TextNode, (text) => $check(text.getParent())),
    // Children added or removed (paste, line break, deleting a formatted run) dirty the quote itself.
    editor.registerNodeTransform(FrameworkQuoteNode, (quote) => $check(quote)),
    registerQuoteBoundary(editor),
  );
}
