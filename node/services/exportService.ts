// export:pdf and export:cancel: load books, readiness and preflight, save dialog, render in the runner, crash-safe write, open.
import { extname } from 'node:path';
import type { Book } from '../../core/book/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import type { AppNotice, ExportProgress, ParsedRequestOf } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { preflight, selectTabs } from '../../core/pdf/preflight';
import { assertKnownFrameworkVersion } from '../../core/data/knownFrameworkVersion';
import { checkReadiness, exportRefusals, type ReadinessInput } from '../../core/readiness';
import { writeFileAtomic } from '../storage/atomicWrite';
import type { ExportRunner } from './exportRunner';
import { safeFileStem, type Dialogs, type ShellOps } from './ports';

export interface ExportServiceDeps {
  getBook: (id: string) => Promise<Book>;
  framework: () => FrameworkBundle;
  /** Country facts, authorities and pack versions in use: facts and drift are checked with them. */
  facts?: () => Pick<ReadinessInput, 'countries' | 'authorities' | 'packs'>;
  runner: ExportRunner;
  dialogs: Dialogs;
  shell: ShellOps;
  notify: (notice: AppNotice) => void;
  /** Today as YYYY-MM-DD; default: the UTC date of the system clock. */
  today?: () => string;
}

/** Added to the suggested file name, so a non-paper is never mistaken for the book. */
const AUDIENCE_SUFFIX = { full: '', nonpaper: ' (non-paper)', pocket: ' (pocket card)' } as const;

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Runs PDF exports, one AbortController per job id so export:cancel can stop a running one. */
export class ExportService {
  private readonly jobs = new Map<string, AbortController>();

  constructor(private readonly deps: ExportServiceDeps) {}

  /**
   * Exports one book or a packet. Returns null if the user cancels the save dialog; throws
   * AppFailure('cancelled') if export:cancel arrives while it runs.
   */
  async exportPdf(
    request: ParsedRequestOf<'export:pdf'>,
    emit: (progress: ExportProgress) => void,
  ): Promise<{ path: string; pages: number } | null> {
    const { jobId } = request;
    if (this.jobs.has(jobId))
      throw new AppFailure('invalid-request', `Export job "${jobId}" is already running`);
    const controller = new AbortController();
    this.jobs.set(jobId, controller);
    try {
      const books = await Promise.all(request.bookIds.map((id) => this.deps.getBook(id)));
      // Refuse unprintable content (and, for a final export, any readiness blocker) before the
      // user picks a file.
      preflight(selectTabs(books, request.includeTabs), request.packetTitle);
      this.assertExportable(books, request);
      const audience = request.audience ?? 'full';
      const title =
        (request.packetTitle ??
          (books.length === 1
            ? books[0]!.title
            : `${books[0]!.title} and ${books.length - 1} more`)) + AUDIENCE_SUFFIX[audience];
      const chosen = await this.deps.dialogs.showSaveDialog({
        title: books.length > 1 ? 'Export packet as PDF' : 'Export book as PDF',
        defaultPath: `${safeFileStem(title)}.pdf`,
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      });
      if (chosen === null) return null;
      if (controller.signal.aborted) throw new AppFailure('cancelled', 'The export was cancelled.');
      const path = extname(chosen) ? chosen : `${chosen}.pdf`;
      const { bytes, pages } = await this.deps.runner.render(
        {
          books,
          framework: this.deps.framework(),
          packetTitle: request.packetTitle,
          includeTabs: request.includeTabs,
          // Passed through to the renderer only: not in prefs, the book, the log or the result.
          ...(request.password === undefined ? {} : { password: request.password }),
          audience,
          keepCitations: request.keepCitations === true,
        },
        { onProgress: (p) => emit({ ...p, jobId }), signal: controller.signal },
      );
      emit({ jobId, phase: 'write', fraction: 0.99 });
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        throw new AppFailure(
          'io',
          `Could not write the PDF to ${path}: ${(error as Error).message}`,
        );
      }
      emit({ jobId, phase: 'done', fraction: 1 });
      if (request.open) await this.open(path);
      return { path, pages };
    } finally {
      this.jobs.delete(jobId);
    }
  }

  /**
   * The in-app preview: the same checks and the same renderer as a draft export of one whole book,
   * but the bytes come back instead of going to a file (no dialog, nothing written).
   */
  async previewPdf(
    request: ParsedRequestOf<'export:preview'>,
  ): Promise<{ bytes: Uint8Array; pages: number }> {
    const book = await this.deps.getBook(request.bookId);
    preflight(selectTabs([book], undefined), undefined);
    this.assertExportable([book], { final: false });
    return this.deps.runner.render(
      {
        books: [book],
        framework: this.deps.framework(),
        audience: request.audience ?? 'full',
        keepCitations: false,
      },
      { onProgress: () => undefined, signal: new AbortController().signal },
    );
  }

  /**
   * Every export: a known framework version and no problem that refuses every export (classified
   * markings above all). A final export: no readiness blocker at all, placeholders included.
   * @throws AppFailure('validation') listing the problems and where they are.
   */
  private assertExportable(
    books: Book[],
    request: Pick<ParsedRequestOf<'export:pdf'>, 'final' | 'includeTabs'>,
  ): void {
    const mode = request.final ? 'final' : 'draft';
    const lines: string[] = [];
    for (const book of books) {
      assertKnownFrameworkVersion(book);
      const refusals = exportRefusals(
        checkReadiness({
          book,
          framework: this.deps.framework(),
          ...this.deps.facts?.(),
          today: (this.deps.today ?? todayUtc)(),
          ...(request.includeTabs?.[book.id] ? { includeTabs: request.includeTabs[book.id] } : {}),
        }),
        mode,
      );
      const prefix = books.length > 1 ? `"${book.title}", ` : '';
      lines.push(...refusals.map((p) => `${prefix}${p.where}: ${p.message}`));
    }
    if (lines.length === 0) return;
    const more = lines.length > 10 ? `; and ${lines.length - 10} more` : '';
    throw new AppFailure(
      'validation',
      `${mode === 'final' ? 'Not ready for a final export' : 'Cannot export'}: ${lines.length} problem(s) to fix first (see Readiness): ${lines.slice(0, 10).join('; ')}${more}`,
    );
  }

  private async open(path: string): Promise<void> {
    try {
      await this.deps.shell.openPath(path);
    } catch (error) {
      this.deps.notify({
        level: 'info',
        message: `The PDF was saved to ${path} but could not be opened: ${(error as Error).message}`,
      });
    }
  }

  /** Cancels a running export (no-op if it already finished). */
  cancel(jobId: string): void {
    this.jobs.get(jobId)?.abort();
  }
}
