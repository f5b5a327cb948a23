// Shows each top-level block's portion mark (and an edited quote's notice) as data attributes styled by editor.css.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type LexicalEditor, type NodeKey, type NodeMutation } from 'lexical';
import { ListItemNode } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import { $isTopLevelBlock, MARKABLE_BLOCK_CLASSES } from '../blockMarks';
import { $getEditedFrom, $getMark } from '../markState';

function setAttr(el: HTMLElement, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Writes data-mark / data-mark-level / data-edited-from on the DOM of the mutated blocks. */
function decorate(editor: LexicalEditor, mutations: Map<NodeKey, NodeMutation>): void {
  editor.getEditorState().read(() => {
    for (const [key, mutation] of mutations) {
      if (mutation === 'destroyed') continue;
      const node = $getNodeByKey(key);
      const el = editor.getElementByKey(key);
      if (!node || !el) continue;
      const top = $isTopLevelBlock(node);
      const own = $getMark(node);
      // Top-level blocks always show a mark ("?" when unmarked); list items only when they override.
      const mark = top ? own || '?' : own || null;
      setAttr(el, 'data-mark', mark);
      setAttr(
        el,
        'data-mark-level',
        mark === null ? null : mark === 'U' ? 'u' : mark === '?' ? 'none' : 'sbu',
      );
      const editedFrom = top ? $getEditedFrom(node) : '';
      setAttr(el, 'data-edited-from', editedFrom === '' ? null : editedFrom);
    }
  });
}

export function MarkDecorationsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const listener = (mutations: Map<NodeKey, NodeMutation>): void => decorate(editor, mutations);
    return mergeRegister(
      ...[...MARKABLE_BLOCK_CLASSES, ListItemNode].map((klass) =>
        editor.registerMutationListener(klass, listener, { skipInitialization: false }),
      ),
    );
  }, [editor]);
  return null;
}
