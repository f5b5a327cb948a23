// Page budgets of a book's tabs (from its template) and how a tab's printed length reads against one.
import type { Template } from './schema';

/** The part of a book tab a budget is matched on. */
interface TabLike {
  kind: string;
  title: string;
}

/**
 * The page budget the book's template sets for this tab: the template tab of the same kind, or of
 * the same kind and title when the template has several of that kind. None for a tab the officer
 * added (custom, annex) unless the template has that very tab, or for an unknown template.
 */
export function tabPageBudget(template: Template | undefined, tab: TabLike): number | undefined {
  const sameKind = template?.tabs.filter((t) => t.kind === tab.kind) ?? [];
  const match = sameKind.length === 1 ? sameKind[0] : sameKind.find((t) => t.title === tab.title);
  return match?.pageBudget;
}

const pagesWord = (n: number): string => `${n} ${n === 1 ? 'page' : 'pages'}`;

/** What the tab list shows for one tab's printed length. */
export interface PageCountView {
  /** Short visible text: "2 pages", "1 of 1 page", "3 of 2 pages". */
  text: string;
  /** The whole sentence for screen readers and the tooltip. */
  label: string;
  over: boolean;
}

/** The printed length of a tab, against its budget when it has one. */
export function pageCountView(title: string, pages: number, budget?: number): PageCountView {
  if (budget === undefined)
    return { text: pagesWord(pages), label: `${title} prints ${pagesWord(pages)}`, over: false };
  const over = pages > budget;
  return {
    text: `${pages} of ${pagesWord(budget)}`,
    label: over
      ? `${title} prints ${pagesWord(pages)}, over its budget of ${pagesWord(budget)}`
      : `${title} prints ${pagesWord(pages)}, within its budget of ${pagesWord(budget)}`,
    over,
  };
}
