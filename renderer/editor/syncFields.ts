// Sets every field node in the editor to the book's current details (one update; history-merged).
import { $getRoot, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { $dfs } from '@lexical/utils';
import type { FieldValues } from '../../core/book/fields';
import { $isFieldNode } from './FieldNode';

/** Inside an update: every field whose text differs from its detail's value takes the value. */
export function $syncFields(values: FieldValues): number {
  let changed = 0;
  for (const { node } of $dfs($getRoot())) {
    if (!$isFieldNode(node)) continue;
    const value = values[node.getField()];
    if (value !== undefined && node.getTextContent() !== value) {
      node.setTextContent(value);
      changed++;
    }
  }
  return changed;
}

/**
 * Brings the fields up to date. Merged into the last history entry: a detail change is not an edit
 * of this tab that Undo should revert (Undo would show a value the details no longer hold).
 */
export function syncFields(editor: LexicalEditor, values: FieldValues): void {
  editor.update(() => void $syncFields(values), { tag: HISTORY_MERGE_TAG, discrete: true });
}
