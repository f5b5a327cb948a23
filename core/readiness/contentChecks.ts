// Readiness checks over one tab's content: placeholders, unmarked portions, markings, scripts, quotes.
import type { FrameworkBundle } from '../framework/bundle';
import type { SerializedNode } from '../book/lexical';
import { PortionMarkSchema } from '../book/marks';
import { markOf } from '../book/markings';
import { isTailored, verifyQuote, type QuoteProblemKind } from '../book/quotes';
import type { Tab } from '../book/schema';
import { firstWords, nodeText } from '../book/walk';
import type { ReadinessKind, ReadinessProblem } from './types';
import { classifiedMessages, placeholdersIn, scriptMessage } from './textChecks';

const isValidMark = (mark: unknown): boolean =>
  typeof mark === 'string' && PortionMarkSchema.safeParse(mark).success;

/** Text of a block as printed (runs joined, so a marking split by formatting is still caught). */
function blockStrings(node: SerializedNode): string[] {
  const runs: string[] = [];
  const extras: string[] = [];
  const visit = (n: SerializedNode): void => {
    if (typeof n.text === 'string') runs.push(n.text);
    else if (n.type === 'linebreak' || n.type === 'tab') runs.push(' ');
    if (typeof n.url === 'string') extras.push(n.url);
    if (typeof n.raised === 'string') extras.push(n.raised);
    if (typeof n.alt === 'string') extras.push(n.alt);
    for (const child of n.children ?? []) {
      visit(child);
      if (child.children) runs.push(' ');
    }
  };
  visit(node);
  return [runs.join(''), ...extras];
}

const QUOTE_KIND: Record<QuoteProblemKind, ReadinessKind> = {
  'text-altered': 'quote-edited',
  'unknown-item': 'quote-unknown-id',
  'unknown-version': 'quote-unknown-version',
};

function quoteMessage(kind: QuoteProblemKind, itemId: string, version: string): string {
  switch (kind) {
    case 'text-altered':
      return `Framework quote ${itemId} has been edited, so it is no longer cleared language. It prints as your own text, without the cleared box or citation.`;
    case 'unknown-item':
      return `Framework quote ${itemId} is not in the bundled framework. It prints as your own text, without the cleared box or citation.`;
    case 'unknown-version':
      return `Framework quote ${itemId} comes from framework version "${version}", which this app does not hold, so it cannot be verified as cleared language.`;
  }
}

interface Cached {
  tabId: string;
  title: string;
  framework: FrameworkBundle | undefined;
  version: string;
  country: string | undefined;
  problems: ReadinessProblem[];
}
// Why: the app re-checks after each (debounced) edit, and an edit replaces only the edited tab's
// content object, so every other tab's answer is reused. Weak keys: old contents go.
const cache = new WeakMap<object, Cached>();

/** Every readiness problem inside one tab's content, in document order (memoised per content). */
export function contentProblems(
  tab: Tab,
  framework: FrameworkBundle | undefined,
  frameworkVersion: string,
  /** The book's country name: the value talking points' sanctioned slots may be filled with. */
  country?: string,
): ReadinessProblem[] {
  const hit = cache.get(tab.content);
  if (
    hit &&
    hit.tabId === tab.id &&
    hit.title === tab.title &&
    hit.framework === framework &&
    hit.version === frameworkVersion &&
    hit.country === country
  )
    return hit.problems;
  const problems = scanContent(tab, framework, frameworkVersion, country);
  cache.set(tab.content, {
    tabId: tab.id,
    title: tab.title,
    framework,
    version: frameworkVersion,
    country,
    problems,
  });
  return problems;
}

/** A problem inside one top-level block, its path relative to the block (`sub`). */
interface BlockProblem {
  kind: ReadinessKind;
  severity: ReadinessProblem['severity'];
  sub: number[];
  message: string;
}

interface CachedBlock {
  framework: FrameworkBundle | undefined;
  version: string;
  country: string | undefined;
  problems: BlockProblem[];
}
// Why per block too: typing replaces one tab's content, but the editor hands back the same JSON
// object for every block it did not change (renderer/editor/incrementalJson.ts), so a re-check
// after an edit scans one block, not the whole 100-page tab. Weak keys: old blocks go.
const blockCache = new WeakMap<SerializedNode, CachedBlock>();

