// Makes a sectioned long tab behave as one text: caret keys, Backspace and Delete cross section edges; the root stops being editable.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  BLUR_COMMAND,
  FOCUS_COMMAND,
  $createNodeSelection,
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $onUpdate,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_DOWN_COMMAND,
  SELECT_ALL_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $isSectionNode, SectionNode } from '../SectionNode';
import { $isSectioned } from '../sections';

/** The caret's top-level block and its section, when the caret is collapsed inside a section. */
function $caretBlock(): { block: LexicalNode; section: SectionNode } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const anchor = selection.anchor.getNode();
  const block = $isSectionNode(anchor)
    ? anchor.getChildAtIndex(selection.anchor.offset)
    : anchor.getTopLevelElement();
  const section = block?.getParent();
  return block && $isSectionNode(section) ? { block, section } : null;
}

/** True when the collapsed caret is at the very start (or end) of `block`. */
function $caretAtEdge(block: LexicalNode, end: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (!end) {
    if (anchor.offset !== 0) return false;
    return node.is(block) || ($isElementNode(block) && node.is(block.getFirstDescendant()));
  }
  const size =
    anchor.type === 'text'
      ? node.getTextContentSize()
      : $isElementNode(node)
        ? node.getChildrenSize()
        : 0;
  if (anchor.offset !== size) return false;
  return node.is(block) || ($isElementNode(block) && node.is(block.getLastDescendant()));
}

/** Puts the caret at the start (or end) of a block: a range in text, or the block selected whole. */
function $selectEdge(block: LexicalNode | null, end: boolean): void {
  if (block === null) return;
  if ($isElementNode(block)) {
    if (end) block.selectEnd();
    else block.selectStart();
    return;
  }
  const selection = $createNodeSelection();
  selection.add(block.getKey());
  $setSelection(selection);
}

/** The DOM caret's box, or the block's own box when the caret has none (an empty line). */
function caretBox(editor: LexicalEditor, block: LexicalNode): DOMRect | null {
  const dom = window.getSelection();
  const rects = dom && dom.rangeCount > 0 ? dom.getRangeAt(0).getClientRects() : null;
  if (rects && rects.length > 0) return rects[rects.length - 1]!;
  return editor.getElementByKey(block.getKey())?.getBoundingClientRect() ?? null;
}

/**
 * True when the caret sits on the first (or last) line of its section, so the browser's own
 * line move would stop at the section's edge (each section is its own editing host).
 */
function onEdgeLine(
  editor: LexicalEditor,
  block: LexicalNode,
  section: SectionNode,
  down: boolean,
): boolean {
  const edgeBlock = down ? section.getLastChild() : section.getFirstChild();
  if (!edgeBlock?.is(block)) return false;
  const caret = caretBox(editor, block);
  const box = editor.getElementByKey(block.getKey())?.getBoundingClientRect();
  if (!caret || !box) return false;
  // No room for another line of this height between the caret and the block's edge.
  return down
    ? caret.bottom + caret.height / 2 > box.bottom
    : caret.top - caret.height / 2 < box.top;
}

/**
 * Why: a long tab is split into sections (SectionNode.ts) and the browser cannot move a caret, or
 * delete, across two editing hosts. So at a section's edge these keys are done here: arrows step
 * into the neighbouring section; Backspace at a section's start (Delete at its end) first moves the
 * neighbouring block across the edge, invisibly, then lets Lexical's own handler run as usual.
 * Ctrl+Home and Ctrl+End go to the tab's start and end; Select All selects the caret's section.
 * A selection still cannot be dragged or extended with Shift+arrows past one section, nor can
 * Page Up/Down leave one.
 */
