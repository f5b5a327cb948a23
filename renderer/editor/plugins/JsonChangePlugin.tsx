// Delivers the tab's serialized content to the parent after a pause, at least every CHANGE_MAX_WAIT_MS while typing, and at once on blur/unmount.
import { useEffect, useRef, type RefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import type { SerializedEditorState } from '../../../core/book/lexical';
import { createIncrementalSerializer } from '../incrementalJson';

/** How long typing must pause before the whole tab is serialized (keeps keystrokes cheap in big books). */
export const CHANGE_DEBOUNCE_MS = 250;
/**
 * Longest an edit stays undelivered while typing never pauses. Part of the crash-loss budget
 * (useBookDocument.ts LOSS_BOUND_MS): delivery here, then the journal's own maximum wait.
 */
export const CHANGE_MAX_WAIT_MS = 750;

interface Props {
  onChange: (content: SerializedEditorState) => void;
  /** Receives a function that delivers any pending change immediately. */
  flushRef: RefObject<(() => void) | null>;
}

export function JsonChangePlugin({ onChange, flushRef }: Props): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    // `pause` restarts on every change; `cap` starts with the first undelivered change and does
    // not move, so steady typing is serialized every 750 ms rather than never.
    let pause: ReturnType<typeof setTimeout> | null = null;
    let cap: ReturnType<typeof setTimeout> | null = null;
    // Re-exports only the blocks that changed since the last delivery (incrementalJson.ts).
    const serialize = createIncrementalSerializer();
    const flush = (): void => {
      if (pause === null && cap === null) return;
      if (pause !== null) clearTimeout(pause);
      if (cap !== null) clearTimeout(cap);
      pause = cap = null;
      onChangeRef.current(serialize(editor.getEditorState()));
    };
    flushRef.current = flush;
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // Selection-only updates, the initial load and internal housekeeping change no content.
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (pause !== null) clearTimeout(pause);
        pause = setTimeout(flush, CHANGE_DEBOUNCE_MS);
        cap ??= setTimeout(flush, CHANGE_MAX_WAIT_MS);
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flush();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      unregister();
      flush();
      flushRef.current = null;
    };
  }, [editor, flushRef]);
  return null;
}
