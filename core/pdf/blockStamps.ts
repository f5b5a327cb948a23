// Block-presence stamps: every text inline of a book block carries its stamp, so the laid-out pages can prove each block printed.
import type { Content } from 'pdfmake/interfaces';

/**
 * The inline property holding the stamp. pdfmake copies every style property of an inline onto the
 * words it splits it into (TextBreaker → StyleContextStack.copyStyle), so the stamp reaches the
 * laid-out lines (`_pdfMakePages[i].items[j].item.inlines`) unchanged. Renderers ignore it.
 */
export const STAMP = 'bbbStamp';

/** One book block as the export error names it. */
export interface StampedBlock {
  /** `book:tab:block` indices, the key for {@link BuildOptions.flow}. */
  key: string;
  /** "block 3 of tab "Objectives" in book "Kenya 2026" (paragraph: "first words...")". */
  where: string;
}

/** Stamps handed out during one conversion: stamp number → block index, and which stamps must print. */
export class BlockRegistry {
  readonly blocks: StampedBlock[] = [];
  /** Per stamp: the index into {@link blocks}. */
  readonly blockOf: number[] = [];
  /** Per stamp: true when its text has a visible character (whitespace-only runs may collapse). */
  readonly required: boolean[] = [];
  /**
   * Per block: true when its final content holds an unbreakable unit, which pdfmake cuts to its
   * first page when taller than a page (set by the caller once the block is wrapped).
   */
  readonly rescuable: boolean[] = [];

  /**
   * Stamps every text inline under `content` (in place; string inlines become objects) as
   * belonging to a new block, and returns the content.
   */
  stamp(content: Content, block: StampedBlock): Content {
    const index = this.blocks.push(block) - 1;
    return this.walk(content, index) as Content;
  }

  /**
   * Registers a block whose stamps were handed out in an earlier build (core/pdf/tabBodies.ts): one
   * stamp per entry of `required`, in order. Returns the stamps.
   */
  register(block: StampedBlock, required: readonly boolean[]): number[] {
    const index = this.blocks.push(block) - 1;
    return required.map((r) => {
      this.required.push(r);
      return this.blockOf.push(index) - 1;
    });
  }

  private next(index: number, text: string): Record<string, unknown> {
    const stamp = this.blockOf.push(index) - 1;
    this.required.push(/\S/.test(text));
    return { [STAMP]: stamp };
  }

  private inlines(text: unknown, index: number): unknown {
    if (typeof text === 'string') return [{ text, ...this.next(index, text) }];
    if (!Array.isArray(text)) return text;
    return text.map((item: unknown) => {
      if (typeof item === 'string') return { text: item, ...this.next(index, item) };
      if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        if (Array.isArray(obj.text)) obj.text = this.inlines(obj.text, index);
        else if (typeof obj.text === 'string') Object.assign(obj, this.next(index, obj.text));
      }
      return item;
    });
  }

  private walk(node: unknown, index: number): unknown {
    if (typeof node === 'string') return { text: this.inlines(node, index) };
    if (Array.isArray(node)) return node.map((n) => this.walk(n, index));
    if (!node || typeof node !== 'object') return node;
    const obj = node as Record<string, unknown>;
    if ('text' in obj) obj.text = this.inlines(obj.text, index);
    for (const key of ['stack', 'ul', 'ol', 'columns'] as const)
      if (Array.isArray(obj[key])) obj[key] = this.walk(obj[key], index);
    const table = obj.table as { body?: unknown[][] } | undefined;
    if (table && Array.isArray(table.body))
      table.body = table.body.map((row) =>
        Array.isArray(row) ? row.map((c) => this.walk(c, index)) : row,
      );
    return obj;
  }
}

/**
 * Lets a block flow across pages: removes `unbreakable` and tables' `dontBreakRows` under it (for
 * content the first pass lost because a keep-together unit was taller than a page).
 */
export function letFlow(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(letFlow);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  delete obj.unbreakable;
  for (const key of ['stack', 'ul', 'ol', 'columns'] as const) letFlow(obj[key]);
  const table = obj.table as { body?: unknown[][]; dontBreakRows?: boolean } | undefined;
  if (table && Array.isArray(table.body)) {
    table.dontBreakRows = false;
    letFlow(table.body);
  }
}

/** True when anything under `node` is kept together (only such blocks can be rescued by {@link letFlow}). */
export function hasUnbreakable(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasUnbreakable);
  if (!node || typeof node !== 'object') return false;
  const obj = node as Record<string, unknown>;
  if (obj.unbreakable === true) return true;
  const table = obj.table as { body?: unknown[][]; dontBreakRows?: boolean } | undefined;
  if (table?.dontBreakRows === true) return true;
  return (
    ['stack', 'ul', 'ol', 'columns'].some((k) => hasUnbreakable(obj[k])) ||
    (!!table && Array.isArray(table.body) && hasUnbreakable(table.body))
  );
}
