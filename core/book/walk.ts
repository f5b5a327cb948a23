// Reading serialized book content without Lexical: plain text of a node and a walk over every node.
import type { SerializedNode } from './lexical';

/** The plain text of a node and its descendants (iterative: content depth is bounded but never trusted). */
export function nodeText(node: SerializedNode): string {
  const parts: string[] = [];
  const stack: SerializedNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current.text === 'string') parts.push(current.text);
    else if (current.type === 'linebreak' || current.type === 'tab') parts.push(' ');
    const children = current.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    // Separate block-level children (cells, list items, paragraphs) so words do not run together.
    if (children.length > 0 && current.type !== 'paragraph' && current.type !== 'heading')
      parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

// Why: readiness re-reads every block's text after each edit, and the editor hands back the same
// JSON object for each block it did not change, so an unchanged block's text is read once. Content
// objects are never mutated (the editor and the codec both make new ones). Weak keys: old blocks go.
const blockTexts = new WeakMap<SerializedNode, string>();

/** {@link nodeText} of a top-level block, remembered per block object. */
export function blockText(block: SerializedNode): string {
  let text = blockTexts.get(block);
  if (text === undefined) {
    text = nodeText(block);
    blockTexts.set(block, text);
  }
  return text;
}

/** True when `nodeText(node)` would be '' (stops at the first visible character). */
export function isBlank(node: SerializedNode): boolean {
  for (const n of walkNodes(node))
    if (typeof n.text === 'string' && /\S/.test(n.text)) return false;
  return true;
}

/** The first `count` words of a node's text, with an ellipsis when cut. */
export function firstWords(node: SerializedNode, count = 8): string {
  const words = nodeText(node).split(' ').filter(Boolean);
  if (words.length === 0) return '';
  return words.length > count ? `${words.slice(0, count).join(' ')} ...` : words.join(' ');
}

/** Every node under (and including) `node`, depth-first in document order. */
export function* walkNodes(node: SerializedNode): Generator<SerializedNode> {
  const stack: SerializedNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    yield current;
    const children = current.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
