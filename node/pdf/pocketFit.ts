// The pocket card's page limit: after layout, names the first block that runs past the last allowed page.
import type { BlockRegistry } from '../../core/pdf/blockStamps';
import { STAMP } from '../../core/pdf/blockStamps';
import { POCKET_MAX_PAGES } from '../../core/pdf/audience';
import { AppFailure } from '../../core/ipc/result';
import type { LaidOutPage } from './blockGuard';

/** Index (into `registry.blocks`) of the first block with a word on page `from` (0-based) or later. */
function firstBlockFrom(
  pages: LaidOutPage[],
  registry: BlockRegistry,
  from: number,
): number | null {
  for (const page of pages.slice(from)) {
    for (const entry of page.items) {
      if (entry.type !== 'line') continue;
      for (const inline of entry.item?.inlines ?? []) {
        const stamp = inline[STAMP];
        if (typeof stamp === 'number') return registry.blockOf[stamp] ?? null;
      }
    }
  }
  return null;
}

/**
 * Refuses a pocket card longer than {@link POCKET_MAX_PAGES} pages, naming where it overflows:
 * content is never cut to fit.
 * @throws AppFailure('validation')
 */
export function assertPocketFits(pages: LaidOutPage[], registry: BlockRegistry): void {
  if (pages.length <= POCKET_MAX_PAGES) return;
  const first = firstBlockFrom(pages, registry, POCKET_MAX_PAGES);
  const where = first === null ? '' : ` From ${registry.blocks[first]!.where} on, it does not fit.`;
  throw new AppFailure(
    'validation',
    `The pocket card needs ${pages.length} half-letter pages; it may have at most ${POCKET_MAX_PAGES}.${where} Shorten the Purpose or Points to Make tabs, or leave one out; nothing was written.`,
  );
}
