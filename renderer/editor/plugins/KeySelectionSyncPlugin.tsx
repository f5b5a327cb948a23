// Brings Lexical's selection up to the caret the browser shows before Lexical's own key handlers run.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';

/**
 * Why: a click or a native caret move (End, Home, arrows) reaches Lexical through the browser's
 * `selectionchange` event, which is queued; a key pressed within that frame reaches Lexical's key
 * handlers first (keydown is not one of the events whose update reads the DOM selection), so Tab
 * or Backspace acted at the previous caret. This runs first on every keydown, in the same update as
 * those handlers, and adopts the DOM's caret when it differs. Only the points are compared: an
 * unchanged caret keeps its pending format (Ctrl+B, then type). A node or table-cell selection is
 * Lexical's own (the DOM cannot show it), so it is left alone.
 */
export function $syncSelectionFromDom(editor: LexicalEditor): void {
  const current = $getSelection();
  if (current !== null && !$isRangeSelection(current)) return;
  const dom = window.getSelection();
  const root = editor.getRootElement();
  if (!dom || !root || !dom.anchorNode || !dom.focusNode) return;
  if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
  const fromDom = $createRangeSelectionFromDom(dom, editor);
  if (!fromDom) return;
  if (current && current.anchor.is(fromDom.anchor) && current.focus.is(fromDom.focus)) return;
  $setSelection(fromDom);
}

export function KeySelectionSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        () => {
          $syncSelectionFromDom(editor);
          return false; // never handles the key itself
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
