// After layout, proves every stamped book block reached a page; names the first blocks that did not.
import type { BlockRegistry } from '../../core/pdf/blockStamps';
import { STAMP } from '../../core/pdf/blockStamps';

/** The part of pdfmake's laid-out page (`_pdfMakePages[i]`) read here: text lines and their word inlines. */
export interface LaidOutPage {
  items: Array<{ type: string; item?: { inlines?: Array<Record<string, unknown>> } }>;
}

/**
 * Indices of blocks (into `registry.blocks`) with at least one required stamp on no page. One walk
 * over every laid-out word: linear in the size of the document. `printedBefore`: stamps of tabs
 * whose drawing is reused from an earlier export that passed this guard (node/pdf/tabReuse.ts).
 */
export function missingBlocks(
  pages: LaidOutPage[],
  registry: BlockRegistry,
  printedBefore: readonly number[] = [],
): number[] {
  const seen = new Uint8Array(registry.blockOf.length);
  for (const stamp of printedBefore) seen[stamp] = 1;
  for (const page of pages) {
    for (const entry of page.items) {
      if (entry.type !== 'line') continue;
      for (const inline of entry.item?.inlines ?? []) {
        const stamp = inline[STAMP];
        if (typeof stamp === 'number') seen[stamp] = 1;
      }
    }
  }
  const missing = new Set<number>();
  for (let s = 0; s < seen.length; s++)
    if (!seen[s] && registry.required[s]) missing.add(registry.blockOf[s]!);
  return [...missing].sort((a, b) => a - b);
}
