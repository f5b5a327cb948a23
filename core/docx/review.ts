// What a returned (cleared) Word file proposes for a book: the shapes the reader produces and the review lists.
/** A tracked change in the returned file, with the reviewer's name as Word recorded it. */
export interface Suggestion {
  kind: 'insert' | 'delete';
  author: string;
  date?: string;
  text: string;
}

/** A reviewer's comment anchored in a block. */
export interface ReviewComment {
  author: string;
  text: string;
}

/** One paragraph of the returned document, as the reader saw it. */
export interface DocxParagraph {
  /** Paragraph style ID (w:pStyle), or null for Normal. */
  style: string | null;
  /** Bookmark names starting in (or just before) this paragraph. */
  bookmarks: string[];
  /** The text the reviewer proposes: tracked insertions in, deletions out; marks and citations left out. */
  text: string;
  suggestions: Suggestion[];
  commentIds: string[];
}

/** The returned document: its paragraphs in order (table cells included) and its comments by ID. */
export interface ParsedDocx {
  paragraphs: DocxParagraph[];
  comments: Record<string, ReviewComment>;
  /** Things the officer should know that are not changes (e.g. a link kept as text only). */
  notices: string[];
}

/** A piece of a word-level diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One changed segment of a block (a paragraph, list item or cell). */
export interface SegmentChange {
  path: number[];
  before: string;
  after: string;
  diff: DiffPart[];
}

/** One block the returned file changed or commented on. */
export interface BlockReview {
  blockId: string;
  tabId: string;
  tabTitle: string;
  /** 1-based position in its tab, for people. */
  blockNumber: number;
  kind: string;
  firstWords: string;
  /** The block is verified framework language: accepting a change makes it the officer's own text. */
  cleared: boolean;
  changes: SegmentChange[];
  suggestions: Suggestion[];
  comments: ReviewComment[];
  /** Why the change cannot be accepted here (e.g. list items added); absent when it can. */
  problem?: string;
}

/** Everything the review dialog shows for one imported file. */
export interface DocxReview {
  fileName: string;
  bookId: string;
  blocks: BlockReview[];
  notices: string[];
}
