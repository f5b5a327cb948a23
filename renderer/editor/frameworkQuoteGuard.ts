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

/**
 * Replaces a quote whose text no longer equals its cleared source with an ordinary paragraph that
 * keeps the text, the portion mark and an `editedFrom` note naming the item it came from. Runs
 * inside the same update as the edit, so a single undo restores the cleared quote.
 */
export function $convertEditedQuote(quote: FrameworkQuoteNode): LexicalNode {
  const paragraph = $createParagraphNode();
  const mark = $getMark(quote);
  if (mark !== '') $setState(paragraph, markState, mark);
  // A quote deleted down to nothing leaves an ordinary empty paragraph: no words of it remain.
  if (quote.getTextContent() !== '') $setState(paragraph, editedFromState, quote.getItemId());
  quote.replace(paragraph, true);
  return paragraph;
}

/** True when the quote still holds exactly its cleared text. */
export function $isQuoteIntact(quote: FrameworkQuoteNode): boolean {
  return quote.getTextContent() === quote.getSourceText();
}

function $check(node: LexicalNode | null): void {
  if ($isFrameworkQuoteNode(node) && node.isAttached() && !$isQuoteIntact(node))
    $convertEditedQuote(node);
}

/** Registers the transforms that convert edited quotes. Returns the unregister function. */
export function registerFrameworkQuoteGuard(editor: LexicalEditor): () => void {
  return mergeRegister(
    // Typing changes a text node; the parent quote is only marked dirty implicitly, so watch text too.
    editor.registerNodeTransform(TextNode, (text) => $check(text.getParent())),
    // Children added or removed (paste, line break, deleting a formatted run) dirty the quote itself.
    editor.registerNodeTransform(FrameworkQuoteNode, (quote) => $check(quote)),
  );
}
