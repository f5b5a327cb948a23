/// <reference lib="dom" />
// Quote edges: deletes facing a quote refuse to merge, and text moved out of a quote is marked.
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  DELETE_CHARACTER_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import type { SerializedNode } from '../../core/book/lexical';
import { $createFrameworkQuoteWithText } from '../../renderer/editor/FrameworkQuoteNode';
import type { FrameworkInsertItem } from '../../renderer/editor/frameworkInsertItem';
import { registerFrameworkQuoteGuard } from '../../renderer/editor/frameworkQuoteGuard';
import { makeEditor, update } from './headlessEditor';

const OBJECTIVE: FrameworkInsertItem = {
  itemId: 'P1.G1.3',
  itemKind: 'objective',
  cites: ['P1.G1.3'],
  text: 'Engage with U.S. space industry.',
};
const IF_RAISED: FrameworkInsertItem = {
  itemId: 'IR.fixture',
  itemKind: 'if-raised',
  cites: ['P1.G1.3'],
  raised: 'Will you share launch data?',
  text: 'We welcome data-sharing consistent with our framework.',
};

function blocks(editor: LexicalEditor): SerializedNode[] {
  return editor.getEditorState().toJSON().root.children as SerializedNode[];
}
function textOf(node: SerializedNode): string {
  return (
    (node.text ?? (node.type === 'linebreak' ? '\n' : '')) +
    (node.children ?? []).map(textOf).join('')
  );
}

/** Own paragraph, quote, own paragraph: committed, so later edits see the quote as saved. */
function setup(item: FrameworkInsertItem = OBJECTIVE, before = 'Mine.'): LexicalEditor {
  const editor = makeEditor();
  registerRichText(editor);
  registerFrameworkQuoteGuard(editor);
  update(editor, () => {
    $getRoot().append(
      $createParagraphNode().append(...(before === '' ? [] : [$createTextNode(before)])),
      $createFrameworkQuoteWithText(item),
      $createParagraphNode().append($createTextNode('After.')),
    );
  });
  return editor;
}
const child = (i: number) => $getRoot().getChildAtIndex<ElementNode>(i)!;
const firstText = (i: number) => child(i).getFirstChildOrThrow<TextNode>();

describe('quote boundary', () => {
  it('Delete at the end of a block before a quote does nothing', () => {
    const editor = setup();
    update(editor, () => void firstText(0).select(5, 5));
    update(editor, () => void editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false));
    expect(blocks(editor).map((b) => b.type)).toEqual([
      'paragraph',
      'framework-quote',
      'paragraph',
    ]);
    expect(textOf(blocks(editor)[0]!)).toBe('Mine.');
    expect(textOf(blocks(editor)[1]!)).toBe(OBJECTIVE.text);
  });

  it('Delete in an empty block before a quote removes that block and keeps the quote', () => {
    const editor = setup(OBJECTIVE, '');
    update(editor, () => void child(0).select());
    update(editor, () => void editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false));
    expect(blocks(editor).map((b) => b.type)).toEqual(['framework-quote', 'paragraph']);
    expect(textOf(blocks(editor)[0]!)).toBe(OBJECTIVE.text);
  });

  it('Backspace at the start of a block after a quote moves the caret instead of merging', () => {
    const editor = setup();
    update(editor, () => void firstText(2).select(0, 0));
    update(editor, () => void editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    expect(blocks(editor).map((b) => b.type)).toEqual([
      'paragraph',
      'framework-quote',
      'paragraph',
    ]);
    expect(textOf(blocks(editor)[1]!)).toBe(OBJECTIVE.text);
  });

  it('a range delete from own text into a quote marks the block that receives the quote text', () => {
    const editor = setup();
    update(editor, () => {
      const selection = $createRangeSelection();
      selection.anchor.set(firstText(0).getKey(), 2, 'text');
      selection.focus.set(firstText(1).getKey(), 7, 'text');
      $setSelection(selection);
      selection.removeText();
    });
    const [merged] = blocks(editor);
    expect(textOf(merged!)).toBe(`Mi${OBJECTIVE.text.slice(7)}`);
    expect(merged!.$).toMatchObject({ editedFrom: 'P1.G1.3' });
  });

  it('an edited if-raised quote keeps the counterpart ask as the first line of its text', () => {
    const editor = setup(IF_RAISED);
    update(editor, () => {
      const text = firstText(1);
      text.select(text.getTextContentSize(), text.getTextContentSize());
      text.setTextContent(`${IF_RAISED.text} Mine.`);
    });
    const edited = blocks(editor)[1]!;
    expect(edited.$).toMatchObject({ editedFrom: 'IR.fixture' });
    expect(textOf(edited)).toBe(`If raised: ${IF_RAISED.raised}\n${IF_RAISED.text} Mine.`);
  });

  it('a range delete leaking if-raised text keeps the ask with it', () => {
    const editor = setup(IF_RAISED);
    update(editor, () => {
      const selection = $createRangeSelection();
      selection.anchor.set(firstText(0).getKey(), 5, 'text');
      selection.focus.set(firstText(1).getKey(), 3, 'text');
      $setSelection(selection);
      selection.removeText();
    });
    const merged = blocks(editor)[0]!;
    expect(merged.$).toMatchObject({ editedFrom: 'IR.fixture' });
    expect(textOf(merged)).toBe(`Mine.If raised: ${IF_RAISED.raised}\n${IF_RAISED.text.slice(3)}`);
  });
});
