// Shows find matches in the mounted tab (CSS Custom Highlight API: the document is never changed) and scrolls to the current one.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTextNode, type LexicalEditor } from 'lexical';
import { $nodeAtPath } from '../sections';

/** Names editor.css styles with ::highlight(...). */
export const FIND_HIGHLIGHT = 'bbe-find';
export const FIND_CURRENT_HIGHLIGHT = 'bbe-find-current';

/** A match in this tab: the text node's child-index path from the root and a range in its text. */
export interface TabMatch {
  path: readonly number[];
  start: number;
  end: number;
  text: string;
}

/** What the find bar asks of the mounted editor (through `findRef`). */
export interface FindHighlighter {
  /** Highlights `matches`; `current` (an index into them) is marked apart, and scrolled to when `reveal`. */
  show(matches: readonly TabMatch[], current: number | null, reveal: boolean): void;
}

/** Highlights drawn at most, so a one-letter query in a huge tab stays cheap. */
const MAX_DRAWN = 2000;

function domText(el: HTMLElement): Text | null {
  return document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
}

/** The DOM range of a match, or null when the tab no longer holds it where it was found. */
function $range(editor: LexicalEditor, match: TabMatch): { range: Range; el: HTMLElement } | null {
  const node = $nodeAtPath(match.path); // the saved content's path, through any sections
  if (!$isTextNode(node) || node.getTextContent().slice(match.start, match.end) !== match.text)
    return null;
  const el = editor.getElementByKey(node.getKey());
  const text = el ? domText(el) : null;
  if (!el || !text || match.end > text.length) return null;
  const range = new Range();
  range.setStart(text, match.start);
  range.setEnd(text, match.end);
  return { range, el };
}

export function FindHighlightPlugin({ findRef }: { findRef?: Ref<FindHighlighter> }): null {
  const [editor] = useLexicalComposerContext();
  const state = useRef<{ matches: readonly TabMatch[]; current: number | null }>({
    matches: [],
    current: null,
  });

  /** The highlights this editor set last: on unmount it removes only these, not the next tab's. */
  const mine = useRef<Highlight[]>([]);
  /** Draws the stored matches; scrolls to the current one when `reveal`. */
  const draw = useRef((reveal: boolean) => {
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    const all = new Highlight();
    const current = new Highlight();
    let currentEl: HTMLElement | null = null;
    editor.getEditorState().read(() => {
      const { matches, current: index } = state.current;
      matches.slice(0, MAX_DRAWN).forEach((m, i) => {
        const found = $range(editor, m);
        if (found && i !== index) all.add(found.range);
      });
      const active = index === null ? undefined : matches[index];
      const found = active ? $range(editor, active) : null;
      if (found) {
        current.add(found.range);
        currentEl = found.el;
      }
    });
    CSS.highlights.set(FIND_HIGHLIGHT, all);
    CSS.highlights.set(FIND_CURRENT_HIGHLIGHT, current);
    mine.current = [all, current];
    if (reveal) (currentEl as HTMLElement | null)?.scrollIntoView({ block: 'center' });
  });

  useImperativeHandle(
    findRef,
    () => ({
      show(matches, current, reveal) {
        state.current = { matches, current };
        draw.current(reveal);
      },
    }),
    [],
  );

  useEffect(() => {
    // (Re)subscribing redraws what was asked for: a remounted effect must not lose the highlights.
    if (state.current.matches.length > 0) draw.current(false);
    // Edits re-render text nodes: redraw so the highlights follow (only while there are matches).
    const unregister = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (state.current.matches.length === 0) return;
      if (dirtyLeaves.size === 0 && dirtyElements.size === 0) return;
      draw.current(false);
    });
    return () => {
      unregister();
      if (typeof Highlight === 'undefined' || !CSS.highlights) return;
      for (const name of [FIND_HIGHLIGHT, FIND_CURRENT_HIGHLIGHT]) {
        const set = CSS.highlights.get(name);
        if (set && mine.current.includes(set)) CSS.highlights.delete(name);
      }
    };
  }, [editor]);
  return null;
}
