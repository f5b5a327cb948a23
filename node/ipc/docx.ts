// docx:* handlers: the Word round trip for clearance (export, review a returned file, apply accepted blocks).
import type { AppServices } from '../services/createAppServices';
import { createDocxService } from '../docx/docxService';
import type { DomainHandlers } from './types';

/** Handlers for the docx domain; the open review lives in this service, in main. */
export function docxHandlers(s: AppServices): DomainHandlers<'docx'> {
  const docx = createDocxService({
    books: s.books,
    content: s.content,
    dialogs: s.dialogs,
    now: s.now,
  });
  return {
    'docx:export': ({ id }) => docx.exportWord(id),
    'docx:review': ({ id, fileName, base64 }) => docx.review(id, fileName, base64),
    'docx:apply': ({ id, reviewId, accept }) => docx.apply(id, reviewId, accept),
  };
}