export function SectionsPlugin({ label }: { label: string }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** The root is a plain group of editable sections; each section is labelled as part k of n. */
    const applyRootMode = (): void => {
      const root = editor.getRootElement();
      if (!root) return;
      const sections = editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .filter($isSectionNode)
          .map((s) => editor.getElementByKey(s.getKey())),
      );
      if (sections.length === 0) return;
      root.contentEditable = 'false';
      root.setAttribute('role', 'group');
      root.removeAttribute('aria-multiline');
      root.removeAttribute('aria-placeholder');
      sections.forEach((el, i) => {
        if (!el) return;
        el.setAttribute('aria-label', `${label}, part ${i + 1} of ${sections.length}`);
        el.tabIndex = i === 0 ? 0 : -1; // one stop in the Tab order, as a single editor has
      });
    };

    const arrow = (command: LexicalCommand<KeyboardEvent>, down: boolean, byLine: boolean) =>
      editor.registerCommand(
        command,
        (event) => {
          if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
          const at = $caretBlock();
          if (!at) return false;
          const { block, section } = at;
          const edge = byLine
            ? onEdgeLine(editor, block, section, down)
            : (down ? section.getLastChild() : section.getFirstChild())?.is(block) &&
              $caretAtEdge(block, down);
          if (!edge) return false;
          const next = down ? section.getNextSibling() : section.getPreviousSibling();
          if (!$isSectionNode(next)) return false;
          event.preventDefault();
          $selectEdge(down ? next.getFirstChild() : next.getLastChild(), !down);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      );

    /** Backspace at a section's start / Delete at its end: move the block across, then the key again. */
    const deletion = (command: LexicalCommand<KeyboardEvent>, forward: boolean) =>
      editor.registerCommand(
        command,
        (event) => {
          const at = $caretBlock();
          if (!at) return false;
          const { block, section } = at;
          const edgeBlock = forward ? section.getLastChild() : section.getFirstChild();
          if (!edgeBlock?.is(block) || !$caretAtEdge(block, forward)) return false;
          const other = forward ? section.getNextSibling() : section.getPreviousSibling();
          if (!$isSectionNode(other)) return false;
          event.preventDefault();
          // The move alone changes nothing a user sees: it joins the previous undo step.
          $addUpdateTag(HISTORY_MERGE_TAG);
          if (forward) {
            const first = other.getFirstChild();
            if (first) section.append(first);
          } else other.append(block);
          // Once the DOM shows both blocks in one host, the key does what it always does.
          $onUpdate(() => setTimeout(() => editor.dispatchCommand(command, event), 0));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      );

    /** Ctrl+Home / Ctrl+End: the start or end of the whole tab, not of the caret's section. */
    const tabEdge = editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (event.key !== 'Home' && event.key !== 'End') return false;
        if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false;
        const sections = $getRoot().getChildren().filter($isSectionNode);
        if (sections.length === 0) return false;
        event.preventDefault();
        const end = event.key === 'End';
        $selectEdge(end ? sections.at(-1)!.getLastChild() : sections[0]!.getFirstChild(), end);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );

    /**
     * Lexical hears focus and blur on its root element, and a section's focus events do not bubble
     * there: so focus entering or leaving the tab through a section is passed on here (the change
     * plugin saves on blur). Moving between two sections of the tab is neither.
     */
    const focusRelay = editor.registerRootListener((root) => {
      if (!root) return;
      const relay = (event: FocusEvent, command: typeof FOCUS_COMMAND) => {
        const target = event.target as Element | null;
        if (!target?.classList.contains('bbe-section')) return;
        const other = event.relatedTarget;
        if (other instanceof Node && root.contains(other)) return;
        editor.dispatchCommand(command, event);
      };
      const onIn = (event: FocusEvent) => relay(event, FOCUS_COMMAND);
      const onOut = (event: FocusEvent) => relay(event, BLUR_COMMAND);
      root.addEventListener('focusin', onIn);
      root.addEventListener('focusout', onOut);
      return () => {
        root.removeEventListener('focusin', onIn);
        root.removeEventListener('focusout', onOut);
      };
    });

    /**
     * Select All selects the caret's section: the browser can show no more than one editing host
     * selected, and a selection wider than what is shown would let one keystroke replace text the
     * officer never saw selected.
     */
    const selectAll = editor.registerCommand(
      SELECT_ALL_COMMAND,
      () => {
        if (!$isSectioned()) return false;
        const selection = $getSelection();
        const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
        const section =
          (anchor &&
            ($isSectionNode(anchor) ? anchor : $findMatchingParent(anchor, $isSectionNode))) ??
          $getRoot().getFirstChild();
        if (!$isSectionNode(section)) return false;
        section.select(0, section.getChildrenSize());
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );

    applyRootMode();
    return mergeRegister(
      selectAll,
      focusRelay,
      tabEdge,
      editor.registerRootListener(() => applyRootMode()),
      // Only a section added or removed changes the labels; every keystroke "updates" its section.
      editor.registerMutationListener(
        SectionNode,
        (mutations) => {
          if ([...mutations.values()].some((m) => m !== 'updated')) applyRootMode();
        },
        {
          skipInitialization: false,
        },
      ),
      // A section emptied by deletions goes away; the last one keeps an empty paragraph.
      editor.registerNodeTransform(SectionNode, (section) => {
        if (!section.isEmpty()) return;
        if (section.getPreviousSibling() || section.getNextSibling()) section.remove();
        else section.append($createParagraphNode());
      }),
      arrow(KEY_ARROW_DOWN_COMMAND, true, true),
      arrow(KEY_ARROW_UP_COMMAND, false, true),
      arrow(KEY_ARROW_RIGHT_COMMAND, true, false),
      arrow(KEY_ARROW_LEFT_COMMAND, false, false),
      deletion(KEY_BACKSPACE_COMMAND, false),
      deletion(KEY_DELETE_COMMAND, true),
    );
  }, [editor, label]);
  return null;
}
