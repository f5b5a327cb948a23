/// <reference lib="dom" />
// Test helper: a headless Lexical editor with the app's node registry (renderer/editor/nodes.ts).
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../renderer/editor/nodes';

/** A headless editor that rethrows every Lexical error, so a test cannot pass over one. */
export function makeEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Runs `fn` as a synchronous (discrete) update. */
export function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}
