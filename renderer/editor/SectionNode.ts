// An editor section: a run of ~100 top-level blocks of a very long tab, shown as its own editing host (never saved).
import {
  $applyNodeReplacement,
  $markSlotEditable,
  ElementNode,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedElementNode,
} from 'lexical';

export const SECTION_TYPE = 'bbe-section';

/**
 * Why: Chromium re-reads the whole text of the focused editing host after every caret move (the
 * IME text state), so one contenteditable of ~1,100 blocks cost 10-30 ms a keystroke before any app
 * code ran. A long tab is therefore split into sections, each its own contenteditable under a
 * non-editable root (renderer/editor/sections.ts), and Blink only reads the section being typed in.
 * A section is a shadow root to Lexical (as a table cell is): blocks inside it are top-level
 * elements for lists, headings, paste and marks. Sections exist only in the editor: the tab's
 * saved content is the flat block list (incrementalJson.ts unwraps them), so no file holds one.
 */
export class SectionNode extends ElementNode {
  static override getType(): string {
    return SECTION_TYPE;
  }

  static override clone(node: SectionNode): SectionNode {
    return new SectionNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): SectionNode {
    return $createSectionNode().updateFromJSON(json as LexicalUpdateJSON<SerializedElementNode>);
  }

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'bbe-section';
    // Lexical's own mark for an editable island it manages: without it, Lexical reads a caret in an
    // editable element that is not its root as one captured by a foreign input, and ignores it.
    $markSlotEditable(dom, editor);
    dom.spellcheck = true;
    dom.setAttribute('role', 'textbox');
    dom.setAttribute('aria-multiline', 'true');
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }

  // Copying blocks copies the blocks, never the section around them.
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createSectionNode(): SectionNode {
  return $applyNodeReplacement(new SectionNode());
}

export function $isSectionNode(node: LexicalNode | null | undefined): node is SectionNode {
  return node instanceof SectionNode;
}
