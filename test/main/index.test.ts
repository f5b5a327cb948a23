// The composition root with the electron stub: sandbox and scheme before ready, then guards, protocol, handlers, window, menu.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../core/ipc/contract';
import { openConfPrefs } from '../../node/prefs/confStore';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';
import type * as ElectronPorts from '../../electron/main/electronPorts';
import type * as Services from '../../node/services/createAppServices';

// electron-store loads the real electron package; the composition root gets conf-backed prefs instead.
vi.mock('../../electron/main/electronPorts', async (importOriginal) => ({
  ...(await importOriginal<typeof ElectronPorts>()),
  openElectronPrefs: (dir: string, notify: (n: unknown) => void) => openConfPrefs(dir, { notify }),
}));

// The worker bundle sits next to main.cjs only in dist/: record what index.ts asks for, and render
// in-process here (createAppServices refuses a missing bundle).
const servicesCalls = vi.hoisted(() => [] as Services.AppServicesOptions[]);
vi.mock('../../node/services/createAppServices', async (importOriginal) => {
  const real = await importOriginal<typeof Services>();
  const { createInProcessExportRunner } = await import('../../node/services/exportRunner');
  return {
    ...real,
    createAppServices: (options: Services.AppServicesOptions) => {
      servicesCalls.push(options);
      return real.createAppServices({ ...options, exportRunner: createInProcessExportRunner() });
    },
  };
});

/** Asserts `first` and `then` were both called, in that order (indexOf alone passes on -1). */
function expectCalledBefore(names: string[], first: string, then: string): void {
  expect(names, `${first} was never called`).toContain(first);
  expect(names, `${then} was never called`).toContain(then);
  expect(names.indexOf(first), `${first} before ${then}`).toBeLessThan(names.indexOf(then));
}

const userData = mkdtempSync(join(tmpdir(), 'bbb-index-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('electron/main/index.ts', () => {
  it('wires everything on a real userData folder', async () => {
    stub.resetElectronStub();
    // On Linux the bundled dictionary must be in place before 'ready' (Chromium may load it then).
    const dictionary = join(userData, 'Dictionaries', 'en-US-10-2.bdic');
    let dictionaryBeforeReady: boolean | undefined;
    stub.app.whenReady = () => {
      dictionaryBeforeReady = existsSync(dictionary);
      return Promise.resolve();
    };
    stub.app.getPath = () => userData;
    // The dictionary URL is the first thing set on the session, before even the guards.
    const ses = stub.session.defaultSession;
    let urlBeforeGuards: boolean | undefined;
    const setPermissionRequestHandler = ses.setPermissionRequestHandler.bind(ses);
    ses.setPermissionRequestHandler = (handler) => {
      urlBeforeGuards = ses.dictionaryUrls.length > 0;
      setPermissionRequestHandler(handler);
    };
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(stub.BrowserWindow.instances).toHaveLength(1));

    const names = stub.calls.map((c) => `${String(c[0])}.${String(c[1])}`);
    expectCalledBefore(names, 'app.enableSandbox', 'protocol.handle');
    expectCalledBefore(names, 'protocol.registerSchemesAsPrivileged', 'protocol.handle');
    expect([...stub.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(channels).sort());
    expect(stub.session.defaultSession.permissionRequestHandler).toBeDefined();
    expect(stub.session.defaultSession.devicePermissionHandler).toBeDefined();
    expect(stub.session.defaultSession.displayMediaRequestHandler).toBeDefined();
    expect(stub.session.defaultSession.beforeRequest).toBeDefined();
    expect(names).toContain('Menu.setApplicationMenu');

    // Spelling: every dictionary URL set is the repository's resources/dictionaries (unpackaged),
    // and on Linux its dictionary was copied before ready.
    const bundled = join(stub.app.getAppPath(), 'resources', 'dictionaries');
    const urls = stub.session.defaultSession.dictionaryUrls;
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toBe(pathToFileURL(bundled).href + '/');
    expect(urlBeforeGuards).toBe(true);
    if (process.platform === 'linux') {
      expect(dictionaryBeforeReady).toBe(true);
      expect(readFileSync(dictionary).equals(readFileSync(join(bundled, 'en-us-10-2.bdic')))).toBe(
        true,
      );
      expect(stub.session.defaultSession.spellLanguages).toEqual(['en-US']);
    }

    const win = stub.BrowserWindow.instances[0]!;
    expect(win.loadedUrl).toBe('app://briefing/index.html');
    const preload = String(win.options.webPreferences.preload);
    expect(preload).toMatch(/preload\.cjs$/);

    // Export runs in the bundled worker beside main.cjs and preload.cjs, never silently in-process.
    expect(servicesCalls).toHaveLength(1);
    expect(servicesCalls[0]!.exportRunner).toBeUndefined();
    expect(basename(servicesCalls[0]!.pdfWorkerPath!)).toBe('pdfExportWorker.cjs');
    expect(dirname(servicesCalls[0]!.pdfWorkerPath!)).toBe(dirname(preload));

    // Every webContents created later gets the navigation and window.open guards.
    const contents = new stub.FakeWebContents();
    stub.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://x.example/' })).toEqual({ action: 'deny' });

    // A real round trip through the registered handler, from the window's main frame.
    const handler = stub.ipcMain.handlers.get('books:list')!;
    expect(
      await handler({ senderFrame: win.webContents.mainFrame, sender: win.webContents }, {}),
    ).toEqual({ ok: true, value: [] });

    // Menu intents reach the renderer as one event.
    const menu = stub.calls.find((c) => c[1] === 'setApplicationMenu')![2] as {
      template: Array<{ submenu: Array<{ click?: () => void }> }>;
    };
    menu.template[0]!.submenu.find((i) => i.click)!.click!();
    expect(win.webContents.sent).toEqual([['menu:command', 'new']]);
  });
});
