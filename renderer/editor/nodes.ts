// The node registry: every Lexical node class a book's content may hold (core/book/lexical.ts KNOWN_NODE_TYPES).
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { FieldNode } from './FieldNode';
import { FrameworkQuoteNode } from './FrameworkQuoteNode';
import { ImageNode } from './ImageNode';

/** Passed to LexicalComposer / createHeadlessEditor. Root, paragraph, text, linebreak and tab are built in. */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  FrameworkQuoteNode,
  FieldNode,
  ImageNode,
];
