// Draws each talking-point quote's tools: sanctioned slot choices, Tailor, and for a tailored quote its diff and Revert.
import { useEffect } from 'react';
import {
  $createTextNode,
  $getNodeByKey,
  HISTORIC_TAG,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { FrameworkBundle } from '../../../core/framework/bundle';
import type { TalkingPoint, TalkingPointSlot } from '../../../core/framework/talkingPointSchema';
import { slotForms, verifyQuote } from '../../../core/book/quotes';
import { wordDiff } from '../../../core/book/tailor';
import { $isFrameworkQuoteNode, type FrameworkQuoteNode } from '../FrameworkQuoteNode';
import { $isTabLevel, $topBlocks } from '../sections';

interface Props {
  framework?: FrameworkBundle;
  /** The book's country name: what sanctioned slots are filled with. */
  country?: string;
  readOnly: boolean;
}

/** The form of `slot` the text holds now (longest first, so a fill containing the generic wins). */
function currentForm(text: string, forms: string[]): string | undefined {
  return [...forms].sort((a, b) => b.length - a.length).find((f) => text.includes(f));
}

/** Runs `fn` on the quote with `key` inside an update, if it still exists. */
function withQuote(editor: LexicalEditor, key: string, fn: (q: FrameworkQuoteNode) => void): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFrameworkQuoteNode(node)) fn(node);
  });
}

/** Sets a quote's words and the text the guard holds it to (a sanctioned change, or a revert). */
function $setClearedText(quote: FrameworkQuoteNode, text: string): void {
  quote.setSourceText(text);
  quote.clear();
  quote.append($createTextNode(text));
}

function button(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'bbe-fq-btn';
  b.textContent = label;
  b.dataset.quoteAction = action;
  // Keep the editor's selection where it is: the action places the caret itself.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', onClick);
  return b;
}

function slotSelect(
  editor: LexicalEditor,
  key: string,
  slot: TalkingPointSlot,
  forms: string[],
  text: string,
): HTMLElement {
  const label = document.createElement('label');
  label.className = 'bbe-fq-slot';
  label.append(`“${slot.generic}”: `);
  const select = document.createElement('select');
  select.setAttribute('aria-label', `Sanctioned wording for “${slot.generic}”`);
  const current = currentForm(text, forms) ?? slot.generic;
  for (const form of forms) {
    const option = document.createElement('option');
    option.value = form;
    option.textContent = form;
    option.selected = form === current;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const chosen = select.value;
    withQuote(editor, key, (quote) => {
      const now = quote.getTextContent();
      const was = currentForm(now, forms);
      if (was === undefined || was === chosen) return;
      $setClearedText(quote, now.split(was).join(chosen));
    });
  });
  label.append(select);
  return label;
}

function diffView(cleared: string, current: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'bbe-fq-diff';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Changes from the cleared text');
  for (const run of wordDiff(cleared, current)) {
    const el = document.createElement(
      run.kind === 'added' ? 'ins' : run.kind === 'removed' ? 'del' : 'span',
    );
    el.textContent = run.text;
    box.append(el);
  }
  return box;
}

/** Fills one quote's tools container for its current state. */
function drawTools(
  editor: LexicalEditor,
  quote: FrameworkQuoteNode,
  point: TalkingPoint | undefined,
  country: string | undefined,
  readOnly: boolean,
  framework: FrameworkBundle | undefined,
): void {
  const element = editor.getElementByKey(quote.getKey());
  const tools = element?.querySelector<HTMLElement>(':scope > div > .bbe-fq-tools');
  if (!tools) return;
  const adapted = quote.getAdaptedFrom();
  const text = quote.getTextContent();
  const signature = JSON.stringify([adapted ?? null, text, country ?? null, readOnly]);
  if (tools.dataset.signature === signature) return;
  tools.dataset.signature = signature;
  tools.replaceChildren();
  if (!point) return;
  const key = quote.getKey();
  if (adapted) {
    const note = document.createElement('span');
    note.className = 'bbe-fq-adapted';
    note.textContent = `Adapted from ${adapted.itemId} (cleared)`;
    tools.append(note);
    if (!readOnly)
      tools.append(
        button('Revert to cleared text', 'revert', () =>
          withQuote(editor, key, (q) => {
            const source = q.getAdaptedFrom();
            if (!source) return;
            q.setAdaptedFrom(undefined);
            $setClearedText(q, source.text);
          }),
        ),
      );
    tools.append(diffView(adapted.text, text));
    return;
  }
  if (readOnly) return;
  if (country)
    for (const slot of point.slots ?? [])
      tools.append(slotSelect(editor, key, slot, slotForms(slot, { country }), text));
  tools.append(
    button('Tailor', 'tailor', () =>
      withQuote(editor, key, (q) => {
        const now = q.getTextContent();
        // Record cleared words only: the current text if it still verifies, else the framework's.
        const node = {
          type: 'framework-quote',
          itemId: q.getItemId(),
          children: [{ type: 'text', text: now }],
        };
        const ok =
          framework !== undefined &&
          verifyQuote(node, framework, framework.version, country ? { country } : undefined) ===
            null;
        q.setAdaptedFrom({ itemId: q.getItemId(), text: ok ? now : point.text });
        q.selectEnd();
      }),
    ),
  );
}

/** Keeps every top-level quote's tools in step with the editor state. */
export function QuoteToolsPlugin({ framework, country, readOnly }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!framework) return;
    const points = new Map(framework.talkingPoints.map((p) => [p.id, p]));
    const drawQuote = (node: LexicalNode | null) => {
      if ($isFrameworkQuoteNode(node) && $isTabLevel(node))
        drawTools(editor, node, points.get(node.getItemId()), country, readOnly, framework);
    };
    editor.getEditorState().read(() => $topBlocks().forEach(drawQuote));
    // Why only the dirty ones: a 100-page tab holds ~200 quotes, and revisiting all of them on
    // every keystroke cost more than the keystroke. A quote's words or state changing marks it
    // dirty (its text child's change marks its parents too); a new or re-rendered quote is dirty.
    // A whole state swapped in (undo, redo) reports only the root as dirty: then all are redrawn.
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) =>
      editorState.read(() => {
        if (tags.has(HISTORIC_TAG) || dirtyElements.size + dirtyLeaves.size <= 1)
          $topBlocks().forEach(drawQuote);
        else for (const key of dirtyElements.keys()) drawQuote($getNodeByKey(key));
      }),
    );
  }, [editor, framework, country, readOnly]);
  return null;
}
