// Placeholder highlighting (CSS Custom Highlight API, per mutated text node) and the PlaceholderNav handle.
import { useEffect, useImperativeHandle, type Ref } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isTextNode, TextNode, type NodeKey, type NodeMutation } from 'lexical';
import { PLACEHOLDER_PATTERN } from '../../../core/readiness/textChecks';
import { FieldNode } from '../FieldNode';
import { placeholderNav, type PlaceholderNav } from '../placeholderNav';

/** The name editor.css styles with ::highlight(bbe-placeholder). */
export const PLACEHOLDER_HIGHLIGHT = 'bbe-placeholder';

/** The first DOM text node under an element (a Lexical text node renders one span, maybe nested tags). */
function domText(el: HTMLElement): Text | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/**
 * Highlights "[Drafter: …]" placeholders without changing the document: only the text nodes a
 * mutation touched are re-scanned, so typing never re-scans the tab.
 */
function PlaceholderHighlightPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (typeof Highlight === 'undefined' || !CSS.highlights) return; // no API: no highlight
    const highlight = new Highlight();
    const byKey = new Map<NodeKey, Range[]>();
    CSS.highlights.set(PLACEHOLDER_HIGHLIGHT, highlight);
    const onMutation = (mutations: Map<NodeKey, NodeMutation>): void => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          for (const r of byKey.get(key) ?? []) highlight.delete(r);
          byKey.delete(key);
          if (mutation === 'destroyed') continue;
          const node = $getNodeByKey(key);
          const el = editor.getElementByKey(key);
          const text = el ? domText(el) : null;
          if (!$isTextNode(node) || !text) continue;
          const ranges: Range[] = [];
          for (const m of node.getTextContent().matchAll(PLACEHOLDER_PATTERN)) {
            if (m.index + m[0].length > text.length) break;
            const range = new Range();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            ranges.push(range);
            highlight.add(range);
          }
          if (ranges.length > 0) byKey.set(key, ranges);
        }
      });
    };
    // Lexical reports mutations per node class: live fields (a TextNode subclass) show a prompt
    // while their detail is empty, so they are watched too.
    const unregisters = [TextNode, FieldNode].map((klass) =>
      editor.registerMutationListener(klass, onMutation, { skipInitialization: false }),
    );
    return () => {
      for (const unregister of unregisters) unregister();
      if (CSS.highlights.get(PLACEHOLDER_HIGHLIGHT) === highlight)
        CSS.highlights.delete(PLACEHOLDER_HIGHLIGHT);
    };
  }, [editor]);
  return null;
}

/** Highlights placeholders and exposes F8 navigation and jump-to-block through `navRef`. */
export function PlaceholderPlugins({ navRef }: { navRef?: Ref<PlaceholderNav> }) {
  const [editor] = useLexicalComposerContext();
  useImperativeHandle(navRef, () => placeholderNav(editor), [editor]);
  return <PlaceholderHighlightPlugin />;
}
