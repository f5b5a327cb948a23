// Checks a tab's stored content before the editor mounts, so bad content is reported instead of overwritten.
import { createEditor } from 'lexical';
import { EditorStateSchema, type SerializedEditorState } from '../../core/book/lexical';
import { formatZodError } from '../../core/validation/formatZodError';
import { EDITOR_NODES } from './nodes';

export type LoadCheck = { ok: true; json: string } | { ok: false; error: string };

/**
 * Validates `content` with the book schema and a trial parse through the editor's node registry.
 * Returns the JSON to load, or a specific error (the content is left untouched either way).
 */
export function checkTabContent(content: SerializedEditorState): LoadCheck {
  const parsed = EditorStateSchema.safeParse(content);
  if (!parsed.success) return { ok: false, error: formatZodError('tab content', parsed.error) };
  const json = JSON.stringify(content);
  try {
    const probe = createEditor({
      namespace: 'load-check',
      nodes: [...EDITOR_NODES],
      onError: (e) => {
        throw e;
      },
    });
    probe.parseEditorState(json);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, json };
}
