// Registers the non-visual editor rules: default marks on new blocks and the framework-quote guard.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerDefaultMarks } from '../blockMarks';
import { registerFrameworkQuoteGuard } from '../frameworkQuoteGuard';

export function DefaultMarkPlugin({ defaultMark }: { defaultMark: string }): null {
  const [editor] = useLexicalComposerContext();
  const markRef = useRef(defaultMark);
  useEffect(() => {
    markRef.current = defaultMark;
  }, [defaultMark]);
  // Registered once per editor: re-registering would revisit every block of a large book.
  useEffect(() => registerDefaultMarks(editor, () => markRef.current), [editor]);
  return null;
}

export function FrameworkQuoteGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerFrameworkQuoteGuard(editor), [editor]);
  return null;
}
