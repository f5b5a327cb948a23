// Exposes TabEditorCommands (insert framework item, focus, flush) to the parent through commandsRef.
import { useImperativeHandle, type Ref, type RefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { FrameworkInsertItem, TabEditorCommands } from '../frameworkInsertItem';
import { $insertFrameworkItem } from '../insertFrameworkItem';

interface Props {
  commandsRef?: Ref<TabEditorCommands>;
  defaultMark: string;
  flushRef: RefObject<(() => void) | null>;
  readOnly: boolean;
}

export function CommandsPlugin({ commandsRef, defaultMark, flushRef, readOnly }: Props): null {
  const [editor] = useLexicalComposerContext();
  useImperativeHandle(
    commandsRef,
    () => ({
      insertFrameworkItem(item: FrameworkInsertItem) {
        if (readOnly) return;
        editor.update(() => void $insertFrameworkItem(item, defaultMark), {
          tag: 'framework-insert',
        });
        editor.focus();
      },
      focus() {
        editor.focus();
      },
      flush() {
        flushRef.current?.();
      },
    }),
    [editor, defaultMark, flushRef, readOnly],
  );
  return null;
}
