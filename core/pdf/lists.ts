// Lexical lists (bullet, number, check; nested) to pdfmake ul/ol, each item a portion with its own mark.
import type { Content, ContentOrderedList, ContentUnorderedList } from 'pdfmake/interfaces';
import type { SerializedNode } from '../book/lexical';
import { inlineChildren, type ConvertContext } from './inline';
import { ownMark, plainText } from './portions';

/** Converts one list; `inherited` is the enclosing item's or list's mark, `printMarks` false inside tables. */
export function listToPdfmake(
  list: SerializedNode,
  ctx: ConvertContext,
  inherited: string | undefined,
  printMarks: boolean,
): ContentOrderedList | ContentUnorderedList {
  const listMark = ownMark(list) ?? inherited;
  const items: Content[] = [];
  for (const item of list.children ?? []) {
    if (item.type !== 'listitem')
      throw new Error(`A list holds a "${item.type}" node where a list item was expected`);
    const mark = ownMark(item) ?? listMark;
    const inline = (item.children ?? []).filter((c) => c.type !== 'list');
    const nested = (item.children ?? []).filter((c) => c.type === 'list');
    const parts: Content[] = [];
    if (inline.length > 0 || nested.length === 0) {
      const blank = inline.map(plainText).join('').trim() === '';
      const check = list.listType === 'check' ? (item.checked === true ? '[x] ' : '[ ] ') : '';
      const prefix = printMarks && mark && !blank ? `(${mark}) ` : '';
      parts.push({
        text: [{ text: prefix, bold: true }, { text: check }, ...inlineChildren(inline, ctx)],
        style: 'listItem',
      });
    }
    for (const sub of nested)
      parts.push({ ...listToPdfmake(sub, ctx, mark, printMarks), margin: [0, 1, 0, 1] } as Content);
    // A Lexical item that only holds a nested list continues the previous item: no bullet of its own.
    if (inline.length === 0 && nested.length > 0)
      items.push({ stack: parts, listType: 'none' } as Content);
    else items.push(parts.length === 1 ? parts[0]! : { stack: parts });
  }
  if (list.listType === 'number') {
    const first = list.children?.[0];
    const start =
      typeof list.start === 'number'
        ? list.start
        : typeof first?.value === 'number'
          ? first.value
          : 1;
    return { ol: items, start, margin: [0, 0, 0, 6] };
  }
  return {
    ul: items,
    type: list.listType === 'check' ? 'square' : undefined,
    margin: [0, 0, 0, 6],
  };
}
