/// <reference lib="dom" />
// Framework quotes: insertion at the caret, citation labels, and edits turning them (undoably) into own text.
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type ParagraphNode,
  type TextNode,
} from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createListItemNode, $createListNode } from '@lexical/list';
import type { SerializedNode } from '../../core/book/lexical';
import { citationLabel, $isFrameworkQuoteNode } from '../../renderer/editor/FrameworkQuoteNode';
import { registerFrameworkQuoteGuard } from '../../renderer/editor/frameworkQuoteGuard';
import { $insertFrameworkItem } from '../../renderer/editor/insertFrameworkItem';
import type { FrameworkInsertItem } from '../../renderer/editor/frameworkInsertItem';
import { makeEditor, update } from './headlessEditor';

const OBJECTIVE: FrameworkInsertItem = {
  itemId: 'P1.G1.3',
  itemKind: 'objective',
  cites: ['P1.G1.3'],
  text: 'Engage with U.S. space industry to understand views that may inform U.S. leadership at multilateral fora.',
};

function children(editor: LexicalEditor): SerializedNode[] {
  return editor.getEditorState().toJSON().root.children as SerializedNode[];
}

describe('citationLabel', () => {
  it('shows an objective by its own ID and a point by what it cites', () => {
    expect(citationLabel('objective', 'P1.G3.4.2', ['P1.G3.4.2'])).toBe('P1.G3.4.2');
    expect(citationLabel('talking-point', 'TP.x', ['P1.G1.2'])).toBe('cites P1.G1.2');
    expect(citationLabel('if-raised', 'IR.x', ['P1.G1.2', 'P2.G1.1'])).toBe(
      'cites P1.G1.2, P2.G1.1',
    );
  });
});

describe('$insertFrameworkItem', () => {
  it('replaces an empty caret paragraph, marks the quote and moves the caret past it', () => {
    const editor = makeEditor();
    update(editor, () => {
      const p = $createParagraphNode();
      $getRoot().append($createParagraphNode().append($createTextNode('Intro')), p);
      p.select();
      $insertFrameworkItem(OBJECTIVE, 'SBU');
    });
    const blocks = children(editor);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'framework-quote', 'paragraph']);
    expect(blocks[1]).toMatchObject({ itemId: 'P1.G1.3', cites: ['P1.G1.3'], $: { mark: 'SBU' } });
    expect(blocks[1]!.children![0]!.text).toBe(OBJECTIVE.text);
    editor.getEditorState().read(() => {
      const caret = $getRoot().getChildAtIndex(2);
      expect(caret?.getType()).toBe('paragraph');
    });
  });

  it('goes after the whole list when the caret is inside a list item', () => {
    const editor = makeEditor();
    update(editor, () => {
      const item = $createListItemNode().append($createTextNode('bullet'));
      $getRoot().append(
        $createListNode('bullet').append(item),
        $createParagraphNode().append($createTextNode('after')),
      );
      item.select(2, 2);
      $insertFrameworkItem(OBJECTIVE, 'U');
    });
    expect(children(editor).map((b) => b.type)).toEqual(['list', 'framework-quote', 'paragraph']);
  });

  it('refuses an item with no text', () => {
    const editor = makeEditor();
    expect(() =>
      update(editor, () => void $insertFrameworkItem({ ...OBJECTIVE, text: ' ' }, 'U')),
    ).toThrow(/no text/);
  });
});

