// Builders for serialized Lexical 0.52 nodes, field for field what Lexical's own exportJSON emits.
import type { SerializedFrameworkQuote, SerializedNode } from './lexical';
import { MARK_STATE_KEY } from './lexical';

/** Fields every ElementNode serializes (lexical ElementNode.exportJSON). */
const element = () => ({ direction: null, format: '', indent: 0 }) as const;

/** A plain text run (TextNode.exportJSON). */
export function textNode(text: string, format = 0): SerializedNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

/** Inline content: a string, or ready-made inline nodes (text runs and fields). */
export type Inline = string | SerializedNode[];

/** Text children for inline content: none for an empty string, as Lexical exports an empty paragraph. */
function runs(text: Inline): SerializedNode[] {
  if (typeof text !== 'string') return text;
  return text === '' ? [] : [textNode(text)];
}

/** A paragraph (ParagraphNode adds textFormat and textStyle). */
export function paragraph(text: Inline): SerializedNode {
  const children = runs(text);
  return { children, ...element(), textFormat: 0, textStyle: '', type: 'paragraph', version: 1 };
}

/** A heading h1-h3 (@lexical/rich-text HeadingNode). */
export function heading(level: 1 | 2 | 3, text: Inline): SerializedNode {
  return { children: runs(text), tag: `h${level}`, ...element(), type: 'heading', version: 1 };
}

/** A bullet or numbered list of plain-text items (@lexical/list ListNode / ListItemNode). */
export function list(items: Inline[], ordered = false): SerializedNode {
  const children = items.map((item, i) => ({
    children: runs(item),
    indent: 0,
    value: i + 1,
    direction: null,
    format: '',
    type: 'listitem',
    version: 1,
  }));
  return {
    children,
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
    ...element(),
    type: 'list',
    version: 1,
  };
}

/** A table cell holding one paragraph; header cells carry headerState 1 (TableCellHeaderStates.ROW). */
function tableCell(text: Inline, header: boolean): SerializedNode {
  return {
    children: [paragraph(text)],
    backgroundColor: null,
    colSpan: 1,
    headerState: header ? 1 : 0,
    rowSpan: 1,
    ...element(),
    type: 'tablecell',
    version: 1,
  };
}

/** A table whose first row is the header row (@lexical/table TableNode > TableRowNode > TableCellNode). */
export function table(header: Inline[], rows: Inline[][]): SerializedNode {
  const row = (cells: Inline[], isHeader: boolean): SerializedNode => ({
    children: cells.map((cell) => tableCell(cell, isHeader)),
    ...element(),
    type: 'tablerow',
    version: 1,
  });
  return {
    children: [row(header, true), ...rows.map((r) => row(r, false))],
    ...element(),
    type: 'table',
    version: 1,
  };
}

/** Cleared framework language: the text child equals the source text exactly. */
export function frameworkQuote(item: {
  itemId: string;
  itemKind: SerializedFrameworkQuote['itemKind'];
  cites: string[];
  text: string;
  raised?: string;
}): SerializedFrameworkQuote {
  return {
    children: [textNode(item.text)],
    ...element(),
    type: 'framework-quote',
    version: 1,
    itemId: item.itemId,
    itemKind: item.itemKind,
    cites: [...item.cites],
    ...(item.raised !== undefined ? { raised: item.raised } : {}),
  };
}

/** Returns the node with its portion mark set as Lexical NodeState (`"$": {"mark": ...}`). */
export function withMark<N extends SerializedNode>(node: N, mark: string): N {
  return { ...node, $: { ...(node.$ ?? {}), [MARK_STATE_KEY]: mark } };
}

/** A root holding the given top-level blocks (RootNode.exportJSON). */
export function root(children: SerializedNode[]): {
  root: SerializedNode & { type: 'root'; children: SerializedNode[] };
} {
  return { root: { children, ...element(), type: 'root', version: 1 } };
}
