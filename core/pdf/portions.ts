// Portion walking for print: the effective mark of each portion (list items inherit or override) and plain text.
// Which portions count as unmarked is decided by core/book/markings.ts (findUnmarkedPortions).
import type { SerializedNode } from '../book/lexical';
import type { Tab } from '../book/schema';

/** A printable portion found in a tab: its effective mark (null when unmarked) and first words. */
export interface Portion {
  mark: string | null;
  kind: string;
  firstWords: string;
}

/** The plain text under a node (text nodes concatenated, linebreaks and tabs as spaces). */
export function plainText(node: SerializedNode): string {
  // A field's text is its value (kept current by core/book/fields.ts refreshFields).
  if (node.type === 'text' || node.type === 'field') return node.text ?? '';
  if (node.type === 'linebreak' || node.type === 'tab') return ' ';
  let out = '';
  for (const child of node.children ?? []) {
    const t = plainText(child);
    out += t;
    const inline = ['text', 'field', 'link', 'autolink'].includes(child.type);
    if (!inline && t) out += ' ';
  }
  return out;
}

/** The mark set directly on a node (`$: { mark }`), if any. */
export function ownMark(node: SerializedNode): string | undefined {
  const mark = node.$?.mark;
  return typeof mark === 'string' && mark.length > 0 ? mark : undefined;
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 6).join(' ');
  return words.length > 60 ? `${words.slice(0, 57)}...` : words;
}

function isBlank(node: SerializedNode): boolean {
  return plainText(node).trim() === '';
}

/** List items as portions; nested lists inherit the enclosing item's (or list's) mark. */
function listPortions(list: SerializedNode, inherited: string | undefined, out: Portion[]): void {
  const listMark = ownMark(list) ?? inherited;
  for (const item of list.children ?? []) {
    const mark = ownMark(item) ?? listMark;
    const inline = (item.children ?? []).filter((c) => c.type !== 'list');
    const text = inline.map(plainText).join('');
    if (text.trim() !== '')
      out.push({ mark: mark ?? null, kind: 'list item', firstWords: firstWords(text) });
    for (const nested of (item.children ?? []).filter((c) => c.type === 'list')) {
      listPortions(nested, mark, out);
    }
  }
}

/** Every non-blank portion of a tab, in reading order, with its effective mark. */
export function tabPortions(tab: Tab): Portion[] {
  const out: Portion[] = [];
  for (const block of tab.content.root.children) {
    if (isBlank(block)) continue;
    if (block.type === 'list') {
      listPortions(block, undefined, out);
      continue;
    }
    const kind = block.type === 'framework-quote' ? 'framework quote' : block.type;
    out.push({ mark: ownMark(block) ?? null, kind, firstWords: firstWords(plainText(block)) });
  }
  return out;
}
