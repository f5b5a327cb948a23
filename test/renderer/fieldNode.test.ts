/// <reference lib="dom" />
// FieldNode in a headless editor: JSON round trip, typing beside it, and sync to new details (Backspace: e2e fields.test.ts).
import { describe, expect, it } from 'vitest';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { fieldNode, fieldValues } from '../../core/book/fields';
import type { SerializedNode } from '../../core/book/lexical';
import { paragraph, root, textNode } from '../../core/book/lexicalBuilders';
import type { Meeting } from '../../core/book/schema';
import { $isFieldNode, type FieldNode } from '../../renderer/editor/FieldNode';
import { $syncFields } from '../../renderer/editor/syncFields';
import { makeEditor, update } from './headlessEditor';

const MEETING: Meeting = {
  countryCode: 'JP',
  countryName: 'Japan',
  counterpart: null,
  principal: { name: 'Principal Name' },
  city: 'Tokyo',
  date: '2026-03-12',
};
const STATE = root([
  paragraph([
    textNode('Meeting in '),
    fieldNode('meeting.city', 'Tokyo', 1),
    textNode(' on '),
    fieldNode('meeting.date', 'March 12, 2026'),
  ]),
]);

function load(): LexicalEditor {
  const editor = makeEditor();
  registerRichText(editor);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(STATE)));
  return editor;
}
const runs = (editor: LexicalEditor): SerializedNode[] =>
  (editor.getEditorState().toJSON().root.children[0] as SerializedNode).children!;
const para = () => $getRoot().getFirstChildOrThrow<ElementNode>();

describe('FieldNode', () => {
  it('loads and saves the serialized field unchanged, as a token-mode run', () => {
    const editor = load();
    expect(editor.getEditorState().toJSON()).toEqual(STATE);
    editor.read(() => {
      const city = para().getChildAtIndex(1)!;
      expect($isFieldNode(city)).toBe(true);
      expect((city as FieldNode).getField()).toBe('meeting.city');
      expect((city as FieldNode).isToken()).toBe(true);
      expect(para().getTextContent()).toBe('Meeting in Tokyo on March 12, 2026');
    });
  });

  it('text typed at its end goes into a new run, never into the field', () => {
    const editor = load();
    update(editor, () => {
      const date = para().getLastChildOrThrow<FieldNode>();
      date.select(date.getTextContentSize(), date.getTextContentSize());
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('!');
    });
    expect(runs(editor).map((n) => [n.type, n.text])).toEqual([
      ['text', 'Meeting in '],
      ['field', 'Tokyo'],
      ['text', ' on '],
      ['field', 'March 12, 2026'],
      ['text', '!'],
    ]);
  });

  it('$syncFields sets every field to the new details and keeps its formatting', () => {
    const editor = load();
    let changed = 0;
    update(editor, () => {
      changed = $syncFields(fieldValues({ ...MEETING, city: 'Osaka', date: '2026-10-01' }));
    });
    expect(changed).toBe(2);
    expect(runs(editor)).toEqual([
      textNode('Meeting in '),
      fieldNode('meeting.city', 'Osaka', 1),
      textNode(' on '),
      fieldNode('meeting.date', 'October 1, 2026'),
    ]);
    update(editor, () => {
      changed = $syncFields(fieldValues({ ...MEETING, city: 'Osaka', date: '2026-10-01' }));
    });
    expect(changed).toBe(0);
  });
});
