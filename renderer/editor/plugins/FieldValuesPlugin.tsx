// Keeps the tab's field nodes showing the book's current details (on mount and whenever they change).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { FieldValues } from '../../../core/book/fields';
import { syncFields } from '../syncFields';

export function FieldValuesPlugin({ values }: { values: FieldValues | undefined }): null {
  const [editor] = useLexicalComposerContext();
  // Keyed on the values' text, not the object: a new but equal object must not touch the editor.
  const key = values ? JSON.stringify(values) : '';
  useEffect(() => {
    if (values) syncFields(editor, values);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, key]);
  return null;
}
