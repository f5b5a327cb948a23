// Each tab's printed-length view from the page counts and the book's template budgets, kept stable while neither changes.
import { useMemo } from 'react';
import type { Book } from '../../../core/book/schema';
import type { Template } from '../../../core/templates/schema';
import {
  pageCountView,
  tabPageBudget,
  type PageCountView,
} from '../../../core/templates/pageBudgets';
import type { TabPageCounts } from './usePageCounts';

export type PageCountViews = ReadonlyMap<string, PageCountView>;

/**
 * Views by tab id, for tabs with a known count. Recomputed only when the counts, the template or a
 * tab's id, kind or title change: typing replaces the book, and the memoised outline should not
 * re-render for it.
 */
export function usePageCountViews(
  book: Book | null,
  templates: readonly Template[] | undefined,
  counts: TabPageCounts,
): PageCountViews {
  const template = templates?.find((t) => t.id === book?.templateId);
  const tabs = book?.tabs;
  const shape = tabs?.map((t) => `${t.id}\u0000${t.kind}\u0000${t.title}`).join('\u0001') ?? '';
  return useMemo(() => {
    const views = new Map<string, PageCountView>();
    for (const tab of tabs ?? []) {
      const pages = counts?.get(tab.id);
      if (pages !== undefined)
        views.set(tab.id, pageCountView(tab.title, pages, tabPageBudget(template, tab)));
    }
    return views;
    // `tabs` is read through `shape`: only ids, kinds and titles matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [counts, template, shape]);
}
