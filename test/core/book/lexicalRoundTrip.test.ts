/// <reference lib="dom" />
// Assembled content is exactly what Lexical 0.52 serializes: the app's editor loads and re-saves it unchanged.
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../core/templates';
import { makeEditor } from '../../renderer/headlessEditor';
import { draft } from './draft';

describe('assembled tabs round-trip through Lexical with the editor node registry', () => {
  for (const template of loadTemplates()) {
    for (const code of ['JP', 'EG']) {
      it(`${template.id} for ${code}`, () => {
        const book = draft(template.id, code, {
          date: '2026-05-04',
          city: '',
          counterpart: null,
          principal: { name: 'P. Rincipal', nativeName: 'П. Ринципал' },
        });
        for (const tab of book.tabs) {
          const editor = makeEditor();
          editor.setEditorState(editor.parseEditorState(JSON.stringify(tab.content)));
          expect(editor.getEditorState().toJSON(), tab.title).toEqual(tab.content);
        }
      });
    }
  }
});
