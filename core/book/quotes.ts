// Checks that framework-quote nodes still hold the exact cleared framework language they claim to.
import type { FrameworkBundle } from '../framework/bundle';
import type { Book } from './schema';
import { walkNodes } from './walk';
import { objectiveQuoteText } from './select';

/** A framework quote whose item is unknown or whose text no longer matches the source. */
export interface QuoteProblem {
  tabId: string;
  tabTitle: string;
  itemId: string;
  problem: 'unknown-item' | 'text-altered';
}

/** Concatenated text of a quote's direct text runs (a quote holds text nodes only). */
function quoteText(node: { children?: Array<{ text?: unknown }> }): string {
  return (node.children ?? []).map((c) => (typeof c.text === 'string' ? c.text : '')).join('');
}

/**
 * Every framework-quote in the book whose itemId is not in the framework or whose text differs
 * from the framework's verbatim text: altered language is no longer cleared language.
 */
export function findQuoteProblems(book: Book, framework: FrameworkBundle): QuoteProblem[] {
  // An objective may be quoted with or without its lettered sub-items; both are verbatim.
  const source = new Map<string, string[]>();
  for (const o of framework.objectives) source.set(o.id, [o.text, objectiveQuoteText(o)]);
  for (const tp of framework.talkingPoints) source.set(tp.id, [tp.text]);
  const problems: QuoteProblem[] = [];
  for (const tab of book.tabs) {
    for (const node of walkNodes(tab.content.root)) {
      if (node.type !== 'framework-quote') continue;
      const itemId = String(node.itemId);
      const expected = source.get(itemId);
      if (expected === undefined || !expected.includes(quoteText(node))) {
        problems.push({
          tabId: tab.id,
          tabTitle: tab.title,
          itemId,
          problem: expected === undefined ? 'unknown-item' : 'text-altered',
        });
      }
    }
  }
  return problems;
}
