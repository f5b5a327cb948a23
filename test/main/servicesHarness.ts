// Real services on a temp userData folder with fake dialogs/shell, plus a typed `call` helper, for handler tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { createAppServices, type AppServicesOptions } from '../../node/services/createAppServices';

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
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseMap[C]>>;
  /** Like call, but throws on an error result. */
  value<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseMap[C]>;
  dispose(): void;
}

/** Starts real services on a fresh temp folder (or `userDataDir`, to simulate a restart). */
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
    call: undefined as unknown as TestApp['call'],
    value: undefined as unknown as TestApp['value'],
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
  const services = createAppServices({
    userDataDir: dir,
    dialogs: {
      showSaveDialog: (opts) => {
        app.dialogCalls.push({ title: opts.title, defaultPath: opts.defaultPath });
        return Promise.resolve(
          app.nextDialogAnswer === null ? null : join(dir, app.nextDialogAnswer),
        );
      },
    },
    shell: {
      openPath: (p) => {
        app.opened.push(p);
        return Promise.resolve();
      },
    },
    ...extra,
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
