// Inline Lexical nodes (text, link, linebreak, tab) to pdfmake text inlines: format bitmask and per-script fonts.
import type { StoredImage } from '../book/images';
import { checkLink } from '../links/linkPolicy';
import type { ContentText, Decoration } from 'pdfmake/interfaces';
import { TEXT_FORMAT, type SerializedNode } from '../book/lexical';
import { isFieldName, type FieldValues } from '../book/fields';
import { splitByScript, type FontKey } from './scripts';

/** Shared state of one conversion: which fonts the document uses (CJK fonts load only if used). */
export interface ConvertContext {
  /** Meeting country, to pick Japanese/Korean/Chinese glyph forms for Han characters. */
  countryCode?: string;
  usedFonts: Set<FontKey>;
  /** Drawn text -> logical text of runs drawn rearranged (RTL islands, Thai), for ActualText spans. */
  actualText?: Map<string, string>;
  /** The book's details as field values: a field prints its current value, not its stored text. */
  fields?: FieldValues;
  /** The book's stored pictures by hash, for image blocks. */
  images?: Readonly<Record<string, StoredImage>>;
}

/** Thrown for content the converter does not know how to print; never swallowed. */
export class UnknownNodeError extends Error {
  constructor(type: string, where: string) {
    super(`Cannot print node type "${type}" ${where}: the PDF converter does not know it`);
  }
}

/** Text (with its script runs) as pdfmake inlines carrying the given style. */
export function scriptInlines(
  text: string,
  ctx: ConvertContext,
  style: Omit<ContentText, 'text'> = {},
): ContentText[] {
  const runs = splitByScript(text, ctx.countryCode);
  const islands: Array<{ text: string; pieces: number }> = [];
  for (const run of runs) {
    if (run.island !== undefined) (islands[run.island] ??= { text, pieces: 0 }).pieces++;
  }
  return runs.map((run) => {
    ctx.usedFonts.add(run.font);
    const out: ContentText =
      run.font === 'Roboto'
        ? { ...style, text: run.text }
        : { ...style, text: run.text, font: run.font };
    if (run.logical !== undefined) ctx.actualText?.set(run.text, run.logical);
    if (run.noWrap) out.noWrap = true;
    // One object per island, shared by its pieces: the renderer checks all of them share a line.
    if (run.island !== undefined) {
      (out as ContentText & { island?: { text: string; pieces: number } }).island =
        islands[run.island];
    }
    return out;
  });
}

/** Decodes Lexical's text-format bitmask into pdfmake style properties. */
export function formatStyle(format: unknown): Omit<ContentText, 'text'> {
  const f = typeof format === 'number' ? format : 0;
  const style: Omit<ContentText, 'text'> = {};
  if (f & TEXT_FORMAT.bold) style.bold = true;
  if (f & TEXT_FORMAT.italic) style.italics = true;
  const decoration: Decoration[] = [];
  if (f & TEXT_FORMAT.underline) decoration.push('underline');
  if (f & TEXT_FORMAT.strikethrough) decoration.push('lineThrough');
  if (decoration.length === 1) style.decoration = decoration[0];
  else if (decoration.length > 1) style.decoration = decoration;
  if (f & TEXT_FORMAT.code) style.background = '#eeeeee';
  if (f & TEXT_FORMAT.highlight) style.background = '#fff3a0';
  if (f & TEXT_FORMAT.superscript) style.sup = true;
  else if (f & TEXT_FORMAT.subscript) style.sub = true;
  return style;
}

function linkInlines(
  node: SerializedNode,
  ctx: ConvertContext,
  base: Omit<ContentText, 'text'>,
): ContentText[] {
  const children = (node.children ?? []).flatMap((c) => inlineNode(c, ctx, base));
  // The link policy of core/links: a refused target prints the words only, never the target.
  const checked = checkLink(node.url);
  if (!checked.ok) return children;
  const url = checked.url;
  const linked = children.map((c) => ({ ...c, link: url, color: '#1a4f8b' }));
  const label = (node.children ?? []).map((c) => c.text ?? '').join('');
  const shown = url.replace(/^mailto:/i, '');
  if (label.trim() === shown || label.trim() === url || label.trim() === node.url) return linked;
  return [
    ...linked,
    ...scriptInlines(` (${shown})`, ctx, { ...base, color: '#555555', link: url }),
  ];
}

/**
 * One inline node as pdfmake inlines.
 * @throws UnknownNodeError for a block node where text was expected or an unknown type.
 */
export function inlineNode(
  node: SerializedNode,
  ctx: ConvertContext,
  base: Omit<ContentText, 'text'> = {},
): ContentText[] {
  switch (node.type) {
    case 'text':
      return scriptInlines(node.text ?? '', ctx, { ...base, ...formatStyle(node.format) });
    case 'field': {
      const value = isFieldName(node.field) && ctx.fields ? ctx.fields[node.field] : node.text;
      return scriptInlines(value ?? '', ctx, { ...base, ...formatStyle(node.format) });
    }
    case 'linebreak':
      return [{ ...base, text: '\n' }];
    case 'tab':
      return [{ ...base, text: '\u00a0\u00a0\u00a0\u00a0' }];
    case 'link':
    case 'autolink':
      return linkInlines(node, ctx, base);
    default:
      throw new UnknownNodeError(node.type, 'inside a line of text');
  }
}

/** The inline children of a block as pdfmake inlines. */
export function inlineChildren(
  children: SerializedNode[] | undefined,
  ctx: ConvertContext,
  base: Omit<ContentText, 'text'> = {},
): ContentText[] {
  return (children ?? []).flatMap((c) => inlineNode(c, ctx, base));
}
