// The composition root with the electron stub: sandbox and scheme before ready, then guards, protocol, handlers, window, menu.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../core/ipc/contract';
import { openConfPrefs } from '../../node/prefs/confStore';
// `electron` is aliased to this stub (vitest.config.ts): same module instance.
import * as stub from '../stubs/electron';
import type * as ElectronPorts from '../../electron/main/electronPorts';

// electron-store loads the real electron package; the composition root gets conf-backed prefs instead.
vi.mock('../../electron/main/electronPorts', async (importOriginal) => ({
  ...(await importOriginal<typeof ElectronPorts>()),
  openElectronPrefs: (dir: string, notify: (n: unknown) => void) => openConfPrefs(dir, { notify }),
}));

const userData = mkdtempSync(join(tmpdir(), 'bbb-index-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('electron/main/index.ts', () => {
  it('wires everything on a real userData folder', async () => {
    stub.resetElectronStub();
    stub.app.whenReady = () => Promise.resolve();
    stub.app.getPath = () => userData;
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(stub.BrowserWindow.instances).toHaveLength(1));

    const names = stub.calls.map((c) => `${String(c[0])}.${String(c[1])}`);
    expect(names.indexOf('app.enableSandbox')).toBeLessThan(names.indexOf('protocol.handle'));
    expect(names.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      names.indexOf('protocol.handle'),
    );
    expect([...stub.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(channels).sort());
    expect(stub.session.defaultSession.permissionRequestHandler).toBeDefined();
    expect(stub.session.defaultSession.devicePermissionHandler).toBeDefined();
    expect(stub.session.defaultSession.displayMediaRequestHandler).toBeDefined();
    expect(stub.session.defaultSession.beforeRequest).toBeDefined();
    expect(names).toContain('Menu.setApplicationMenu');

    const win = stub.BrowserWindow.instances[0]!;
    expect(win.loadedUrl).toBe('app://briefing/index.html');
    expect(String(win.options.webPreferences.preload)).toMatch(/preload\.cjs$/);

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
