// Matches a returned Word file's paragraphs to the book's blocks by bookmark and lists what changed, word by word,
// with the reviewers' tracked changes and comments. Pure: nothing is applied here (see applyReview.ts).
import { diffWordsWithSpace } from 'diff';
import type { SerializedNode } from '../book/lexical';
import type { Book } from '../book/schema';
import type { FrameworkBundle } from '../framework/bundle';
import { blockId, ensureBlockIds } from '../book/blockIds';
import { verifyQuote } from '../book/quotes';
import { firstWords } from '../book/walk';
import { blockSegments, normText } from './segments';
import type {
  BlockReview,
  DiffPart,
  DocxParagraph,
  DocxReview,
  ParsedDocx,
  ReviewComment,
  Suggestion,
} from './review';

/** Paragraph styles that are not a block's editable text (see node/docx/docxStyles.ts). */
const SKIPPED_STYLES = new Set(['IfRaised', 'TableMark']);
const TAB_TITLE_STYLE = 'Heading1';
/** A mark the reviewer's word processor left as plain text: "(U) ", "(SBU//NOFORN) ". */
const LEADING_MARK = /^\s*\((U|SBU(\/\/[A-Z]+)*)\)\s*/;

/** A word-level diff of two texts, whitespace kept. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

interface DocxBlock {
  id: string;
  segments: string[];
  suggestions: Suggestion[];
  commentIds: string[];
}

/** Groups paragraphs under the block bookmark that opens them; tab titles and the front matter belong to none. */
function docxBlocks(
  paragraphs: DocxParagraph[],
  known: Set<string>,
  notices: string[],
): Map<string, DocxBlock> {
  const blocks = new Map<string, DocxBlock>();
  let current: DocxBlock | null = null;
  for (const p of paragraphs) {
    const id = p.bookmarks.find((b) => known.has(b));
    if (id !== undefined) {
      if (blocks.has(id))
        notices.push(`Bookmark ${id} appears twice in the file; only its first place was read.`);
      else {
        current = { id, segments: [], suggestions: [], commentIds: [] };
        blocks.set(id, current);
      }
    } else if (p.style === TAB_TITLE_STYLE || (p.style ?? '').startsWith('TOC')) {
      current = null;
    }
    if (!current || p.style === TAB_TITLE_STYLE) continue;
    current.suggestions.push(...p.suggestions);
    current.commentIds.push(...p.commentIds);
    if (!SKIPPED_STYLES.has(p.style ?? '')) current.segments.push(p.text.replace(LEADING_MARK, ''));
  }
  return blocks;
}

const KIND: Record<string, string> = {
  'framework-quote': 'framework quote',
  listitem: 'list item',
};

/** Builds the review: blocks whose words changed, or that carry tracked changes or comments. */
export function buildReview(
  parsed: ParsedDocx,
  bookIn: Book,
  framework: FrameworkBundle,
  fileName: string,
): DocxReview {
  const book = ensureBlockIds(bookIn);
  const notices = [...parsed.notices];
  const where = new Map<
    string,
    { node: SerializedNode; tabId: string; tabTitle: string; n: number }
  >();
  for (const tab of book.tabs)
    tab.content.root.children.forEach((node, i) =>
      where.set(blockId(node)!, { node, tabId: tab.id, tabTitle: tab.title, n: i + 1 }),
    );
  const found = docxBlocks(parsed.paragraphs, new Set(where.keys()), notices);
  if (found.size === 0)
    notices.push(
      'No block of this book was found in the file: it is not a Word export of this book, or its bookmarks were removed.',
    );
  const blocks: BlockReview[] = [];
  for (const [id, at] of where) {
    const d = found.get(id);
    if (!d) continue;
    const expected = blockSegments(at.node);
    let proposed = d.segments;
    let problem: string | undefined;
    if (proposed.length !== expected.length) {
      if (expected.length === 1) proposed = [proposed.join(' ')];
      else
        problem = `The reviewer ${proposed.length > expected.length ? 'added' : 'removed'} paragraphs in this ${at.node.type}; make that change in the app.`;
    }
    const changes = problem
      ? [
          {
            path: [],
            before: expected.map((s) => s.text).join('\n'),
            after: proposed.join('\n'),
            diff: wordDiff(expected.map((s) => s.text).join('\n'), proposed.join('\n')),
          },
        ]
      : expected
          .map((s, k) => ({ path: s.path, before: s.text, after: proposed[k]! }))
          .filter((c) => normText(c.before) !== normText(c.after))
          .map((c) => ({
            ...c,
            after: normText(c.after),
            diff: wordDiff(c.before, normText(c.after)),
          }));
    const comments: ReviewComment[] = [...new Set(d.commentIds)]
      .map((cid) => parsed.comments[cid])
      .filter((c): c is ReviewComment => c !== undefined);
    if (changes.length === 0 && d.suggestions.length === 0 && comments.length === 0) continue;
    blocks.push({
      blockId: id,
      tabId: at.tabId,
      tabTitle: at.tabTitle,
      blockNumber: at.n,
      kind: KIND[at.node.type] ?? at.node.type,
      firstWords: firstWords(at.node),
      cleared:
        at.node.type === 'framework-quote' &&
        verifyQuote(at.node, framework, book.frameworkVersion) === null,
      changes: problem || changes.length > 0 ? changes : [],
      suggestions: d.suggestions,
      comments,
      ...(problem ? { problem } : {}),
    });
  }
  const missing = [...where.keys()].filter((id) => !found.has(id));
  if (found.size > 0 && missing.length > 0)
    notices.push(
      `${missing.length} block(s) of the book were not found in the file (deleted there, or added to the book since export); they stay as they are.`,
    );
  return { fileName, bookId: book.id, blocks, notices };
}
