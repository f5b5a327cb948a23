// The app's Word round trip: export a book as DOCX (save dialog, atomic write), read a returned DOCX into a
// review, and apply the blocks the officer accepted through the normal save path (the codec checks the result).
import { randomUUID } from 'node:crypto';
import type { Book } from '../../core/book/schema';
import { ensureBlockIds } from '../../core/book/blockIds';
import { applyReview } from '../../core/docx/applyReview';
import { buildReview } from '../../core/docx/buildReview';
import type { DocxReview } from '../../core/docx/review';
import { AppFailure } from '../../core/ipc/result';
import { checkReadiness, exportRefusals } from '../../core/readiness';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { writeFileAtomic } from '../storage/atomicWrite';
import { safeFileStem, type Dialogs } from '../services/ports';
import { exportDocx } from './exportDocx';
import { readDocx } from './readDocx';
import { ZIP_LIMITS } from './safeZip';

/** What the service needs from the app's services. */
export interface DocxDeps {
  books: { get(id: string): Promise<Book>; save(book: Book): Promise<unknown> };
  content: { framework(): FrameworkBundle };
  dialogs: Dialogs;
  now: () => Date;
}

/** A review handed to the renderer, with the ID it applies it by. */
export interface DocxReviewWithId extends DocxReview {
  reviewId: string;
}

export interface DocxService {
  exportWord(bookId: string): Promise<string | null>;
  review(bookId: string, fileName: string, base64: string): Promise<DocxReviewWithId>;
  apply(bookId: string, reviewId: string, accept: string[]): Promise<Book>;
}

/** Base64 of the largest .docx accepted (the zip cap), so an oversized request is refused before decoding. */
export const DOCX_BASE64_MAX = Math.ceil((ZIP_LIMITS.maxFileBytes * 4) / 3) + 4;

/** Saves stable block IDs first if the book lacked any, so the exported bookmarks match the stored book. */
async function withIds(deps: DocxDeps, bookId: string): Promise<Book> {
  const book = await deps.books.get(bookId);
  const ided = ensureBlockIds(book);
  if (ided === book) return book;
  await deps.books.save(ided);
  return deps.books.get(bookId);
}

export function createDocxService(deps: DocxDeps): DocxService {
  // Reviews stay in main: the renderer applies one by its ID and cannot hand back altered text.
  const reviews = new Map<string, DocxReview>();
  return {
    async exportWord(bookId) {
      const book = await withIds(deps, bookId);
      const framework = deps.content.framework();
      const today = deps.now().toISOString().slice(0, 10);
      const refusals = exportRefusals(checkReadiness({ book, framework, today }), 'draft');
      if (refusals.length > 0)
        throw new AppFailure(
          'validation',
          `"${book.title}" cannot be exported: ${refusals
            .slice(0, 5)
            .map((p) => `${p.where}: ${p.message}`)
            .join('; ')}`,
        );
      const { bytes } = await exportDocx(book, framework);
      const path = await deps.dialogs.showSaveDialog({
        title: 'Export Word (.docx)',
        defaultPath: `${safeFileStem(book.title)}.docx`,
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      });
      if (path === null) return null;
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        throw new AppFailure('io', `Could not write ${path}: ${(error as Error).message}`);
      }
      return path;
    },
    async review(bookId, fileName, base64) {
      if (base64.length > DOCX_BASE64_MAX)
        throw new AppFailure(
          'validation',
          `${fileName}: a returned Word document may be at most ${ZIP_LIMITS.maxFileBytes} bytes`,
        );
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const parsed = readDocx(bytes, fileName);
      const book = await withIds(deps, bookId);
      const review = buildReview(parsed, book, deps.content.framework(), fileName);
      const reviewId = randomUUID();
      reviews.clear(); // one review open at a time
      reviews.set(reviewId, review);
      return { ...review, reviewId };
    },
    async apply(bookId, reviewId, accept) {
      const review = reviews.get(reviewId);
      if (!review)
        throw new AppFailure('not-found', 'This review is no longer open; import the file again');
      const book = await deps.books.get(bookId);
      const next = applyReview(book, review, accept);
      if (accept.length > 0) await deps.books.save(next);
      reviews.delete(reviewId);
      return deps.books.get(bookId);
    },
  };
}
