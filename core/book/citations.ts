// Where a book cites a framework objective: every quote of it, or of a point citing it (or one of its sub-items), in book order.
import type { FrameworkBundle } from '../framework/bundle';
import { objectiveOf } from './coverage';
import { quotesWithPaths } from './quotes';
import type { Tab } from './schema';

/** A citation's place: the tab and the child-index path of its framework-quote node. */
export interface CitationPlace {
  tabId: string;
  path: number[];
}

/**
 * The places that make the coverage panel count `objectiveId` as cited (as computeCoverage does):
 * quotes of the objective itself, and quotes whose `cites` name it or one of its sub-items.
 */
export function objectiveCitations(
  tabs: readonly Tab[],
  framework: FrameworkBundle,
  objectiveId: string,
): CitationPlace[] {
  const places: CitationPlace[] = [];
  for (const tab of tabs)
    for (const { node, path } of quotesWithPaths(tab.content.root, [])) {
      const cites = Array.isArray(node.cites) ? node.cites : [];
      const ids = node.itemKind === 'objective' ? [node.itemId, ...cites] : cites;
      if (ids.some((id) => typeof id === 'string' && objectiveOf(framework, id) === objectiveId))
        places.push({ tabId: tab.id, path });
    }
  return places;
}
