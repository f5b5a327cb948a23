// Checks that framework-quote nodes still hold the exact cleared framework language they claim to.
// One check for print, readiness and validate: a quote is cleared only when its framework version,
// its item ID and its words (whitespace aside) all match the bundled framework.
import type { FrameworkBundle } from '../framework/bundle';
import type { SerializedNode } from './lexical';
import type { Book } from './schema';
import { objectiveQuoteText } from './select';

/** Why a quote is not cleared language. */
export type QuoteProblemKind = 'unknown-version' | 'unknown-item' | 'text-altered';

/** A framework quote whose version or item is unknown or whose text no longer matches the source. */
export interface QuoteProblem {
  tabId: string;
  tabTitle: string;
  itemId: string;
  problem: QuoteProblemKind;
  /** Child indices from the tab's root to the quote node. */
  path: number[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A quote's words: its text runs, paragraphs (if any) joined by a space. */
function quoteWords(node: SerializedNode): string {
  const parts: string[] = [];
  for (const child of node.children ?? []) {
    if (typeof child.text === 'string') parts.push(child.text);
    else if (child.type === 'linebreak') parts.push(' ');
    else if (child.children) parts.push(` ${quoteWords(child)} `);
  }
  return norm(parts.join(''));
}

const sourcesByBundle = new WeakMap<FrameworkBundle, Map<string, string[]>>();

/** Item ID -> the verbatim texts it may be quoted as (an objective with or without its sub-items). */
function sourceTexts(framework: FrameworkBundle): Map<string, string[]> {
  let map = sourcesByBundle.get(framework);
  if (!map) {
    map = new Map();
    for (const o of framework.objectives)
      map.set(o.id, [norm(o.text), norm(objectiveQuoteText(o))]);
    for (const tp of framework.talkingPoints) map.set(tp.id, [norm(tp.text)]);
    sourcesByBundle.set(framework, map);
  }
  return map;
}

/**
 * Null when the quote node is cleared language of `framework`; otherwise why not. A book drafted
 * from another framework version than the one given cannot be verified, so it is never cleared.
 */
export function verifyQuote(
  node: SerializedNode,
  framework: FrameworkBundle | undefined,
  bookFrameworkVersion: string | undefined,
): QuoteProblemKind | null {
  if (!framework || bookFrameworkVersion !== framework.version) return 'unknown-version';
  const expected = sourceTexts(framework).get(String(node.itemId));
  if (expected === undefined) return 'unknown-item';
  return expected.includes(quoteWords(node)) ? null : 'text-altered';
}

/** Every framework-quote under `node` with its child-index path, in document order. */
function* quotesWithPaths(
  node: SerializedNode,
  path: number[],
): Generator<{ node: SerializedNode; path: number[] }> {
  if (node.type === 'framework-quote') {
    yield { node, path };
    return;
  }
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) yield* quotesWithPaths(children[i]!, [...path, i]);
}

/**
 * Every framework-quote in the book that is not cleared language of `framework`: unknown framework
 * version, unknown item ID, or words that differ from the framework's verbatim text.
 */
export function findQuoteProblems(book: Book, framework: FrameworkBundle): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const tab of book.tabs) {
    for (const { node, path } of quotesWithPaths(tab.content.root, [])) {
      const problem = verifyQuote(node, framework, book.frameworkVersion);
      if (problem) {
        problems.push({
          tabId: tab.id,
          tabTitle: tab.title,
          itemId: String(node.itemId),
          problem,
          path,
        });
      }
    }
  }
  return problems;
}
