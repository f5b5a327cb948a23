// Tagged-PDF structure, decided at conversion: each text inline, image and list marker carries the structure element it belongs to.
import type { Content } from 'pdfmake/interfaces';

/**
 * The inline (and image node) property holding its {@link StructTag}. pdfmake copies inline
 * properties onto every word it lays out, so node/pdf/tagging.ts finds the tag on each rendered
 * line. Text without a tag (banners, running heads, page numbers) is drawn as an artifact.
 */
export const TAG = 'bbbTag';
/** The list-item node property naming the Lbl element of its marker (number or bullet). */
export const LABEL = 'bbbLabel';

/** One structure element of the tagged PDF: standard PDF 1.7 role, parent, alt text for figures. */
export interface StructTag {
  role: string;
  parent: StructTag | null;
  alt?: string;
  /** For TH: the cells it heads. */
  scope?: 'Column' | 'Row';
  /** The registry the tag belongs to, so the renderer can build the whole tree from any one tag. */
  registry: StructureRegistry;
  /**
   * While node/pdf/tabReuse.ts keys a tab: the tag's number among the tab's elements, which is what
   * the tag prints as in JSON (else its role). A tab's JSON then is the same wherever it sits.
   */
  local?: number;
}

/** The prototype of every tag: its JSON form (see {@link StructTag.local}). */
const TAG_JSON = {
  toJSON(this: StructTag): number | string {
    return this.local ?? this.role;
  },
};

/** Every structure element of one document, in reading order (parents before children). */
export class StructureRegistry {
  readonly tags: StructTag[] = [];
  /** TOC entries by the id of the heading they point at (pdfmake's `linkToDestination`). */
  readonly tociById = new Map<string, StructTag>();

  add(role: string, parent: StructTag | null, alt?: string): StructTag {
    // One prototype for every tag of every document: the renderer's property reads stay monomorphic.
    const tag = Object.create(TAG_JSON) as StructTag;
    tag.role = role;
    tag.parent = parent;
    tag.registry = this;
    tag.local = undefined;
    if (alt !== undefined) tag.alt = alt;
    this.tags.push(tag);
    return tag;
  }
}

type Node = Record<string, unknown>;

/** Sets the tag on every inline of a text node (string inlines become objects). */
function tagInlines(node: Node, tag: StructTag): void {
  const each = (text: unknown): unknown => {
    if (typeof text === 'string') return [{ text, [TAG]: tag }];
    if (!Array.isArray(text)) return text;
    return text.map((item: unknown) => {
      if (typeof item === 'string') return { text: item, [TAG]: tag };
      if (item && typeof item === 'object') {
        const obj = item as Node;
        if (Array.isArray(obj.text)) obj.text = each(obj.text);
        else obj[TAG] = tag;
      }
      return item;
    });
  };
  node.text = each(node.text);
}

const isEmptyText = (text: unknown): boolean =>
  text === '' || (Array.isArray(text) && text.length === 0);

/**
 * Tags pdfmake content under `parent`. A text leaf gets its own element of role `leafRole`, or
 * belongs to `parent` itself when `leafRole` is null (list bodies, block quotes). Tables, lists
 * and images get their own element trees wherever they are.
 * @returns the content, with string nodes replaced by objects where a tag had to be set.
 */
export function tagContent(
  content: Content,
  parent: StructTag | null,
  leafRole: string | null,
  reg: StructureRegistry,
): Content {
  if (typeof content === 'string') {
    const node = { text: content };
    tagContent(node, parent, leafRole, reg);
    return node;
  }
  if (Array.isArray(content)) return content.map((c) => tagContent(c, parent, leafRole, reg));
  if (!content || typeof content !== 'object') return content;
  const node = content as unknown as Node;
  if (node.table && typeof node.table === 'object') {
    const table = node.table as { body?: unknown[][]; headerRows?: number };
    const body = table.body ?? [];
    if (!table.headerRows && body.every((row) => row.length === 1)) {
      // A one-column table without header is a layout box (framework quotes): no Table element.
      table.body = body.map((row) =>
        row.map((cell) => tagContent(cell as Content, parent, leafRole ?? 'P', reg)),
      );
      return content;
    }
    const t = reg.add('Table', parent);
    body.forEach((row, r) => {
      const tr = reg.add('TR', t);
      row.forEach((cell, c) => {
        // Cells covered by a span are `{}` placeholders: no element of their own.
        if (!cell || (typeof cell === 'object' && Object.keys(cell).length === 0)) return;
        const header = r < (table.headerRows ?? 0) || (cell as Node).style === 'tableHeader';
        const th = header ? reg.add('TH', tr) : null;
        if (th) th.scope = r < (table.headerRows ?? 0) ? 'Column' : 'Row';
        row[c] = tagContent(cell as Content, th ?? reg.add('TD', tr), 'P', reg);
      });
    });
    return content;
  }
  const items = (node.ul ?? node.ol) as Content[] | undefined;
  if (Array.isArray(items)) {
    const list = reg.add('L', parent);
    const tagged = items.map((item) => {
      const li = reg.add('LI', list);
      const obj: Node = typeof item === 'string' ? { text: item } : (item as unknown as Node);
      if (obj.listType !== 'none') obj[LABEL] = reg.add('Lbl', li);
      return tagContent(obj as unknown as Content, reg.add('LBody', li), null, reg);
    });
    if (node.ul) node.ul = tagged;
    else node.ol = tagged;
    return content;
  }
  for (const key of ['stack', 'columns'] as const)
    if (Array.isArray(node[key])) {
      node[key] = tagContent(node[key] as Content, parent, leafRole, reg);
      return content;
    }
  if (node.image !== undefined) {
    node[TAG] = reg.add('Figure', parent, typeof node.alt === 'string' ? node.alt : '');
    return content;
  }
  if (node.text !== undefined && !isEmptyText(node.text)) {
    const tag = leafRole ? reg.add(leafRole, parent) : parent;
    if (tag) tagInlines(node, tag);
  }
  return content;
}
