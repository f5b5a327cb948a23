// THE converter from serialized Lexical JSON to pdfmake content: blocks, marks, lists, tables, framework quotes.
import type { Content, ContentText } from 'pdfmake/interfaces';
import type {
  SerializedEditorState,
  SerializedFrameworkQuote,
  SerializedNode,
} from '../book/lexical';
import { frameworkQuoteToPdfmake, type QuoteContext } from './frameworkQuote';
import { inlineChildren, UnknownNodeError } from './inline';
import { listToPdfmake } from './lists';
import { ownMark, plainText } from './portions';
import { tableToPdfmake } from './tables';
import { imageToPdfmake } from './images';

export { UnknownNodeError } from './inline';
export type { QuoteContext as LexicalPdfContext } from './frameworkQuote';

const HEADING_STYLE: Record<string, string> = {
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};
const ALIGN = new Set(['left', 'center', 'right', 'justify']);

function markPrefix(
  mark: string | undefined,
  node: SerializedNode,
  printMarks: boolean,
): ContentText[] {
  if (!printMarks || !mark || plainText(node).trim() === '') return [];
  return [{ text: `(${mark}) `, bold: true }];
}

function blockLayout(node: SerializedNode): Partial<ContentText> {
  const layout: Partial<ContentText> = {};
  if (typeof node.format === 'string' && ALIGN.has(node.format))
    layout.alignment = node.format as ContentText['alignment'];
  if (typeof node.indent === 'number' && node.indent > 0)
    layout.margin = [Math.min(node.indent, 10) * 18, 0, 0, 6];
  return layout;
}

/**
 * Converts one block node. `inherited` is the mark of the enclosing portion; marks are printed
 * before each portion unless `printMarks` is false (inside a table cell, the table is the portion).
 * @throws UnknownNodeError for a node type the converter does not know.
 */
export function blockToPdfmake(
  node: SerializedNode,
  ctx: QuoteContext,
  printMarks = true,
  inherited?: string,
): Content {
  const mark = ownMark(node) ?? inherited;
  switch (node.type) {
    case 'paragraph': {
      const inlines = inlineChildren(node.children, ctx);
      const text =
        inlines.length > 0 ? [...markPrefix(mark, node, printMarks), ...inlines] : '\u00a0';
      return { text, style: 'body', ...blockLayout(node) };
    }
    case 'heading': {
      const style = HEADING_STYLE[String(node.tag)] ?? 'h3';
      return {
        text: [...markPrefix(mark, node, printMarks), ...inlineChildren(node.children, ctx)],
        style,
        ...blockLayout(node),
      };
    }
    case 'quote':
      return {
        text: [...markPrefix(mark, node, printMarks), ...inlineChildren(node.children, ctx)],
        style: 'quote',
      };
    case 'list':
      return listToPdfmake(node, ctx, mark, printMarks);
    case 'table': {
      const table = tableToPdfmake(node, ctx, (blocks) =>
        blocks.map((b) => blockToPdfmake(b, ctx, false, mark)),
      );
      if (!printMarks || !mark) return table;
      // Keep the mark with a short table (a long one must be free to break across pages).
      const short = (node.children?.length ?? 0) <= 12;
      return { stack: [{ text: `(${mark})`, style: 'tableMark' }, table], unbreakable: short };
    }
    case 'framework-quote':
      return frameworkQuoteToPdfmake(
        node as SerializedFrameworkQuote,
        printMarks ? mark : undefined,
        ctx,
      );
    case 'image':
      return imageToPdfmake(node, ctx, printMarks ? mark : undefined);
    case 'text':
    case 'field':
    case 'link':
    case 'autolink':
    case 'linebreak':
    case 'tab':
      // Loose inline content where a block belongs (e.g. inside a table cell): print it as a paragraph.
      return { text: inlineChildren([node], ctx), style: 'body' };
    default:
      throw new UnknownNodeError(
        node.type,
        'where a paragraph, heading, list, table or quote was expected',
      );
  }
}

/**
 * Converts a serialized Lexical editor state (one tab's content) to pdfmake content.
 * @throws UnknownNodeError for any node type it does not know: content is never dropped silently.
 */
export function lexicalToPdfmake(state: SerializedEditorState, ctx: QuoteContext): Content[] {
  if (state.root?.type !== 'root')
    throw new UnknownNodeError(String(state.root?.type), 'as the top node (expected root)');
  return state.root.children.map((block) => blockToPdfmake(block, ctx));
}
