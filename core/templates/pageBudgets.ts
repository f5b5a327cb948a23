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

/** How one tab's printed length reads, in the outline and in the tab's header. */
export interface PageCountView {
  /** Compact, for the outline: "2 p.", "1 / 1 p.", "3 / 2 p.". */
  short: string;
  /** For the tab's header: "Prints 2 pages", "Prints 1 page, within the 1-page budget". */
  sentence: string;
  /** The whole sentence with the tab named, for screen readers and the tooltip. */
  label: string;
  over: boolean;
}

const pageBudgetWords = (n: number): string => `${n}-page budget`;

/** The printed length of a tab, against its budget when it has one. */
export function pageCountView(title: string, pages: number, budget?: number): PageCountView {
  if (budget === undefined)
    return {
      short: `${pages} p.`,
      sentence: `Prints ${pagesWord(pages)}`,
      label: `${title} prints ${pagesWord(pages)}`,
      over: false,
    };
  const over = pages > budget;
  const verdict = over
    ? `over the ${pageBudgetWords(budget)}`
    : `within the ${pageBudgetWords(budget)}`;
  return {
    short: `${pages} / ${budget} p.`,
    sentence: `Prints ${pagesWord(pages)}, ${verdict}`,
    label: `${title} prints ${pagesWord(pages)}, ${verdict}`,
    over,
  };
}
