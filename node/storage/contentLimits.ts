// Step 3 for Lexical content: node count per tab (CONTENT_LIMITS.maxNodesPerTab) and depth, checked iteratively before any schema runs.
import { CONTENT_LIMITS } from '../../core/book/lexical';
import { AppFailure } from '../../core/ipc/result';

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** "tab 3 "Schedule"": a tab named in messages by position and (when it is a string) title. */
export function tabLabel(index: number, title: unknown): string {
  return typeof title === 'string'
    ? `tab ${index + 1} "${title.slice(0, 80)}"`
    : `tab ${index + 1}`;
}

/**
 * Refuses a raw (parsed, not yet schema-checked) book whose tab holds more than maxNodesPerTab
 * nodes or nests deeper than maxDepth. Walks with an explicit stack, pushing children one at a
 * time: `push(...children)` on 400k children overflows the call stack's argument limit.
 */
export function assertContentLimits(
  raw: Record<string, unknown>,
  fileName: string,
  limits: { maxNodesPerTab: number; maxDepth: number } = CONTENT_LIMITS,
): void {
  const tabs = raw.tabs;
  if (!Array.isArray(tabs)) return; // the schema reports it
  for (let t = 0; t < tabs.length; t++) {
    const tab: unknown = tabs[t];
    if (!isObject(tab) || !isObject(tab.content)) continue;
    const stack: Array<[unknown, number]> = [[tab.content.root, 0]];
    let count = 0;
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (!isObject(node)) continue;
      if (++count > limits.maxNodesPerTab) {
        throw new AppFailure(
          'validation',
          `${fileName}: ${tabLabel(t, tab.title)} holds more than ${limits.maxNodesPerTab} content nodes`,
        );
      }
      if (depth > limits.maxDepth) {
        throw new AppFailure(
          'validation',
          `${fileName}: ${tabLabel(t, tab.title)}: content is nested deeper than ${limits.maxDepth} levels`,
        );
      }
      const children = node.children;
      if (!Array.isArray(children)) continue;
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
    }
  }
}
