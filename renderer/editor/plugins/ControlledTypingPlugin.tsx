// Inserts plainly typed characters through Lexical instead of the browser's native editing command.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  CONTROLLED_TEXT_INSERTION_COMMAND,
} from 'lexical';

/**
 * Why: in a long tab (a 100-page book is ~1,200 blocks in one contenteditable) Chromium's native
 * InsertText command costs 10-20 ms a keystroke (it re-measures and re-syncs the selection over
 * the whole editable root). Lexical can apply the same character itself in ~2 ms. Only the plain
 * case is taken over: one character, no IME composition, a collapsed caret in a simple text node;
 * everything else (composition, autocorrect, replacements, deletes) stays native.
 */
export function ControlledTypingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        const onBeforeInput = (event: InputEvent) => {
          if (event.inputType !== 'insertText' || event.isComposing || event.data?.length !== 1)
            return;
          const data = event.data;
          const plain = editor.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
            const node = selection.anchor.getNode();
            return $isTextNode(node) && node.isSimpleText() && !node.isComposing();
          });
          if (!plain) return;
          // Runs before Lexical's own beforeinput handler on the same element (capture at target).
          event.preventDefault();
          event.stopImmediatePropagation();
          editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, data);
        };
        // The returned cleanup runs when the root changes or the plugin unmounts (Lexical RootListener).
        root?.addEventListener('beforeinput', onBeforeInput, true);
        return () => root?.removeEventListener('beforeinput', onBeforeInput, true);
      }),
    [editor],
  );
  return null;
}
