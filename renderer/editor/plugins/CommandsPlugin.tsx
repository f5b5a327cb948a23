// Exposes TabEditorCommands (insert framework item, focus, flush) to the parent through commandsRef.
import { useImperativeHandle, type Ref, type RefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { FrameworkInsertItem, TabEditorCommands } from '../frameworkInsertItem';
import { $createParagraphNode, $createTextNode } from 'lexical';
import { $insertFrameworkItem, $insertTopLevelBlock } from '../insertFrameworkItem';
import { $setMark } from '../markState';

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
      insertParagraph(text: string) {
        if (readOnly) return;
        editor.update(
          () => {
            const paragraph = $createParagraphNode().append($createTextNode(text));
            $setMark(paragraph, defaultMark);
            $insertTopLevelBlock(paragraph);
          },
          { tag: 'framework-insert' },
        );
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
