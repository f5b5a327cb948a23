// The editable text segments of a top-level block (a paragraph, each list item, each table-cell paragraph): what
// the DOCX export writes as one Word paragraph each and what the import compares and replaces, in the same order.
import type { SerializedNode } from '../book/lexical';

/** One segment: child-index path from the block to the node whose inline children hold the text. */
export interface Segment {
  path: number[];
  text: string;
}

const INLINE = new Set(['text', 'field', 'link', 'autolink', 'linebreak', 'tab']);

/** The text of inline children as Word shows it: a line break or tab counts as one space. */
export function inlineText(children: SerializedNode[] | undefined): string {
  let out = '';
  for (const c of children ?? []) {
    if (c.type === 'text' || c.type === 'field') out += c.text ?? '';
    else if (c.type === 'linebreak' || c.type === 'tab') out += ' ';
    else if (c.type === 'link' || c.type === 'autolink') out += inlineText(c.children);
  }
  return out;
}

/** Whitespace-insensitive form used to decide whether a segment changed. */
export function normText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function listSegments(list: SerializedNode, path: number[], out: Segment[]): void {
  (list.children ?? []).forEach((item, i) => {
    const inline = (item.children ?? []).filter((c) => c.type !== 'list');
    const nested = (item.children ?? []).filter((c) => c.type === 'list');
    if (inline.length > 0 || nested.length === 0)
      out.push({ path: [...path, i], text: inlineText(inline) });
    (item.children ?? []).forEach((c, j) => {
      if (c.type === 'list') listSegments(c, [...path, i, j], out);
    });
  });
}

/** Every segment of a block, in the order the DOCX writes its paragraphs. */
export function blockSegments(block: SerializedNode): Segment[] {
  const out: Segment[] = [];
  const children = block.children ?? [];
  switch (block.type) {
    case 'list':
      listSegments(block, [], out);
      break;
    case 'table':
      children.forEach((row, r) =>
        (row.children ?? []).forEach((cell, c) =>
          (cell.children ?? []).forEach((p, k) => {
            out.push({
              path: [r, c, k],
              text: INLINE.has(p.type) ? inlineText([p]) : inlineText(p.children),
            });
          }),
        ),
      );
      break;
    case 'framework-quote':
      if (children.some((c) => c.type === 'paragraph'))
        children.forEach((p, i) => out.push({ path: [i], text: inlineText(p.children) }));
      else out.push({ path: [], text: inlineText(children) });
      break;
    default:
      out.push({ path: [], text: inlineText(children) });
  }
  return out;
}

/** A plain Lexical text node (what accepted reviewer text becomes). */
export function plainTextNode(text: string): SerializedNode {
  return { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 };
}

/**
 * The block with the segment at `path` holding `text` as one plain run (nested lists of a list item
 * stay). Returns a new block; the input is not changed.
 */
export function setSegmentText(
  block: SerializedNode,
  path: number[],
  text: string,
): SerializedNode {
  if (path.length === 0) {
    const kept = (block.children ?? []).filter((c) => !INLINE.has(c.type));
    const runs = text === '' ? [] : [plainTextNode(text)];
    // A list item keeps its nested lists after the text; other blocks hold only inline content.
    return { ...block, children: [...runs, ...kept] };
  }
  const [i, ...rest] = path;
  const children = [...(block.children ?? [])];
  const child = children[i!];
  if (!child) throw new Error(`no child ${i} in a ${block.type}`);
  children[i!] = setSegmentText(child, rest, text);
  return { ...block, children };
}
