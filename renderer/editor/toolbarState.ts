// What the toolbar shows for the current selection: formats, block type, list, link, portion mark.
import { $getSelection, $isRangeSelection, type TextFormatType } from 'lexical';
import { $blockOf } from './sections';
import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $selectedTopLevelBlocks } from './blockMarks';
import { $isFrameworkQuoteNode } from './FrameworkQuoteNode';
import { $getMark } from './markState';

export type BlockType =
  | 'paragraph'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'quote'
  | 'bullet'
  | 'number'
  | 'table'
  | 'framework-quote'
  | 'other';

export interface ToolbarState {
  formats: Record<'bold' | 'italic' | 'underline' | 'strikethrough', boolean>;
  blockType: BlockType;
  isLink: boolean;
  /** The URL of the link at the caret, '' when none. */
  linkUrl: string;
  /** The selected blocks' common mark, 'mixed' when they differ, '' when there is no selection. */
  mark: string;
  /** The selection touches cleared framework language: block-type changes are disabled there. */
  inFrameworkQuote: boolean;
  hasSelection: boolean;
}

export const EMPTY_TOOLBAR_STATE: ToolbarState = {
  formats: { bold: false, italic: false, underline: false, strikethrough: false },
  blockType: 'paragraph',
  isLink: false,
  linkUrl: '',
  mark: '',
  inFrameworkQuote: false,
  hasSelection: false,
};

const FORMATS: ReadonlyArray<TextFormatType & keyof ToolbarState['formats']> = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
];

/** Reads the toolbar state from the active editor state (call inside read/update). */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const formats = { ...EMPTY_TOOLBAR_STATE.formats };
  for (const f of FORMATS) formats[f] = selection.hasFormat(f);
  const top = $blockOf(anchor);
  let blockType: BlockType = 'other';
  if (top === null || top.getType() === 'paragraph') blockType = 'paragraph';
  else if ($isHeadingNode(top))
    blockType = (['h1', 'h2', 'h3'] as const).find((t) => t === top.getTag()) ?? 'other';
  else if (top.getType() === 'quote') blockType = 'quote';
  else if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
    blockType = list.getListType() === 'number' ? 'number' : 'bullet';
  } else if (top.getType() === 'table') blockType = 'table';
  else if ($isFrameworkQuoteNode(top)) blockType = 'framework-quote';
  const link = $findMatchingParent(anchor, $isLinkNode);
  const blocks = $selectedTopLevelBlocks();
  const marks = new Set(blocks.map((b) => $getMark(b)));
  return {
    formats,
    blockType,
    isLink: link !== null,
    linkUrl: $isLinkNode(link) ? link.getURL() : '',
    mark: marks.size === 1 ? [...marks][0]! : marks.size === 0 ? '' : 'mixed',
    inFrameworkQuote: blocks.some((b) => $isFrameworkQuoteNode(b)),
    hasSelection: true,
  };
}

/** Shallow equality, so the toolbar re-renders only when something it shows changed. */
export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.blockType === b.blockType &&
    a.isLink === b.isLink &&
    a.linkUrl === b.linkUrl &&
    a.mark === b.mark &&
    a.inFrameworkQuote === b.inFrameworkQuote &&
    a.hasSelection === b.hasSelection &&
    FORMATS.every((f) => a.formats[f] === b.formats[f])
  );
}
