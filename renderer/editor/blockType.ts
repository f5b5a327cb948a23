// Changing the type of the selected blocks (paragraph, heading, quote) without losing their portion marks.
import {
  $createParagraphNode,
  $getSelection,
  $getState,
  $setState,
  type ElementNode,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { markState } from './markState';

export type SettableBlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';

function $factory(type: SettableBlockType): () => ElementNode {
  if (type === 'paragraph') return () => $createParagraphNode();
  if (type === 'quote') return () => $createQuoteNode();
  return () => $createHeadingNode(type);
}

/** Converts the selected blocks to `type`, carrying over alignment, indent and portion mark. */
export function $setSelectedBlockType(type: SettableBlockType): void {
  $setBlocksType($getSelection(), $factory(type), (from, to) => {
    to.setFormat(from.getFormatType());
    to.setIndent(from.getIndent());
    const mark = $getState(from, markState);
    if (mark !== '') $setState(to, markState, mark);
  });
}
