// One top-level book block to Word paragraphs and tables: a portion mark on each portion, cleared language with its
// citation, the block's stable ID as a bookmark on its first paragraph. Paragraph order follows core/docx/segments.ts.
import {
  Bookmark,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  TEXT_FORMAT,
  type SerializedFrameworkQuote,
  type SerializedNode,
} from '../../core/book/lexical';
import { blockId } from '../../core/book/blockIds';
import { verifyQuote } from '../../core/book/quotes';
import { citationText } from '../../core/pdf/frameworkQuote';
import { ownMark } from '../../core/pdf/portions';
import { inlineText } from '../../core/docx/segments';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { DOCX_STYLE, ORDERED_LIST } from './docxStyles';

/** What converting a block needs: the framework to verify quotes against, and a list counter. */
export interface DocxContext {
  framework: FrameworkBundle;
  frameworkVersion: string;
  /** Next numbering instance: every numbered list restarts. */
  listInstance: { next: number };
}

type FileChild = Paragraph | Table;

const HEADING: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h1: HeadingLevel.HEADING_2,
  h2: HeadingLevel.HEADING_3,
};

function runs(children: SerializedNode[] | undefined, extra: { bold?: boolean } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const c of children ?? []) {
    if (c.type === 'text' || c.type === 'field') {
      const f = typeof c.format === 'number' ? c.format : 0;
      out.push(
        new TextRun({
          text: c.text ?? '',
          bold: (f & TEXT_FORMAT.bold) !== 0,
          italics: (f & TEXT_FORMAT.italic) !== 0,
          strike: (f & TEXT_FORMAT.strikethrough) !== 0,
          ...((f & TEXT_FORMAT.underline) !== 0 ? { underline: {} } : {}),
          ...extra,
        }),
      );
    } else if (c.type === 'linebreak') out.push(new TextRun({ break: 1 }));
    else if (c.type === 'tab') out.push(new TextRun({ text: ' ' }));
    else if (c.type === 'link' || c.type === 'autolink') out.push(...runs(c.children, extra));
  }
  return out;
}

function markRun(mark: string | undefined, text: string): TextRun[] {
  return mark && text.trim() !== ''
    ? [new TextRun({ text: `(${mark}) `, style: DOCX_STYLE.portionMark })]
    : [];
}

/** Puts the block's bookmark around the first paragraph's content (the import matches blocks by it). */
function withBookmark(id: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
  return id ? [new Bookmark({ id, children })] : children;
}

function listParagraphs(
  list: SerializedNode,
  inherited: string | undefined,
  level: number,
  ctx: DocxContext,
  out: Paragraph[],
  firstId: { id?: string },
): void {
  const listMark = ownMark(list) ?? inherited;
  const ordered = list.listType === 'number';
  const instance = ordered ? ctx.listInstance.next++ : 0;
  for (const item of list.children ?? []) {
    const mark = ownMark(item) ?? listMark;
    const inline = (item.children ?? []).filter((c) => c.type !== 'list');
    const nested = (item.children ?? []).filter((c) => c.type === 'list');
    if (inline.length > 0 || nested.length === 0) {
      const check = list.listType === 'check' ? (item.checked === true ? '[x] ' : '[ ] ') : '';
      const content: ParagraphChild[] = [
        ...markRun(mark, inlineText(inline)),
        ...(check ? [new TextRun({ text: check, style: DOCX_STYLE.portionMark })] : []),
        ...runs(inline),
      ];
      const children = withBookmark(firstId.id, content);
      firstId.id = undefined;
      out.push(
        new Paragraph({
          children,
          ...(ordered
            ? { numbering: { reference: ORDERED_LIST, level: Math.min(level, 8), instance } }
            : { bullet: { level: Math.min(level, 8) } }),
        }),
      );
    }
    for (const sub of nested) listParagraphs(sub, mark, level + 1, ctx, out, firstId);
  }
}

function tableBlock(node: SerializedNode, mark: string | undefined, id?: string): FileChild[] {
  const rows = (node.children ?? []).map(
    (row, r) =>
      new TableRow({
        tableHeader: r === 0,
        children: (row.children ?? []).map(
          (cell) =>
            new TableCell({
              children: (cell.children ?? []).map(
                (p) =>
                  new Paragraph({
                    children: runs(
                      p.type === 'paragraph' ? p.children : [p],
                      r === 0 ? { bold: true } : {},
                    ),
                  }),
              ),
            }),
        ),
      }),
  );
  // The table is one portion: its mark (and the bookmark) on a line of its own above it.
  const markLine = new Paragraph({
    style: DOCX_STYLE.tableMark,
    children: withBookmark(id, mark ? [new TextRun({ text: `(${mark})` })] : []),
  });
  return [markLine, new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })];
}

function quoteBlock(
  node: SerializedFrameworkQuote,
  mark: string | undefined,
  ctx: DocxContext,
  id: string | undefined,
): Paragraph[] {
  const cleared = verifyQuote(node, ctx.framework, ctx.frameworkVersion) === null;
  const paras = node.children.some((c) => c.type === 'paragraph')
    ? node.children.map((c) => c.children ?? [])
    : [node.children];
  const out: Paragraph[] = [];
  let pending = { id, mark };
  const take = (content: ParagraphChild[], text: string): ParagraphChild[] => {
    const marked = [...markRun(pending.mark, text), ...content];
    const result = withBookmark(pending.id, marked);
    pending = { id: undefined, mark: undefined };
    return result;
  };
  if (node.itemKind === 'if-raised' && node.raised) {
    // The ask is not the officer's text to clear: its own paragraph style keeps it out of the import.
    const ask = [
      new TextRun({ text: 'If raised: ', bold: true }),
      new TextRun({ text: node.raised, italics: true }),
    ];
    out.push(new Paragraph({ style: DOCX_STYLE.ifRaised, children: take(ask, node.raised) }));
  }
  paras.forEach((inlines, i) => {
    // Only verified framework language is styled and cited as cleared (core/book/quotes.ts).
    const cite =
      cleared && i === paras.length - 1
        ? [new TextRun({ text: ` ${citationText(node)}`, style: DOCX_STYLE.citation })]
        : [];
    out.push(
      new Paragraph({
        ...(cleared ? { style: DOCX_STYLE.cleared } : {}),
        children: take([...runs(inlines), ...cite], inlineText(inlines)),
      }),
    );
  });
  return out;
}

/** Converts one top-level block; `mark` printing follows the PDF (core/pdf/lexicalToPdfmake.ts). */
export function blockToDocx(node: SerializedNode, ctx: DocxContext): FileChild[] {
  const mark = ownMark(node);
  const id = blockId(node);
  switch (node.type) {
    case 'heading': {
      const text = inlineText(node.children);
      return [
        new Paragraph({
          heading: HEADING[String(node.tag)] ?? HeadingLevel.HEADING_4,
          children: withBookmark(id, [...markRun(mark, text), ...runs(node.children)]),
        }),
      ];
    }
    case 'paragraph':
    case 'quote': {
      const text = inlineText(node.children);
      return [
        new Paragraph({
          ...(node.type === 'quote' ? { style: 'Quote' } : {}),
          children: withBookmark(id, [...markRun(mark, text), ...runs(node.children)]),
        }),
      ];
    }
    case 'list': {
      const out: Paragraph[] = [];
      listParagraphs(node, mark, 0, ctx, out, { id });
      return out;
    }
    case 'table':
      return tableBlock(node, mark, id);
    case 'framework-quote':
      return quoteBlock(node as SerializedFrameworkQuote, mark, ctx, id);
    default:
      throw new Error(`a "${node.type}" node cannot be written to Word`);
  }
}
