/// <reference lib="dom" />
// Portion marks: new top-level blocks get the tab default; marks are set per block; bad marks are refused.
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getState,
  type ParagraphNode,
} from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createBriefingTable } from '../../renderer/editor/tableTemplates';
import {
  $setBlockMarks,
  $topLevelMarks,
  registerDefaultMarks,
} from '../../renderer/editor/blockMarks';
import { $setMark, markState, PORTION_MARK_OPTIONS } from '../../renderer/editor/markState';
import { makeEditor, update } from './headlessEditor';

describe('default marks', () => {
  it('marks new top-level blocks with the tab default and leaves table-cell paragraphs alone', () => {
    const editor = makeEditor();
    registerDefaultMarks(editor, () => 'SBU');
    update(editor, () => {
      $getRoot().append(
        $createParagraphNode(),
        $createHeadingNode('h2'),
        $createBriefingTable('participants', 1),
      );
    });
    editor.getEditorState().read(() => {
      expect($topLevelMarks()).toEqual(['SBU', 'SBU', 'SBU']);
      const table = $getRoot().getLastChildOrThrow<ParagraphNode>();
      const cellParagraph = table.getFirstDescendant()!.getParentOrThrow();
      expect(cellParagraph.getType()).toBe('paragraph');
      expect($getState(cellParagraph, markState)).toBe('');
    });
  });

  it('never overwrites a mark already set, and marks unmarked blocks of loaded content on registration', () => {
    const editor = makeEditor();
    update(editor, () => {
      const marked = $createParagraphNode().append($createTextNode('secret-ish'));
      $setMark(marked, 'SBU//NOFORN');
      $getRoot().append(marked, $createParagraphNode().append($createTextNode('plain')));
    });
    registerDefaultMarks(editor, () => 'U');
    update(editor, () => undefined);
    editor.getEditorState().read(() => expect($topLevelMarks()).toEqual(['SBU//NOFORN', 'U']));
  });
});

describe('setting marks', () => {
  it('sets the mark of the blocks a selection spans', () => {
    const editor = makeEditor();
    update(editor, () => {
      const a = $createParagraphNode().append($createTextNode('a'));
      const b = $createParagraphNode().append($createTextNode('b'));
      const c = $createParagraphNode().append($createTextNode('c'));
      $getRoot().append(a, b, c);
      const selection = a.select(0, 0);
      selection.focus.set(b.getFirstChildOrThrow().getKey(), 1, 'text');
      expect($setBlockMarks('SBU//PROPIN')).toBe(2);
    });
    editor
      .getEditorState()
      .read(() => expect($topLevelMarks()).toEqual(['SBU//PROPIN', 'SBU//PROPIN', '']));
  });

  it('offers U, SBU and the SBU caveats, and refuses classified or unknown markings', () => {
    expect(PORTION_MARK_OPTIONS).toEqual([
      'U',
      'SBU',
      'SBU//NOFORN',
      'SBU//PROPIN',
      'SBU//LES',
      'SBU//PII',
    ]);
    const editor = makeEditor();
    expect(() => update(editor, () => void $setMark($createParagraphNode(), 'SECRET'))).toThrow(
      /not a portion mark/,
    );
    expect(() => update(editor, () => void $setMark($createParagraphNode(), 'SBU//FOO'))).toThrow(
      /SBU\/\/FOO/,
    );
  });
});
