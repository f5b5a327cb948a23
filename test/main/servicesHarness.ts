// Real services on a temp userData folder with fake dialogs/shell, plus a typed `call` helper, for handler tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type {
  AppNotice,
  Channel,
  ExportProgress,
  RequestOf,
  ResponseMap,
} from '../../core/ipc/contract';
import type { Result } from '../../core/ipc/result';
import { createHandlerMap } from '../../node/ipc/handlerMap';
import { invokeChannel } from '../../node/ipc/invokeChannel';
import { memoryKeyProvider } from '../node/storage/memoryKeyProvider';
import {
  createAppServices,
  type AppServicesOptions,
  type KeySource,
} from '../../node/services/createAppServices';
import { createInProcessExportRunner } from '../../node/services/exportRunner';

export interface TestApp {
  userDataDir: string;
  /** Paths the fake save dialog handed out, and what it was asked. */
  dialogCalls: Array<{ title: string; defaultPath: string }>;
  opened: string[];
  progress: ExportProgress[];
  /** Notices pushed to this "window" (after it sent app:listenNotices), in order. */
  notices: AppNotice[];
  /** Next answer of the save dialog: a file name inside userDataDir/out, or null for Cancel. */
  nextDialogAnswer: string | null;
  /** Next answer of the open dialog: an absolute path, or null for Cancel (the default). */
  nextOpenAnswer: string | null;
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseMap[C]>>;
  /** Like call, but throws on an error result. */
  value<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseMap[C]>;
  dispose(): void;
}

/**
 * Starts real services on a fresh temp folder (or `userDataDir`, to simulate a restart). PDFs render
 * in-process unless `extra.exportRunner` says otherwise (exportPdf.test.ts passes the real worker).
 */
export function startTestApp(
  extra: Partial<AppServicesOptions> = {},
  userDataDir?: string,
): TestApp {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'bbb-main-'));
  const app: TestApp = {
    userDataDir: dir,
    dialogCalls: [],
    opened: [],
    progress: [],
    notices: [],
    nextDialogAnswer: 'export.pdf',
    nextOpenAnswer: null,
    call: undefined as unknown as TestApp['call'],
    value: undefined as unknown as TestApp['value'],
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
  const { keyProvider, passphraseGate, ...rest } = extra;
  const key: KeySource = passphraseGate
    ? { passphraseGate }
    : { keyProvider: keyProvider ?? memoryKeyProvider() };
  const services = createAppServices({
    userDataDir: dir,
    ...key,
    exportRunner: createInProcessExportRunner(),
    dialogs: {
      showSaveDialog: (opts) => {
        app.dialogCalls.push({ title: opts.title, defaultPath: opts.defaultPath });
        return Promise.resolve(
          app.nextDialogAnswer === null ? null : join(dir, app.nextDialogAnswer),
        );
      },
      showOpenDialog: (opts) => {
        app.dialogCalls.push({ title: opts.title, defaultPath: '' });
        return Promise.resolve(app.nextOpenAnswer);
      },
    },
    shell: {
      openPath: (p) => {
        app.opened.push(p);
        return Promise.resolve();
      },
    },
    ...rest,
  });
  const map = createHandlerMap(services);
  const ctx = {
    emitProgress: (p: ExportProgress) => void app.progress.push(p),
    emitNotice: (n: AppNotice) => void app.notices.push(n),
  };
  app.call = ((channel: Channel, request: unknown) =>
    invokeChannel(map, channel, request, ctx)) as TestApp['call'];
  app.value = (async (channel: Channel, request: unknown) => {
    const result = await invokeChannel(map, channel, request, ctx);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }) as TestApp['value'];
  return app;
}

/** Returns startTestApp for one spec file; every app it started is disposed (folder removed) after each test. */
export function useTestApps(): typeof startTestApp {
  const apps: TestApp[] = [];
  afterEach(() => apps.splice(0).forEach((a) => a.dispose()));
  return (...args) => {
    const app = startTestApp(...args);
    apps.push(app);
    return app;
  };
}