describe('framework quote guard', () => {
  function setup(): LexicalEditor {
    const editor = makeEditor();
    registerFrameworkQuoteGuard(editor);
    registerHistory(editor, createEmptyHistoryState(), 0);
    update(editor, () => {
      $getRoot().append($createParagraphNode());
      $getRoot().getFirstChildOrThrow<ParagraphNode>().select();
      $insertFrameworkItem(OBJECTIVE, 'SBU');
    });
    return editor;
  }

  it('leaves an untouched quote alone', () => {
    const editor = setup();
    update(editor, () => {
      const quote = $getRoot().getFirstChildOrThrow();
      expect($isFrameworkQuoteNode(quote)).toBe(true);
      quote.markDirty();
    });
    expect(children(editor)[0]!.type).toBe('framework-quote');
  });

  it('turns an edited quote into a marked paragraph noting its source, and undo restores it', () => {
    const editor = setup();
    update(editor, () => {
      const text = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>();
      text.select(text.getTextContentSize(), text.getTextContentSize());
      text.setTextContent(`${OBJECTIVE.text} And more.`);
    });
    const edited = children(editor)[0]!;
    expect(edited.type).toBe('paragraph');
    expect(edited.$).toEqual({ mark: 'SBU', editedFrom: 'P1.G1.3' });
    expect(edited.children![0]!.text).toBe(`${OBJECTIVE.text} And more.`);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // A headless editor applies the restored state at its next update; flush it.
    update(editor, () => undefined);
    const restored = children(editor)[0]!;
    expect(restored).toMatchObject({
      type: 'framework-quote',
      itemId: 'P1.G1.3',
      $: { mark: 'SBU' },
    });
    expect(restored.children![0]!.text).toBe(OBJECTIVE.text);
  });

  it('also converts when a line break is inserted into the quote', () => {
    const editor = setup();
    update(editor, () => {
      const text = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>();
      const selection = text.select(5, 5);
      selection.insertLineBreak();
    });
    expect(children(editor)[0]).toMatchObject({ type: 'paragraph', $: { editedFrom: 'P1.G1.3' } });
  });

  it('keeps a reloaded intact quote cleared (its source text comes from the saved children)', () => {
    const editor = setup();
    const saved = editor.getEditorState().toJSON();
    const reloaded = makeEditor();
    registerFrameworkQuoteGuard(reloaded);
    reloaded.setEditorState(reloaded.parseEditorState(saved));
    update(reloaded, () => $getRoot().getFirstChildOrThrow().markDirty());
    expect(children(reloaded)[0]!.type).toBe('framework-quote');
  });
});

describe('a tailored quote in the editor', () => {
  const POINT: FrameworkInsertItem = {
    itemId: 'TP.x',
    itemKind: 'talking-point',
    cites: ['P1.G1.2'],
    text: 'We see your country as an important part of that effort.',
  };
  function setup(): LexicalEditor {
    const editor = makeEditor();
    registerFrameworkQuoteGuard(editor);
    update(editor, () => {
      $getRoot().append($createParagraphNode());
      $getRoot().getFirstChildOrThrow<ParagraphNode>().select();
      $insertFrameworkItem(POINT, 'U');
    });
    return editor;
  }
  const type = (editor: LexicalEditor, words: string) =>
    update(editor, () => {
      const text = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>();
      text.setTextContent(text.getTextContent() + words);
    });

  it('keeps its words and its record through edits and a JSON round trip', () => {
    const editor = setup();
    update(editor, () => {
      const quote = $getRoot().getFirstChildOrThrow();
      if (!$isFrameworkQuoteNode(quote)) throw new Error('not a quote');
      quote.setAdaptedFrom({ itemId: POINT.itemId, text: POINT.text });
    });
    type(editor, ' Mine.');
    const [block] = children(editor);
    expect(block).toMatchObject({
      type: 'framework-quote',
      adaptedFrom: { itemId: 'TP.x', text: POINT.text },
    });
    expect(block!.children![0]!.text).toBe(`${POINT.text} Mine.`);
    const again = makeEditor();
    again.setEditorState(again.parseEditorState(editor.getEditorState().toJSON()));
    expect(children(again)[0]).toEqual(block);
  });

  it('without Tailor, the same edit still turns it into own text', () => {
    const editor = setup();
    type(editor, ' Mine.');
    const [block] = children(editor);
    expect(block!.type).toBe('paragraph');
    expect(block!.adaptedFrom).toBeUndefined();
  });
});
