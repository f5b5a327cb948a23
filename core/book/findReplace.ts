// Find and replace over a whole book's serialized content: matches per text node, and replacement that never touches cleared framework language.
import type { SerializedEditorState, SerializedNode } from './lexical';

export interface FindOptions {
  query: string;
  matchCase: boolean;
  wholeWord: boolean;
}

/** One occurrence: a text node reached by child indices from the tab's root, and a range in its text. */
export interface FindMatch {
  tabId: string;
  path: readonly number[];
  start: number;
  end: number;
  /** The matched text as it stands (case may differ from the query). */
  text: string;
  /** Inside a framework-quote: cleared language that a replacement must not silently change. */
  cleared: boolean;
}

/** Beyond this many matches the search stops: the count reads "10000+" rather than freezing the UI. */
export const MAX_MATCHES = 10_000;

export interface FindResult {
  matches: FindMatch[];
  /** True when the search stopped at MAX_MATCHES. */
  capped: boolean;
}

interface TabLike {
  id: string;
  content: SerializedEditorState;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern for `options`, or null when there is nothing to look for. */
export function findPattern(options: FindOptions): RegExp | null {
  if (options.query.length === 0) return null;
  return new RegExp(escapeRegExp(options.query), options.matchCase ? 'gu' : 'giu');
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

/** Ranges of `pattern` in `text`, honouring whole-word. */
function rangesIn(text: string, pattern: RegExp, wholeWord: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) continue;
    if (wholeWord && !isWholeWord(text, start, end)) continue;
    out.push([start, end]);
  }
  return out;
}

/**
 * Every match in a tab's content, in document order. Only plain `text` nodes are searched: a
 * field shows the book's details (edited in the details form) and a tab node is whitespace.
 */
function findInTab(
  tab: TabLike,
  pattern: RegExp,
  wholeWord: boolean,
  out: FindMatch[],
  limit: number,
): boolean {
  // Iterative, document order; content depth is bounded by the codec but never trusted here.
  const stack: Array<{ node: SerializedNode; path: number[]; cleared: boolean }> = [
    { node: tab.content.root, path: [], cleared: false },
  ];
  while (stack.length > 0) {
    const { node, path, cleared } = stack.pop()!;
    if (node.type === 'text' && typeof node.text === 'string') {
      for (const [start, end] of rangesIn(node.text, pattern, wholeWord)) {
        if (out.length >= limit) return false;
        out.push({ tabId: tab.id, path, start, end, text: node.text.slice(start, end), cleared });
      }
    }
    const children = node.children ?? [];
    const inQuote = cleared || node.type === 'framework-quote';
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, path: [...path, i], cleared: inQuote });
  }
  return true;
}

/** Every match in the book's tabs, tab by tab in book order. */
export function findInBook(tabs: readonly TabLike[], options: FindOptions): FindResult {
  const pattern = findPattern(options);
  const matches: FindMatch[] = [];
  if (!pattern) return { matches, capped: false };
  for (const tab of tabs) {
    if (!findInTab(tab, pattern, options.wholeWord, matches, MAX_MATCHES))
      return { matches, capped: true };
  }
  return { matches, capped: false };
}

export interface ReplaceOutcome<T extends TabLike> {
  tabs: T[];
  /** How many matches were replaced. */
  replaced: number;
  /** Matches left alone because they are cleared framework language. */
  skippedCleared: number;
  /** Matches left alone because the text no longer holds them (the content changed since the search). */
  skippedStale: number;
  /** Ids of tabs whose content changed. */
  changedTabIds: string[];
}

const pathKey = (path: readonly number[]) => path.join('.');

/** A copy of `node` with the text node at `path` rewritten by `rewrite` (copies only along the path). */
function rewriteAt(
  node: SerializedNode,
  path: readonly number[],
  depth: number,
  rewrite: (text: SerializedNode) => SerializedNode,
): SerializedNode {
  if (depth === path.length) return rewrite(node);
  const children = node.children ?? [];
  const index = path[depth]!;
  const child = children[index];
  if (!child) return node;
  const next = rewriteAt(child, path, depth + 1, rewrite);
  if (next === child) return node;
  const copy = [...children];
  copy[index] = next;
  return { ...node, children: copy };
}

