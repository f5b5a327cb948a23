// Composes the real main-process services on a userData folder, without importing electron (Electron main and the e2e harness both use it).
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { NoticeBoard } from '../app/notices';
import { openConfPrefs } from '../prefs/confStore';
import type { PrefsStore } from '../prefs/prefsStore';
import { BookRepository } from '../storage/bookRepository';
import type { DataCipher } from '../storage/cipher';
import { RecoveryJournal } from '../storage/journal';
import { openLibraryKey } from '../storage/keyring';
import type { KeyProvider } from '../storage/keyProvider';
import { createContentService, type ContentService } from './contentService';
import {
  createInProcessExportRunner,
  createWorkerExportRunner,
  type ExportRunner,
} from './exportRunner';
import { ExportService } from './exportService';
import type { Dialogs, ShellOps } from './ports';

export type { Dialogs, ShellOps } from './ports';
export type { ExportRunner } from './exportRunner';

export interface AppServicesOptions {
  userDataDir: string;
  /** Wraps the library's data key (Electron safeStorage or a passphrase in the app; in-memory in tests). */
  keyProvider: KeyProvider;
  dialogs: Dialogs;
  shell: ShellOps;
  /** Preferences store; default: conf on userDataDir (Electron main passes one backed by electron-store). */
  prefsStore?: PrefsStore;
  /** PDF runner; default: a worker on `pdfWorkerPath`, or in-process when that bundle is not built. */
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

/** Picks the worker runner when its bundle exists; otherwise renders in-process (and says so in the log). */
function defaultRunner(workerPath: string, fontsDir: string | undefined): ExportRunner {
  if (existsSync(workerPath)) return createWorkerExportRunner(workerPath, { fontsDir });
  console.warn(`[services] ${workerPath} is not built; PDF export runs in-process`);
  return createInProcessExportRunner({ fontsDir });
}

/**
 * Builds the app's services on `userDataDir`: the book repository, recovery journal, preferences,
 * bundled content, and the PDF export service wired to the given dialogs and shell.
 */
export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const notices = options.notices ?? new NoticeBoard();
  const notify = notices.add;
  // The key is opened on first storage use (and that first use migrates a plaintext library);
  // a failure (e.g. a wrong passphrase) is not cached, so the next use tries again.
  let cipherPromise: Promise<DataCipher> | undefined;
  const cipher = (): Promise<DataCipher> =>
    (cipherPromise ??= openLibraryKey(options.userDataDir, options.keyProvider, { notify }).catch(
      (error: unknown) => {
        cipherPromise = undefined;
        throw error;
      },
    ));
  const books = new BookRepository({ userDataDir: options.userDataDir, cipher, now, notify });
  const journal = new RecoveryJournal({ userDataDir: options.userDataDir, cipher, now, notify });
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
