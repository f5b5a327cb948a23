// copies:export and copies:identify for the app: numbered copies and addenda written all or none and logged in the book; identify a stray PDF against the library.
import { basename, dirname, extname } from 'node:path';
import type { Book } from '../../core/book/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import type { CopyIdentification, ParsedRequestOf, ResponseMap } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { assertKnownFrameworkVersion } from '../../core/data/knownFrameworkVersion';
import { checkReadiness, exportRefusals } from '../../core/readiness';
import { renderAddendum, renderCopies, withDistribution } from '../copies/distribute';
import { identifyPdf } from '../copies/identify';
import { removeFileSet, writeFileSet } from '../copies/writeFileSet';
import type { ExportRunner } from './exportRunner';
import { safeFileStem, type Dialogs } from './ports';

export interface CopiesServiceDeps {
  getBook: (id: string) => Promise<Book>;
  saveBook: (book: Book) => Promise<unknown>;
  /** Every book in the library, for identify. */
  allBooks: () => Promise<Book[]>;
  framework: () => FrameworkBundle;
  runner: ExportRunner;
  dialogs: Dialogs;
  today?: () => string;
}

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export class CopiesService {
  constructor(private readonly deps: CopiesServiceDeps) {}

  /**
   * Renders the copies (or the addendum), asks where to put them (the save dialog's folder and
   * file name), writes them all or none, then appends the distribution to the book.
   * @returns null when the user cancels the dialog.
   */
  async exportCopies(
    request: ParsedRequestOf<'copies:export'>,
  ): Promise<ResponseMap['copies:export']> {
    const book = await this.deps.getBook(request.bookId);
    if (!request.addendum && !request.recipients)
      throw new AppFailure('invalid-request', 'Numbered copies need their recipients');
    this.assertExportable(book, request.final);
    const chosen = await this.deps.dialogs.showSaveDialog({
      title: request.addendum
        ? 'Export addendum: choose the folder (one file per recipient)'
        : 'Export numbered copies: choose the folder (one file per recipient)',
      defaultPath: `${safeFileStem(book.title)}.pdf`,
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (chosen === null) return null;
    const folder = dirname(chosen);
    const fileStem = basename(chosen, extname(chosen)) || book.title;
    const abort = new AbortController();
    const input = {
      book,
      framework: this.deps.framework(),
      fileStem,
      render: (r: Parameters<ExportRunner['render']>[0]) =>
        this.deps.runner.render(r, { onProgress: () => undefined, signal: abort.signal }),
    };
    const set = request.addendum
      ? await renderAddendum(input)
      : await renderCopies({
          ...input,
          recipients: request.recipients!,
          count: request.recipients!.length,
        });
    const paths = await writeFileSet(folder, set.files);
    try {
      // Re-read: the editor may have saved since; the log is appended to the newest version.
      const current = await this.deps.getBook(book.id);
      await this.deps.saveBook(withDistribution(current, set.entry));
    } catch (error) {
      await removeFileSet(paths);
      throw new AppFailure(
        'io',
        `The copies could not be recorded in the book (${(error as Error).message}), so they were removed`,
      );
    }
    return { folder, files: paths, addendum: set.entry.addendum, changes: set.changes.length };
  }

  /** The same refusals as a PDF export of the whole book (classified markings; for final, every blocker). */
  private assertExportable(book: Book, final: boolean): void {
    assertKnownFrameworkVersion(book);
    const refusals = exportRefusals(
      checkReadiness({
        book,
        framework: this.deps.framework(),
        today: (this.deps.today ?? todayUtc)(),
      }),
      final ? 'final' : 'draft',
    );
    if (refusals.length === 0) return;
    const lines = refusals.slice(0, 10).map((p) => `${p.where}: ${p.message}`);
    throw new AppFailure(
      'validation',
      `${final ? 'Not ready for a final export' : 'Cannot export'}: ${refusals.length} problem(s) to fix first (see Readiness): ${lines.join('; ')}`,
    );
  }

  /** Identifies a PDF against every book in the library. */
  async identify(request: ParsedRequestOf<'copies:identify'>): Promise<CopyIdentification | null> {
    const bytes = new Uint8Array(Buffer.from(request.base64, 'base64'));
    const found = await identifyPdf(bytes, await this.deps.allBooks());
    if (!found) return null;
    return {
      via: found.via,
      label: found.label,
      recipient: found.stamp.recipient,
      bookId: found.bookId,
      ...(found.bookTitle ? { bookTitle: found.bookTitle } : {}),
      ...(found.at ? { at: found.at } : {}),
      message: found.message,
    };
  }

  /** A save from the editor keeps the log main wrote: only main appends to it (the editor's copy may be stale). */
  async keepLog(book: Book): Promise<Book> {
    const stored = await this.deps.getBook(book.id).catch(() => null);
    if (!stored) return book;
    const { distribution: _ignored, ...rest } = book;
    return stored.distribution ? { ...rest, distribution: stored.distribution } : rest;
  }
}
