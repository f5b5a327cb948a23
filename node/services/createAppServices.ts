// Composes the real main-process services on a userData folder, without importing electron (Electron main and the e2e harness both use it).
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { NoticeBoard } from '../app/notices';
import { openConfPrefs } from '../prefs/confStore';
import type { PrefsStore } from '../prefs/prefsStore';
import { BookRepository } from '../storage/bookRepository';
import type { DataCipher } from '../storage/cipher';
import { RecoveryJournal } from '../storage/journal';
import { openLibraryKey } from '../storage/keyring';
import { KEYSTORE_FILE } from '../storage/layout';
import type { KeyProvider } from '../storage/keyProvider';
import type { PassphraseGate } from '../storage/passphraseGate';
import type { TrustedKeys } from '../../core/packs/packFormat';
import { PackLibrary } from '../packs/packLibrary';
import { createContentService, type ContentService } from './contentService';
import { createWorkerExportRunner, type ExportRunner } from './exportRunner';
import { ExportService } from './exportService';
import { PageCountService } from './pageCountService';
import { CopiesService } from './copiesService';
import { resolveFontsDir } from '../pdf/fonts';
import type { Dialogs, ShellOps } from './ports';

export type { Dialogs, ShellOps } from './ports';
export type { ExportRunner } from './exportRunner';

/**
 * How the library's data key is protected: a provider that needs no user input (Electron
 * safeStorage in the app, in-memory in tests), or a passphrase the user types (no OS keyring).
 */
export type KeySource =
  | { keyProvider: KeyProvider; passphraseGate?: undefined }
  | { passphraseGate: PassphraseGate; keyProvider?: undefined };

export type AppServicesOptions = BaseServicesOptions & KeySource;

/** Whether the library can be used yet (app:keyStatus). */
export interface KeyStatus {
  /** True until the passphrase was entered (always false with a keyring). */
  locked: boolean;
  /** True when the user protects the key with a passphrase. */
  needsPassphrase: boolean;
  /** True when no key store exists yet: the passphrase is being chosen, not entered. */
  firstRun: boolean;
}

interface BaseServicesOptions {
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
  /** Data and book engine; default: the data packs in use under userDataDir. */
  content?: ContentService;
  /** Public keys trusted for data packs; default: the app's (framework-data/packs/trusted-keys.json). */
  trustedPackKeys?: TrustedKeys;
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
  /** Whether the library is locked (passphrase mode) and whether its key store exists yet. */
  keyStatus(): Promise<KeyStatus>;
  /** Unlocks (or, on first run, protects) the library with a passphrase; throws if it is wrong. */
  unlock(passphrase: string): Promise<void>;
  /** The preferences store (opened on first use: conf is ESM-only and loads asynchronously). */
  prefs(): Promise<PrefsStore>;
  content: ContentService;
  exports: ExportService;
  /** Pages per tab for the editor's printed-length display (export:pageCounts). */
  pageCounts: PageCountService;
  copies: CopiesService;
  dialogs: Dialogs;
  shell: ShellOps;
  now: () => Date;
  newId: () => string;
  /** The bundled PDF fonts' folder (fonts:check runs the export's glyph check on it). */
  fontsDir(): string;
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
  // The key is opened on first storage use (and that first use migrates a plaintext library);
  // a failure (e.g. a wrong passphrase) is not cached, so the next use tries again.
  const gate = options.passphraseGate;
  const provider = gate ? gate.provider : options.keyProvider;
  let cipherPromise: Promise<DataCipher> | undefined;
  let unlocked = false;
  const cipher = (): Promise<DataCipher> =>
    (cipherPromise ??= openLibraryKey(options.userDataDir, provider, { notify }).then(
      (opened) => {
        unlocked = true;
        return opened;
      },
      (error: unknown) => {
        cipherPromise = undefined;
        throw error;
      },
    ));
  const keyStatus = async (): Promise<KeyStatus> => ({
    locked: gate !== undefined && !unlocked,
    needsPassphrase: gate !== undefined,
    firstRun: !existsSync(join(options.userDataDir, KEYSTORE_FILE)),
  });
  const unlock = async (passphrase: string): Promise<void> => {
    if (!gate || unlocked) return;
    gate.set(passphrase);
    try {
      await cipher();
    } catch (error) {
      gate.clear();
      throw error;
    }
  };
  const books = new BookRepository({ userDataDir: options.userDataDir, cipher, now, notify });
  const journal = new RecoveryJournal({ userDataDir: options.userDataDir, cipher, now, notify });
  const content =
    options.content ??
    createContentService(
      new PackLibrary({
        userDataDir: options.userDataDir,
        ...(options.trustedPackKeys ? { trustedKeys: options.trustedPackKeys } : {}),
      }),
    );
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
    facts: () => ({
      countries: content.countries(),
      authorities: content.authorities(),
      packs: content.packVersions(),
    }),
    runner,
    dialogs: options.dialogs,
    shell: options.shell,
    notify,
  });
  const pageCounts = new PageCountService({
    getBook: (id) => books.get(id),
    framework: () => content.framework(),
    runner,
  });
  const copies = new CopiesService({
    getBook: (id) => books.get(id),
    saveBook: (book) => books.save(book),
    // Identify searches every book's log; a book that fails to read is skipped, not fatal.
    allBooks: async () =>
      (
        await Promise.all((await books.list()).map((b) => books.get(b.id).catch(() => null)))
      ).filter((b): b is NonNullable<typeof b> => b !== null),
    framework: () => content.framework(),
    runner,
    dialogs: options.dialogs,
  });
  return {
    userDataDir: options.userDataDir,
    books,
    journal,
    notices,
    keyStatus,
    unlock,
    prefs,
    content,
    exports,
    pageCounts,
    copies,
    dialogs: options.dialogs,
    shell: options.shell,
    now,
    newId: options.newId ?? (() => randomUUID()),
    fontsDir: () => resolveFontsDir(options.fontsDir),
  };
}
