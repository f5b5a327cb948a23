// Splits a very long tab's blocks into editor sections on load, and reads blocks through them by their saved position.
import { $getRoot, $isElementNode, $isRootNode, type LexicalNode } from 'lexical';
import type { SerializedEditorState, SerializedNode } from '../../core/book/lexical';
import { $isSectionNode, SECTION_TYPE } from './SectionNode';

/** Blocks per section: Chromium's per-keystroke cost at 100 paragraphs is that of a short tab. */
export const SECTION_BLOCKS = 100;
/** A tab is split only past this many blocks: every ordinary tab stays one editing host. */
export const LONG_TAB_BLOCKS = 150;

/** The content to load: as saved, or, for a long tab, its blocks wrapped in sections of SECTION_BLOCKS. */
export function sectionedContent(content: SerializedEditorState): SerializedEditorState {
  const blocks = content.root.children;
  if (blocks.length <= LONG_TAB_BLOCKS) return content;
  const sections: SerializedNode[] = [];
  for (let at = 0; at < blocks.length; at += SECTION_BLOCKS) {
    sections.push({
      type: SECTION_TYPE,
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: blocks.slice(at, at + SECTION_BLOCKS),
    });
  }
  return { root: { ...content.root, children: sections } };
}

/** The tab's top-level blocks in order, looking through sections: the blocks the saved content lists. */
export function $topBlocks(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((child) => ($isSectionNode(child) ? child.getChildren() : [child]));
}

/** True when the tab is shown in sections (its root is then not itself editable). */
export function $isSectioned(): boolean {
  return $isSectionNode($getRoot().getFirstChild());
}

/** The node at a saved-content path (indices from the root, as the PDF and find use), through sections. */
export function $nodeAtPath(path: readonly number[]): LexicalNode | null {
  if (path.length === 0) return $getRoot();
  let node: LexicalNode | null = $topBlocks()[path[0]!] ?? null;
  for (const i of path.slice(1)) node = $isElementNode(node) ? node.getChildAtIndex(i) : null;
  return node;
}

/** True when `node` is a block the saved content lists at its top: a child of the root or of a section. */
export function $isTabLevel(node: LexicalNode): boolean {
  const parent = node.getParent();
  return !$isSectionNode(node) && ($isRootNode(parent) || $isSectionNode(parent));
}

/** The block holding `node`, as getTopLevelElement() finds it; null for the root or a section itself. */
export function $blockOf(node: LexicalNode): ReturnType<LexicalNode['getTopLevelElement']> {
  return $isRootNode(node) || $isSectionNode(node) ? null : node.getTopLevelElement();
}

/** Appends a block at the end of the tab: inside the last section when the tab is sectioned. */
export function $appendBlock(node: LexicalNode): void {
  const last = $getRoot().getLastChild();
  if ($isSectionNode(last)) last.append(node);
  else $getRoot().append(node);
}
