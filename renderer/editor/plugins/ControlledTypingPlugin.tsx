// Inserts plainly typed characters through Lexical instead of the browser's native editing command.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';

/** True when the caret is where Lexical can apply a typed character itself: collapsed, in plain text. */
function $plainCaret(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const node = selection.anchor.getNode();
  return $isTextNode(node) && node.isSimpleText() && !node.isComposing();
}

/** A key that types one character: no shortcut modifier, no IME composition, no dead key. */
function typesOneCharacter(event: KeyboardEvent): boolean {
  return (
    event.key.length === 1 &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing &&
    event.keyCode !== 229 // a key the IME is handling
  );
}

/**
 * Why: in a long tab (a 100-page book is ~1,100 blocks in one contenteditable) Chromium's native
 * typing path costs 10-20 ms a keystroke before the page sees the character: it syncs and
 * re-measures the selection over the whole editable root to dispatch `beforeinput`. Lexical can
 * apply the same character itself in ~2 ms. So a plain character key is taken at keydown (after
 * KeySelectionSyncPlugin has brought Lexical's caret up to the DOM's), and the browser's
 * keypress/beforeinput never run for it. Only the plain case is taken over: one character, no
 * modifier or IME composition, a collapsed caret in a simple text node. Everything else
 * (composition, autocorrect, replacements, deletes, an empty block) stays native, and a plain
 * `beforeinput` insert that still arrives (insertText from IME commit, dictation, drag) is
 * applied through Lexical too.
 */
export function ControlledTypingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!typesOneCharacter(event) || !$plainCaret()) return false;
            event.preventDefault();
            editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, event.key);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerRootListener((root) => {
          const onBeforeInput = (event: InputEvent) => {
            if (event.inputType !== 'insertText' || event.isComposing || event.data?.length !== 1)
              return;
            const data = event.data;
            if (!editor.read($plainCaret)) return;
            // Runs before Lexical's own beforeinput handler on the same element (capture at target).
            event.preventDefault();
            event.stopImmediatePropagation();
            editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, data);
          };
          // The returned cleanup runs when the root changes or the plugin unmounts (Lexical RootListener).
          root?.addEventListener('beforeinput', onBeforeInput, true);
          return () => root?.removeEventListener('beforeinput', onBeforeInput, true);
        }),
      ),
    [editor],
  );
  return null;
}