function scanContent(
  tab: Tab,
  framework: FrameworkBundle | undefined,
  frameworkVersion: string,
  country: string | undefined,
): ReadinessProblem[] {
  const out: ReadinessProblem[] = [];
  tab.content.root.children.forEach((block, index) => {
    let hit = blockCache.get(block);
    if (
      !hit ||
      hit.framework !== framework ||
      hit.version !== frameworkVersion ||
      hit.country !== country
    ) {
      hit = {
        framework,
        version: frameworkVersion,
        country,
        problems: scanBlock(block, framework, frameworkVersion, country),
      };
      blockCache.set(block, hit);
    }
    for (const p of hit.problems)
      out.push({
        kind: p.kind,
        severity: p.severity,
        tabId: tab.id,
        tabTitle: tab.title,
        path: [index, ...p.sub],
        where: `${tab.title}, block ${index + 1}`,
        message: p.message,
      });
  });
  return out;
}

/** Every problem inside one top-level block, in document order. */
function scanBlock(
  block: SerializedNode,
  framework: FrameworkBundle | undefined,
  frameworkVersion: string,
  country: string | undefined,
): BlockProblem[] {
  const out: BlockProblem[] = [];
  const at = (sub: number[]) => ({ sub });
  if (!isValidMark(markOf(block)) && nodeText(block) !== '') {
    const words = firstWords(block);
    const mark = markOf(block);
    out.push({
      kind: 'unmarked-portion',
      severity: 'blocker',
      ...at([]),
      message:
        mark === undefined
          ? `“${words}” has no portion mark. Give it U or SBU.`
          : `“${words}” has an invalid portion mark "${String(mark)}". Give it U or SBU.`,
    });
  }
  for (const text of blockStrings(block)) {
    for (const message of classifiedMessages(text))
      out.push({ kind: 'classified-marking', severity: 'blocker', ...at([]), message });
    const script = scriptMessage(text);
    if (script)
      out.push({
        kind: 'unprintable-script',
        severity: 'blocker',
        ...at([]),
        message: script,
      });
  }
  walk(block, []);

  function walk(node: SerializedNode, path: number[]): void {
    if (typeof node.text === 'string') {
      for (const p of placeholdersIn(node.text)) {
        out.push({
          kind: 'placeholder',
          severity: 'blocker',
          ...at(path),
          message: `Placeholder left: ${p.text}. Replace it with the real text, or delete it.`,
        });
      }
    }
    if (typeof node.raised === 'string') {
      for (const p of placeholdersIn(node.raised)) {
        out.push({
          kind: 'placeholder',
          severity: 'blocker',
          ...at(path),
          message: `Placeholder left in an if-raised ask: ${p.text}.`,
        });
      }
    }
    if (node.type === 'listitem' && markOf(node) !== undefined && !isValidMark(markOf(node))) {
      out.push({
        kind: 'unmarked-portion',
        severity: 'blocker',
        ...at(path),
        message: `List item “${firstWords(node)}” has an invalid portion mark "${String(markOf(node))}". Give it U or SBU.`,
      });
    }
    if (node.type === 'framework-quote') {
      const slots = country === undefined ? undefined : { country };
      const problem = verifyQuote(node, framework, frameworkVersion, slots);
      if (problem) {
        out.push({
          kind: QUOTE_KIND[problem],
          severity: problem === 'unknown-version' ? 'blocker' : 'warning',
          ...at(path),
          message:
            problem === 'text-altered' && isTailored(node)
              ? `Tailored quote ${String(node.itemId)} does not record ${String(node.itemId)}'s cleared text, so it prints as your own text without "adapted from".`
              : quoteMessage(problem, String(node.itemId), frameworkVersion),
        });
      }
    }
    if (node.type === 'image' && (typeof node.alt !== 'string' || node.alt.trim() === '')) {
      out.push({
        kind: 'image-no-alt',
        severity: 'warning',
        ...at(path),
        message:
          'A picture has no alt text. Describe it (for a portrait, the person’s name and title) so a screen reader can read the PDF.',
      });
    }
    spanningPlaceholders(node, path);
    (node.children ?? []).forEach((child, i) => walk(child, [...path, i]));
  }

  /** A placeholder split over several runs (e.g. a live field inside a prompt), reported at its first run. */
  function spanningPlaceholders(node: SerializedNode, path: number[]): void {
    const runs = node.children ?? [];
    if (runs.length < 2 || !runs.some((c) => typeof c.text === 'string')) return;
    const starts: number[] = [];
    let joined = '';
    for (const run of runs) {
      starts.push(joined.length);
      joined += typeof run.text === 'string' ? run.text : '\n';
    }
    for (const p of placeholdersIn(joined)) {
      const first = starts.findLastIndex((at) => at <= p.start);
      const last = starts.findLastIndex((at) => at < p.start + p.text.length);
      if (first === last) continue; // inside one run: reported by that run
      out.push({
        kind: 'placeholder',
        severity: 'blocker',
        ...at([...path, first]),
        message: `Placeholder left: ${p.text}. Replace it with the real text, or delete it.`,
      });
    }
  }
  return out;
}
