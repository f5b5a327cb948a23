// Composes the real main-process services on a userData folder, without importing electron (Electron main and the e2e harness both use it).
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { NoticeBoard } from '../app/notices';
import { openConfPrefs } from '../prefs/confStore';
import type { PrefsStore } from '../prefs/prefsStore';
import { BookRepository } from '../storage/bookRepository';
import { RecoveryJournal } from '../storage/journal';
import { createContentService, type ContentService } from './contentService';
import { createWorkerExportRunner, type ExportRunner } from './exportRunner';
import { ExportService } from './exportService';
import type { Dialogs, ShellOps } from './ports';

export type { Dialogs, ShellOps } from './ports';
export type { ExportRunner } from './exportRunner';

export interface AppServicesOptions {
  userDataDir: string;
  dialogs: Dialogs;
  shell: ShellOps;
  /** Preferences store; default: conf on userDataDir (Electron main passes one backed by electron-store). */
  prefsStore?: PrefsStore;
  /** PDF runner; default: a worker on `pdfWorkerPath` (missing bundle: createAppServices throws). */
  exportRunner?: ExportRunner;
  /** Path of dist/electron/pdfExportWorker.cjs; default: relative to the working directory. */
  pdfWorkerPath?: string;
  /** Folder of the PDF fonts (the packaged app passes resources/fonts); default: found by node/pdf. */
  fontsDir?: string;
  /** Data and book engine; default: the bundled data. */
  content?: ContentService;
  now?: () => Date;
  /** Book id generator; default: random UUIDs. */
  newId?: () => string;
  /** Shared notice board (Electron main passes the one prefs reported into). */
  notices?: NoticeBoard;
}

/** Everything the IPC handlers need. */
export interface AppServices {
  userDataDir: string;
  books: BookRepository;
  journal: RecoveryJournal;
  notices: NoticeBoard;
  /** The preferences store (opened on first use: conf is ESM-only and loads asynchronously). */
  prefs(): Promise<PrefsStore>;
  content: ContentService;
  exports: ExportService;
  dialogs: Dialogs;
  shell: ShellOps;
  now: () => Date;
  newId: () => string;
}

/**
 * The worker runner on the bundled worker script. A missing bundle is a broken build or package:
 * refuse to start rather than quietly render on the main thread (which freezes the window).
 */
function defaultRunner(workerPath: string, fontsDir: string | undefined): ExportRunner {
  if (!existsSync(workerPath)) {
    throw new Error(
      `The PDF export worker bundle is missing: ${workerPath}. Build it with "npm run build:node" ` +
        '(or pass an explicit exportRunner).',
    );
  }
  return createWorkerExportRunner(workerPath, { fontsDir });
}

/**
 * Builds the app's services on `userDataDir`: the book repository, recovery journal, preferences,
 * bundled content, and the PDF export service wired to the given dialogs and shell.
 */
export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const notices = options.notices ?? new NoticeBoard();
  const notify = notices.add;
  const books = new BookRepository({ userDataDir: options.userDataDir, now, notify });
  const journal = new RecoveryJournal({ userDataDir: options.userDataDir, now, notify });
  const content = options.content ?? createContentService();
  let prefsPromise: Promise<PrefsStore> | undefined = options.prefsStore
    ? Promise.resolve(options.prefsStore)
    : undefined;
  const prefs = (): Promise<PrefsStore> =>
    (prefsPromise ??= openConfPrefs(options.userDataDir, { now, notify }));
  const runner =
    options.exportRunner ??
    defaultRunner(
      options.pdfWorkerPath ?? resolve('dist/electron/pdfExportWorker.cjs'),
      options.fontsDir,
    );
  const exports = new ExportService({
    getBook: (id) => books.get(id),
    framework: () => content.framework(),
    runner,
    dialogs: options.dialogs,
    shell: options.shell,
    notify,
  });
  return {
    userDataDir: options.userDataDir,
    books,
    journal,
    notices,
    prefs,
    content,
    exports,
    dialogs: options.dialogs,
    shell: options.shell,
    now,
    newId: options.newId ?? (() => randomUUID()),
  };
}