function nodeAt(root: SerializedNode, path: readonly number[]): SerializedNode | undefined {
  let node: SerializedNode | undefined = root;
  for (const i of path) node = node?.children?.[i];
  return node;
}

/**
 * Replaces `matches` with `replacement`, leaving cleared framework language (and any match the
 * text no longer holds) alone and counting what was left. Pure: returns new tabs, the input is untouched.
 */
export function replaceMatches<T extends TabLike>(
  tabs: readonly T[],
  matches: readonly FindMatch[],
  replacement: string,
): ReplaceOutcome<T> {
  let replaced = 0;
  let skippedCleared = 0;
  let skippedStale = 0;
  const byTab = new Map<string, Map<string, FindMatch[]>>();
  for (const m of matches) {
    if (m.cleared) {
      skippedCleared++;
      continue;
    }
    const perTab = byTab.get(m.tabId) ?? new Map<string, FindMatch[]>();
    byTab.set(m.tabId, perTab);
    const key = pathKey(m.path);
    perTab.set(key, [...(perTab.get(key) ?? []), m]);
  }
  const changedTabIds: string[] = [];
  const out = tabs.map((tab) => {
    const perTab = byTab.get(tab.id);
    if (!perTab) return tab;
    let root = tab.content.root as SerializedNode;
    for (const group of perTab.values()) {
      const path = group[0]!.path;
      const target = nodeAt(root, path);
      if (!target || target.type !== 'text' || typeof target.text !== 'string') {
        skippedStale += group.length;
        continue;
      }
      // Right to left, so earlier offsets stay valid; overlapping or stale ranges are left alone.
      const sorted = [...group].sort((a, b) => b.start - a.start);
      let text = target.text;
      let limit = Infinity;
      for (const m of sorted) {
        if (m.end > limit || text.slice(m.start, m.end) !== m.text) {
          skippedStale++;
          continue;
        }
        text = text.slice(0, m.start) + replacement + text.slice(m.end);
        limit = m.start;
        replaced++;
      }
      if (text !== target.text) root = rewriteAt(root, path, 0, (n) => ({ ...n, text }));
    }
    if (root === tab.content.root) return tab;
    changedTabIds.push(tab.id);
    return {
      ...tab,
      content: { ...tab.content, root: root as SerializedEditorState['root'] },
    };
  });
  return { tabs: out, replaced, skippedCleared, skippedStale, changedTabIds };
}

/** The index of the first match at or after `tabId` in book order (0 when none follows). */
export function firstMatchFrom(
  matches: readonly FindMatch[],
  tabOrder: readonly string[],
  tabId: string | null,
): number {
  if (matches.length === 0) return -1;
  if (tabId === null) return 0;
  const from = tabOrder.indexOf(tabId);
  const index = matches.findIndex((m) => tabOrder.indexOf(m.tabId) >= from);
  return index === -1 ? 0 : index;
}

/** The next (1) or previous (-1) index, wrapping round the book. */
export function stepMatch(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (((current + direction) % count) + count) % count;
}

/** The message after a replacement, naming what was skipped and why. */
export function replaceSummary(outcome: {
  replaced: number;
  skippedCleared: number;
  changedTabIds: readonly string[];
}): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts: string[] = [];
  parts.push(
    outcome.replaced === 0
      ? 'Nothing was replaced.'
      : `Replaced ${n(outcome.replaced, 'match', 'matches')} in ${n(outcome.changedTabIds.length, 'tab', 'tabs')}.`,
  );
  if (outcome.skippedCleared > 0)
    parts.push(
      `${n(outcome.skippedCleared, 'match in cleared language was', 'matches in cleared language were')} skipped: edit the framework text in place to tailor it.`,
    );
  return parts.join(' ');
}
