// Placeholder navigation and jump-to-block in a mounted TabEditor (F8 / Shift+F8, Readiness panel jumps).
import {
  $createRangeSelectionFromDom,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { PLACEHOLDER_PATTERN } from '../../core/readiness/textChecks';
import { $nodeAtPath } from './sections';

/** What a parent may ask of the mounted editor (through `navRef`). */
export interface PlaceholderNav {
  /**
   * Selects the next (1) or previous (-1) placeholder after or before the selection. Returns
   * false, changing nothing, when there is none further in this tab.
   */
  step(direction: 1 | -1): boolean;
  /** Selects the first (1) or last (-1) placeholder of the tab; false when it has none. */
  edge(direction: 1 | -1): boolean;
  /** Scrolls to and focuses the node at `path` (child indices from the root); selects a placeholder in it. */
  reveal(path: readonly number[]): void;
}

interface Hit {
  key: string;
  start: number;
  end: number;
  /** Position of the text node in document order. */
  order: number;
}

function $hits(): Hit[] {
  const hits: Hit[] = [];
  $getRoot()
    .getAllTextNodes()
    .forEach((node, order) => {
      for (const m of node.getTextContent().matchAll(PLACEHOLDER_PATTERN))
        hits.push({ key: node.getKey(), start: m.index, end: m.index + m[0].length, order });
    });
  return hits;
}

/**
 * The caret's selection: the DOM's when it lies in this editor. A key pressed right after a caret
 * move (Ctrl+Home, then F8) arrives before the browser's selectionchange reaches Lexical, so the
 * editor state's selection can still be the old one.
 */
function $caretSelection(editor: LexicalEditor) {
  const dom = window.getSelection();
  const root = editor.getRootElement();
  const fromDom =
    dom && root && dom.anchorNode && root.contains(dom.anchorNode)
      ? $createRangeSelectionFromDom(dom, editor)
      : null;
  return fromDom ?? $getSelection();
}

/** The selection as (text node order, offset) for its start and end; null when there is none. */
function $selectionBounds(
  editor: LexicalEditor,
): { from: [number, number]; to: [number, number] } | null {
  const selection = $caretSelection(editor);
  if (!$isRangeSelection(selection)) return null;
  const order = new Map(
    $getRoot()
      .getAllTextNodes()
      .map((n, i) => [n.getKey(), i]),
  );
  const point = (p: typeof selection.anchor): [number, number] | null => {
    const node = p.getNode();
    if ($isTextNode(node)) return [order.get(node.getKey()) ?? -1, p.offset];
    const first = $isElementNode(node) ? node.getFirstDescendant() : null;
    return first && $isTextNode(first) ? [order.get(first.getKey()) ?? -1, 0] : null;
  };
  const a = point(selection.anchor);
  const f = point(selection.focus);
  if (!a || !f) return null;
  const before = a[0] < f[0] || (a[0] === f[0] && a[1] <= f[1]);
  return before ? { from: a, to: f } : { from: f, to: a };
}

const cmp = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

function scrollTo(editor: LexicalEditor, key: string): void {
  const el = editor.getElementByKey(key);
  el?.scrollIntoView({ block: 'center' });
}

function select(editor: LexicalEditor, hit: Hit): void {
  editor.update(
    () => {
      const node = $getRoot()
        .getAllTextNodes()
        .find((n) => n.getKey() === hit.key);
      node?.select(hit.start, hit.end);
    },
    { tag: 'placeholder-nav', onUpdate: () => scrollTo(editor, hit.key) },
  );
  editor.focus();
}

/** The PlaceholderNav of one editor. */
export function placeholderNav(editor: LexicalEditor): PlaceholderNav {
  return {
    step(direction) {
      let target: Hit | undefined;
      editor.getEditorState().read(
        () => {
          const hits = $hits();
          const bounds = $selectionBounds(editor);
          if (!bounds) target = direction === 1 ? hits[0] : hits.at(-1);
          else if (direction === 1)
            target = hits.find((h) => cmp([h.order, h.start], bounds.to) >= 0);
          else target = [...hits].reverse().find((h) => cmp([h.order, h.end], bounds.from) <= 0);
        },
        { editor },
      );
      if (!target) return false;
      select(editor, target);
      return true;
    },
    edge(direction) {
      let target: Hit | undefined;
      editor.getEditorState().read(() => {
        const hits = $hits();
        target = direction === 1 ? hits[0] : hits.at(-1);
      });
      if (!target) return false;
      select(editor, target);
      return true;
    },
    reveal(path) {
      if (path.length === 0) return editor.focus(); // the tab as a whole
      let key: string | null = null;
      let hit: Hit | undefined;
      editor.getEditorState().read(() => {
        const node = $nodeAtPath(path); // the saved content's path, through any sections
        if (!node) return;
        key = node.getKey();
        const texts = $isTextNode(node)
          ? [node]
          : $isElementNode(node)
            ? node.getAllTextNodes()
            : [];
        const keys = new Set(texts.map((t) => t.getKey()));
        hit = $hits().find((h) => keys.has(h.key));
      });
      if (hit) return select(editor, hit);
      if (key === null) return;
      const target = key;
      editor.update(
        () => {
          const node = $getRoot()
            .getAllTextNodes()
            .find((n) => n.getKey() === target);
          if (node) node.select(0, 0);
          else {
            const n = $nodeAtPath(path);
            if ($isElementNode(n)) n.selectStart();
          }
        },
        { tag: 'placeholder-nav', onUpdate: () => scrollTo(editor, target) },
      );
      editor.focus();
    },
  };
}
