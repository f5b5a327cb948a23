/// <reference lib="dom" />
// The incremental serializer writes exactly what editorState.toJSON() writes, and reuses unchanged blocks' JSON.
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalNode,
} from 'lexical';
import { createIncrementalSerializer } from '../../renderer/editor/incrementalJson';
import { $setMark } from '../../renderer/editor/markState';
import { generatedBook } from '../fixtures/books/generated';
import { makeEditor, update } from './headlessEditor';

/** A headless editor holding a generated tab: headings, lists, tables, framework quotes, fields. */
function loadedEditor() {
  const editor = makeEditor();
  const content = generatedBook(3).tabs.flatMap((t) => t.content.root.children);
  const json = JSON.stringify({
    root: { ...generatedBook(1).tabs[0]!.content.root, children: content },
  });
  editor.setEditorState(editor.parseEditorState(json));
  return editor;
}

function $firstText(node: LexicalNode): LexicalNode | null {
  if ($isTextNode(node)) return node;
  if ($isElementNode(node))
    for (const child of node.getChildren()) {
      const found = $firstText(child);
      if (found) return found;
    }
  return null;
}

describe('incremental serializer', () => {
  it('writes what toJSON writes, and the next call reuses every block object when nothing changed', () => {
    const editor = loadedEditor();
    const serialize = createIncrementalSerializer();
    const first = serialize(editor.getEditorState());
    expect(first).toEqual(editor.getEditorState().toJSON());
    expect(first.root.children.length).toBeGreaterThan(20);
    const again = serialize(editor.getEditorState());
    again.root.children.forEach((block, i) => expect(block).toBe(first.root.children[i]));
  });

  it('re-exports only the block whose text, mark or children changed', () => {
    const editor = loadedEditor();
    const serialize = createIncrementalSerializer();
    const before = serialize(editor.getEditorState());
    update(editor, () => {
      const blocks = $getRoot().getChildren();
      // A text deep inside block 3 (its top-level node object stays the same), the mark of block 5,
      // and a new paragraph after block 7.
      const text = $firstText(blocks[3]!);
      if (!$isTextNode(text)) throw new Error('block 3 has no text');
      text.setTextContent(`${text.getTextContent()} typed`);
      $setMark(blocks[5]!, 'SBU');
      blocks[7]!.insertAfter($createParagraphNode().append($createTextNode('new')));
    });
    const after = serialize(editor.getEditorState());
    expect(after).toEqual(editor.getEditorState().toJSON());
    const changed = after.root.children
      .map((block, i) => (before.root.children.includes(block) ? null : i))
      .filter((i) => i !== null);
    // The new block 8 and its neighbours 7 and 9 (their sibling links changed); nothing else.
    expect(changed).toEqual([3, 5, 7, 8, 9]);
  });

  it('follows a whole state swapped in (undo, recovery) exactly', () => {
    const editor = loadedEditor();
    const serialize = createIncrementalSerializer();
    const original = editor.getEditorState();
    serialize(original);
    update(editor, () => {
      const text = $firstText($getRoot().getChildren()[2]!);
      if ($isTextNode(text)) text.setTextContent('changed');
      $getRoot().getChildren()[4]!.remove();
    });
    expect(serialize(editor.getEditorState())).toEqual(editor.getEditorState().toJSON());
    editor.setEditorState(original);
    expect(serialize(editor.getEditorState())).toEqual(original.toJSON());
  });
});
