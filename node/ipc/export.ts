// export:* handlers: PDF export of a book or packet (progress pushed through the handler context), cancel, the in-app preview's bytes, and pages per tab.
import type { AppServices } from '../services/createAppServices';
import type { DomainHandlers } from './types';

/** Handlers for the export domain. */
export function exportHandlers(s: AppServices): DomainHandlers<'export'> {
  return {
    'export:pdf': (request, ctx) => s.exports.exportPdf(request, (p) => ctx.emitProgress(p)),
    'export:preview': async (request) => {
      const { bytes, pages } = await s.exports.previewPdf(request);
      return { pdfBase64: Buffer.from(bytes).toString('base64'), pages };
    },
    'export:pageCounts': ({ bookId }) => s.pageCounts.count(bookId),
    'export:cancel': ({ jobId }) => {
      s.exports.cancel(jobId);
      return Promise.resolve(null);
    },
  };
}
