/// <reference lib="dom" />
// Load + save of a representative tab through the editor's node registry must lose nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditorStateSchema, KNOWN_NODE_TYPES, type SerializedNode } from '../../core/book/lexical';
import { makeEditor } from './headlessEditor';

const fixturePath = new URL('./fixtures/representativeTab.json', import.meta.url);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { root: SerializedNode };

function typesIn(node: SerializedNode, out = new Set<string>()): Set<string> {
  out.add(node.type);
  for (const child of node.children ?? []) typesIn(child, out);
  return out;
}

describe('editor round trip', () => {
  it('uses a fixture that is valid book content and holds every known node type', () => {
    expect(EditorStateSchema.safeParse(fixture).success).toBe(true);
    expect([...typesIn(fixture.root)].sort()).toEqual([...KNOWN_NODE_TYPES].sort());
  });

  it('parses and re-serializes the representative tab to deep-equal JSON', () => {
    const editor = makeEditor();
    const state = editor.parseEditorState(JSON.stringify(fixture));
    editor.setEditorState(state);
    const saved = editor.getEditorState().toJSON();
    expect(saved).toEqual(fixture);
    // Twice: what we save must load back identically too.
    const again = makeEditor();
    again.setEditorState(again.parseEditorState(saved));
    expect(again.getEditorState().toJSON()).toEqual(fixture);
  });

  it('keeps portion marks, quote IDs, citations and the if-raised ask', () => {
    const editor = makeEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(fixture)));
    const saved = editor.getEditorState().toJSON() as unknown as { root: SerializedNode };
    const marks = saved.root.children!.map((c) => c.$?.mark);
    expect(marks).toEqual(['U', 'U', 'U', 'SBU', 'U', 'U', 'SBU', 'U', 'SBU//PROPIN', 'U', 'SBU']);
    const quotes = saved.root.children!.filter((c) => c.type === 'framework-quote');
    expect(quotes.map((q) => [q.itemId, q.itemKind, q.cites, q.raised])).toEqual([
      ['P1.G1.3', 'objective', ['P1.G1.3'], undefined],
      ['IR.fixture.one', 'if-raised', ['P1.G1.3'], 'Fixture ask (test data only).'],
      ['TP.fixture.point', 'talking-point', ['P1.G1.3', 'P1.G1.4'], undefined],
    ]);
    expect(saved.root.children!.at(-1)!.$).toEqual({ mark: 'SBU', editedFrom: 'TP.fixture.point' });
  });

  it('refuses a node type outside the registry with a specific error', () => {
    const editor = makeEditor();
    const bad = structuredClone(fixture);
    bad.root.children!.push({ type: 'video', version: 1, src: 'x' } as SerializedNode);
    expect(() => editor.parseEditorState(JSON.stringify(bad))).toThrow(/video/);
  });
});
