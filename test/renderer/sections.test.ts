/// <reference lib="dom" />
// A long tab loads in editor sections and still saves as its flat block list; paths and block reads look through sections.
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isTextNode, type LexicalEditor } from 'lexical';
import { heading, list, paragraph, root, withMark } from '../../core/book/lexicalBuilders';
import type { SerializedEditorState } from '../../core/book/lexical';
import { EDITOR_NODES } from '../../renderer/editor/nodes';
import { $isSectionNode, SECTION_TYPE, SectionNode } from '../../renderer/editor/SectionNode';
import {
  $blockOf,
  $nodeAtPath,
  $topBlocks,
  LONG_TAB_BLOCKS,
  SECTION_BLOCKS,
  sectionedContent,
} from '../../renderer/editor/sections';
import { $isTopLevelBlock, $topLevelMarks } from '../../renderer/editor/blockMarks';
import { createIncrementalSerializer } from '../../renderer/editor/incrementalJson';

/** A tab of `n` blocks: marked paragraphs, with a heading and a list now and then. */
function tab(n: number): SerializedEditorState {
  const blocks = Array.from({ length: n }, (_, i) =>
    withMark(
      i % 50 === 7
        ? heading(2, `Heading ${i}`)
        : i % 50 === 9
          ? list([`Item ${i}`])
          : paragraph(`Para ${i}`),
      i % 3 === 0 ? 'SBU' : 'U',
    ),
  );
  return root(blocks) as SerializedEditorState;
}

function editorWith(content: SerializedEditorState): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'sections-test',
    nodes: [...EDITOR_NODES, SectionNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
  return editor;
}

describe('editor sections', () => {
  it('leaves an ordinary tab as it is, and splits a long one into sections of SECTION_BLOCKS', () => {
    const short = tab(LONG_TAB_BLOCKS);
    expect(sectionedContent(short)).toBe(short);
    const long = sectionedContent(tab(320));
    expect(long.root.children.map((s) => s.type)).toEqual(Array(4).fill(SECTION_TYPE));
    expect(long.root.children.map((s) => s.children!.length)).toEqual([
      SECTION_BLOCKS,
      SECTION_BLOCKS,
      SECTION_BLOCKS,
      20,
    ]);
  });

  it('saves a sectioned tab as exactly the flat content it was loaded from', () => {
    const content = tab(320);
    const flat = editorWith(content).getEditorState().toJSON();
    const sectioned = editorWith(sectionedContent(content));
    sectioned.getEditorState().read(() => {
      expect($getRoot().getChildren().every($isSectionNode)).toBe(true);
    });
    const saved = createIncrementalSerializer()(sectioned.getEditorState());
    expect(saved).toEqual(flat);
    expect(JSON.stringify(saved)).not.toContain(SECTION_TYPE);
  });

  it('reads blocks, marks and saved paths through the sections', () => {
    const content = tab(320);
    const editor = editorWith(sectionedContent(content));
    editor.getEditorState().read(() => {
      const blocks = $topBlocks();
      expect(blocks.map((b) => b.getTextContent())).toEqual(
        content.root.children.map((b) =>
          b.children!.flatMap((c) => c.text ?? c.children?.[0]?.text ?? '').join(''),
        ),
      );
      expect($topLevelMarks()).toEqual(content.root.children.map((b) => b.$?.mark));
      // Block 250 is the 51st block of the third section; its first child is its text.
      const text = $nodeAtPath([250, 0]);
      expect($isTextNode(text) && text.getTextContent()).toBe('Para 250');
      expect($blockOf(text!)?.is(blocks[250]!)).toBe(true);
      expect($isTopLevelBlock(blocks[250]!)).toBe(true);
      const section = $getRoot().getChildAtIndex(2)!;
      expect($isTopLevelBlock(section)).toBe(false);
      expect($blockOf(section)).toBeNull();
      expect($nodeAtPath([320])).toBeNull();
    });
  });
});
