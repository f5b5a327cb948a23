// export:pageCounts: pages per tab of the full book from the real PDF layout, one render per book at a time, the newest request winning.
import type { Book } from '../../core/book/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import type { ResponseMap } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import type { ExportRunner } from './exportRunner';

export interface PageCountServiceDeps {
  getBook: (id: string) => Promise<Book>;
  framework: () => FrameworkBundle;
  /** The export's runner (a worker in the app): the counts come from the very layout an export makes. */
  runner: ExportRunner;
}

export type PageCounts = ResponseMap['export:pageCounts'];

/**
 * Lays out the saved book as the full-book PDF export would and reports each tab's pages. The
 * renderer asks after typing pauses; a newer request for the same book cancels the older render
 * (the worker is terminated), so at most one layout per book runs and stale work stops early.
 */
export class PageCountService {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly deps: PageCountServiceDeps) {}

  /** @throws AppFailure('cancelled') when a newer request for the book replaced this one. */
  async count(bookId: string): Promise<PageCounts> {
    this.running.get(bookId)?.abort();
    const controller = new AbortController();
    this.running.set(bookId, controller);
    try {
      const book = await this.deps.getBook(bookId);
      if (controller.signal.aborted)
        throw new AppFailure('cancelled', 'A newer page count replaced this one.');
      const result = await this.deps.runner.render(
        { books: [book], framework: this.deps.framework(), audience: 'full' },
        { onProgress: () => undefined, signal: controller.signal },
      );
      if (!result.tabPages)
        throw new AppFailure('internal', 'The PDF renderer did not report the pages of each tab.');
      return {
        updatedAt: book.updatedAt,
        pages: result.pages,
        tabs: result.tabPages.map((t) => ({ tabId: t.tabId, pages: t.pages })),
      };
    } finally {
      if (this.running.get(bookId) === controller) this.running.delete(bookId);
    }
  }
}
