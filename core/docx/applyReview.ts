// Applies the blocks the officer accepted from a DOCX review to the book; everything else stays as it is.
import type { Book } from '../book/schema';
import { blockId, ensureBlockIds } from '../book/blockIds';
import { AppFailure } from '../ipc/result';
import type { DocxReview } from './review';
import { blockSegments, normText, setSegmentText } from './segments';

/**
 * The book with the accepted blocks' segments replaced by the reviewer's text. A block that changed in
 * the app since the review was built, or that cannot be applied, refuses the whole apply (nothing half done).
 * An accepted change to a framework quote keeps the node but not its cleared status: verifyQuote no
 * longer matches, so it prints as the officer's own text and readiness lists it as edited.
 */
export function applyReview(bookIn: Book, review: DocxReview, accepted: readonly string[]): Book {
  if (review.bookId !== bookIn.id)
    throw new AppFailure(
      'validation',
      `This review is for book "${review.bookId}", not "${bookIn.id}"`,
    );
  const book = ensureBlockIds(bookIn);
  const wanted = new Map(
    review.blocks.filter((b) => accepted.includes(b.blockId)).map((b) => [b.blockId, b]),
  );
  for (const id of accepted)
    if (!wanted.has(id)) throw new AppFailure('validation', `Block ${id} is not in this review`);
  const tabs = book.tabs.map((tab) => {
    let changed = false;
    const children = tab.content.root.children.map((node) => {
      const review = wanted.get(blockId(node) ?? '');
      if (!review) return node;
      if (review.problem)
        throw new AppFailure(
          'validation',
          `${tab.title}, block ${review.blockNumber}: ${review.problem}`,
        );
      const now = blockSegments(node);
      let out = node;
      for (const change of review.changes) {
        const seg = now.find((s) => s.path.join('.') === change.path.join('.'));
        if (!seg || normText(seg.text) !== normText(change.before))
          throw new AppFailure(
            'validation',
            `${tab.title}, block ${review.blockNumber} changed in the app since the file was imported; import it again`,
          );
        out = setSegmentText(out, change.path, change.after);
      }
      changed = changed || out !== node;
      return out;
    });
    return changed
      ? { ...tab, content: { ...tab.content, root: { ...tab.content.root, children } } }
      : tab;
  });
  return { ...book, tabs };
}
